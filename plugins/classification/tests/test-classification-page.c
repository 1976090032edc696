/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Classification page in a real window (under Xvfb): the list shows every information
 * asset with its profile, the filters narrow it (not classified, overdue, unit with its
 * sub-units, highest level, words of the name) and count what they show, choosing an asset
 * shows its profile, a search hit chooses its asset, and a new version saved through the
 * model reaches the detail while the asset stays chosen.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <adwaita.h>

#include "classification-asset-list.h"
#include "classification-badges.h"
#include "classification-model.h"
#include "classification-page.h"
#include "test-ui-util.h"
#include "test-util.h"

static const TryggSchemaSource source = {
  "classification", "/io/github/trygg/Trygg/plugins/classification/sql"
};

typedef struct
{
  char          *dir;
  TryggDatabase *db;
  GtkWidget     *window;
  GtkWidget     *page;
  gint64         area;
} Fixture;

/* Saves a version of @asset with the levels K @k, R @r, T @t (one area each). */
static void
classify (Fixture    *f,
          const char *asset,
          int         k,
          int         r,
          int         t,
          const char *next_review)
{
  g_autoptr(TryggClassificationDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  int levels[] = { k, r, t };

  draft = trygg_classification_draft_new (trygg_test_query_int (
      f->db, "SELECT id FROM information_asset WHERE name = ?1", asset));
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    trygg_classification_draft_set_answer (draft, i, f->area, levels[i]);
  draft->rationale[TRYGG_CLASSIFICATION_CONFIDENTIALITY] = g_strdup ("Pupils' records");
  draft->personal_data = TRUE;
  draft->next_review = g_strdup (next_review);
  g_assert_true (trygg_classification_save (f->db, draft, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) areas = NULL;

  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);
  areas = trygg_classification_list_areas (f->db, FALSE, &error);
  g_assert_no_error (error);
  f->area = ((TryggClassificationArea *) g_ptr_array_index (areas, 0))->id;

  trygg_test_exec (f->db,
        "INSERT INTO org_unit (id, uuid, name) VALUES "
        "  (1, 'unit-school', 'Education committee'), (3, 'unit-town', 'Town hall');"
        "INSERT INTO org_unit (id, uuid, name, parent_id) VALUES "
        "  (2, 'unit-preschool', 'Preschools', 1);"
        "INSERT INTO person (id, uuid, name) VALUES (1, 'person-anna', 'Anna Berg');"
        "INSERT INTO information_asset (uuid, name, unit_id) VALUES "
        "  ('asset-pupils', 'Pupil records', 1), ('asset-children', 'Child groups', 2), "
        "  ('asset-salaries', 'Salaries', 3), ('asset-news', 'Web news', 3);");
  classify (f, "Pupil records", 3, 2, 3, NULL);
  classify (f, "Salaries", 2, 3, 1, "2020-01-31");

  f->page = trygg_classification_page_new (f->db);
  f->window = trygg_test_present (f->page, 1200, 800);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  /* the page and what it holds go with the window */
  trygg_test_destroy_window (f->window, f->page);
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gpointer
child (Fixture    *f,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (f->page, TRYGG_TYPE_CLASSIFICATION_PAGE,
                                                   name);
  g_assert_nonnull (object);
  return object;
}

static GtkSingleSelection *
selection_of (Fixture *f)
{
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (child (f, "list_view")));
}

/* The names the list shows, joined by ", " */
static char *
listed (Fixture *f)
{
  GListModel *model = G_LIST_MODEL (selection_of (f));
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TryggClassificationAssetItem) item = g_list_model_get_item (model, i);
      g_string_append_printf (names, "%s%s", i ? ", " : "",
                              trygg_classification_asset_item_get_name (item));
    }
  return g_string_free (names, FALSE);
}

static const char *
selected_name (Fixture *f)
{
  TryggClassificationAssetItem *item = gtk_single_selection_get_selected_item (selection_of (f));

  return item != NULL ? trygg_classification_asset_item_get_name (item) : NULL;
}

static const char *
count_text (Fixture *f)
{
  return gtk_label_get_text (child (f, "count_label"));
}

static const char *
badges_label (Fixture *f)
{
  return trygg_classification_badges_get_label (child (f, "badges"));
}

static void
assert_listed (Fixture    *f,
               const char *expected)
{
  g_autofree char *names = listed (f);

  g_assert_cmpstr (names, ==, expected);
}

static void
test_list_and_filters (Fixture       *f,
                       gconstpointer  data)
{
  GtkStack *detail = child (f, "detail_stack");

  /* every asset, by name, and nothing chosen yet */
  assert_listed (f, "Child groups, Pupil records, Salaries, Web news");
  g_assert_cmpstr (count_text (f), ==, "4 assets");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (detail), ==, "none");

  gtk_drop_down_set_selected (child (f, "show_dropdown"), TRYGG_CLASSIFICATION_SHOW_UNCLASSIFIED);
  assert_listed (f, "Child groups, Web news");
  g_assert_cmpstr (count_text (f), ==, "2 of 4 assets");

  gtk_drop_down_set_selected (child (f, "show_dropdown"), TRYGG_CLASSIFICATION_SHOW_OVERDUE);
  assert_listed (f, "Salaries");
  gtk_drop_down_set_selected (child (f, "show_dropdown"), TRYGG_CLASSIFICATION_SHOW_CLASSIFIED);
  assert_listed (f, "Pupil records, Salaries");
  gtk_drop_down_set_selected (child (f, "show_dropdown"), TRYGG_CLASSIFICATION_SHOW_ALL);

  /* a unit with its sub-units: "All units", Education committee, Preschools, Town hall */
  gtk_drop_down_set_selected (child (f, "unit_dropdown"), 1);
  assert_listed (f, "Child groups, Pupil records");
  gtk_drop_down_set_selected (child (f, "unit_dropdown"), 2);
  assert_listed (f, "Child groups");
  gtk_drop_down_set_selected (child (f, "unit_dropdown"), 0);

  /* the highest level of any aspect: "Any level", 0 — Negligible, … 3 — Serious */
  g_assert_cmpstr (gtk_string_object_get_string (
      gtk_drop_down_get_selected_item (child (f, "level_dropdown"))), ==, "Any level");
  gtk_drop_down_set_selected (child (f, "level_dropdown"), 4);
  g_assert_cmpstr (gtk_string_object_get_string (
      gtk_drop_down_get_selected_item (child (f, "level_dropdown"))), ==, "3 — Serious");
  assert_listed (f, "Pupil records, Salaries");
  gtk_drop_down_set_selected (child (f, "level_dropdown"), 3);
  assert_listed (f, "");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "list_stack")), ==, "no-match");
  g_assert_true (gtk_widget_activate_action (f->page, "classification.clear-filters", NULL));
  assert_listed (f, "Child groups, Pupil records, Salaries, Web news");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "list_stack")), ==, "list");

  /* words of the name, after the search entry's pause */
  gtk_editable_set_text (GTK_EDITABLE (child (f, "search_entry")), "recor");
  trygg_test_wait_ms (400);
  assert_listed (f, "Pupil records");
  g_assert_cmpstr (count_text (f), ==, "1 of 4 assets");
}

static void
test_detail (Fixture       *f,
             gconstpointer  data)
{
  GtkSingleSelection *selection = selection_of (f);

  /* nothing chosen: nothing to classify or report on */
  g_assert_false (gtk_widget_is_sensitive (child (f, "classify_button")));
  gtk_single_selection_set_selected (selection, 1);
  trygg_test_run_pending ();
  g_assert_cmpstr (selected_name (f), ==, "Pupil records");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "detail_stack")), ==, "detail");
  g_assert_cmpstr (gtk_label_get_text (child (f, "title_label")), ==, "Pupil records");
  g_assert_cmpstr (gtk_label_get_text (child (f, "unit_label")), ==, "Education committee");
  g_assert_cmpstr (badges_label (f), ==, "Classification K3 R2 T3");
  gtk_test_accessible_assert_property (child (f, "badges"), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Classification K3 R2 T3");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (child (f, "badges")), ==,
                   "Confidentiality: 3 — Serious; Integrity: 2 — Considerable; "
                   "Availability: 3 — Serious");
  g_assert_true (gtk_widget_get_visible (child (f, "classified_box")));
  g_assert_false (gtk_widget_get_visible (child (f, "unclassified_box")));
  g_assert_false (gtk_widget_get_visible (child (f, "warning_banner")));
  g_assert_false (gtk_widget_get_visible (child (f, "review_overdue")));
  g_assert_cmpstr (adw_action_row_get_subtitle (child (f, "personal_row")), ==, "Yes");

  /* an asset whose review date has passed says so in words */
  gtk_single_selection_set_selected (selection, 2);
  trygg_test_run_pending ();
  g_assert_cmpstr (badges_label (f), ==, "Classification K2 R3 T1");
  g_assert_true (gtk_widget_get_visible (child (f, "review_overdue")));
  g_assert_cmpstr (adw_action_row_get_subtitle (child (f, "review_row")), ==, "2020-01-31");

  /* one never classified */
  gtk_single_selection_set_selected (selection, 3);
  trygg_test_run_pending ();
  g_assert_cmpstr (badges_label (f), ==, "Not classified");
  g_assert_true (gtk_widget_get_visible (child (f, "unclassified_box")));
  g_assert_false (gtk_widget_get_visible (child (f, "classified_box")));
  g_assert_true (gtk_widget_is_sensitive (child (f, "classify_button")));
}

static void
test_select_uuid (Fixture       *f,
                  gconstpointer  data)
{
  TryggClassificationPage *page = TRYGG_CLASSIFICATION_PAGE (f->page);
  g_autoptr(GError) error = NULL;
  g_autofree char *aspect = trygg_test_query_text (f->db,
      "SELECT ca.uuid FROM classification_aspect ca JOIN classification c "
      "ON c.id = ca.classification_id JOIN information_asset a ON a.id = c.asset_id "
      "WHERE a.name = 'Salaries' LIMIT 1", NULL);
  g_autofree char *requirement = NULL;

  g_assert_true (trygg_classification_page_select_uuid (page, "asset-pupils"));
  g_assert_cmpstr (selected_name (f), ==, "Pupil records");
  g_assert_cmpstr (badges_label (f), ==, "Classification K3 R2 T3");

  /* a rationale's hit chooses its asset, even when the filter hides it */
  gtk_drop_down_set_selected (child (f, "show_dropdown"), TRYGG_CLASSIFICATION_SHOW_UNCLASSIFIED);
  g_assert_true (trygg_classification_page_select_uuid (page, aspect));
  g_assert_cmpstr (selected_name (f), ==, "Salaries");
  assert_listed (f, "Child groups, Pupil records, Salaries, Web news");

  /* a requirement of the catalogue: the page is the right one, nothing else to choose */
  g_assert_true (trygg_classification_import_bundled (f->db, &error));
  g_assert_no_error (error);
  requirement = trygg_test_query_text (f->db, "SELECT uuid FROM classification_requirement "
                                       "LIMIT 1", NULL);
  g_assert_true (trygg_classification_page_select_uuid (page, requirement));
  g_assert_cmpstr (selected_name (f), ==, "Salaries");

  g_assert_false (trygg_classification_page_select_uuid (page, "no-such-uuid"));
}

/* The titles of the rows under @widget, each followed by ';' */
static void
history_titles (GtkWidget *widget,
                GString   *titles)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      if (ADW_IS_PREFERENCES_ROW (c))
        g_string_append_printf (titles, "%s;",
                                adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c)));
      else
        history_titles (c, titles);
    }
}

static void
test_new_version (Fixture       *f,
                  gconstpointer  data)
{
  AdwPreferencesGroup *history = child (f, "history_group");
  g_autoptr(GString) versions = NULL;

  g_assert_true (trygg_classification_page_select_uuid (TRYGG_CLASSIFICATION_PAGE (f->page),
                                                        "asset-pupils"));
  g_assert_false (gtk_widget_get_visible (child (f, "warning_banner")));

  /* a new version saved elsewhere (the editor, an import) reaches the list and the detail;
   * the asset stays chosen */
  classify (f, "Pupil records", 4, 2, 3, NULL);
  trygg_test_run_pending ();
  g_assert_cmpstr (selected_name (f), ==, "Pupil records");
  g_assert_cmpstr (badges_label (f), ==, "Classification K4 R2 T3");
  g_assert_true (gtk_widget_get_visible (child (f, "warning_banner")));
  g_assert_cmpstr (gtk_label_get_text (child (f, "warning_label")), ==,
                   trygg_classification_level4_warning ());
  g_assert_cmpstr (gtk_label_get_text (child (f, "version_label")), !=, "");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (child (f, "version_label")),
                                   "Version 2, "));

  /* both versions in the history, the newest first */
  versions = g_string_new (NULL);
  history_titles (GTK_WIDGET (history), versions);
  g_assert_cmpstr (versions->str, ==, "Version 2;Version 1;");

  /* the unclassified filter lets go of it once it is classified, the detail keeps it */
  gtk_drop_down_set_selected (child (f, "show_dropdown"), TRYGG_CLASSIFICATION_SHOW_UNCLASSIFIED);
  classify (f, "Web news", 1, 1, 1, NULL);
  trygg_test_run_pending ();
  assert_listed (f, "Child groups");
  g_assert_cmpstr (badges_label (f), ==, "Classification K4 R2 T3");

  /* a deleted asset leaves the detail */
  trygg_test_exec (f->db, "DELETE FROM information_asset WHERE uuid = 'asset-pupils'");
  trygg_test_run_pending ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "detail_stack")), ==, "none");
  g_assert_cmpstr (count_text (f), ==, "1 of 3 assets");
}

int
main (int   argc,
      char *argv[])
{
  trygg_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/classification-page/list-and-filters", test_list_and_filters);
  ADD ("/classification-page/detail", test_detail);
  ADD ("/classification-page/select-uuid", test_select_uuid);
  ADD ("/classification-page/new-version", test_new_version);
#undef ADD
  return g_test_run ();
}
