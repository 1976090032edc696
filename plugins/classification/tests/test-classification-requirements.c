/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The classification's follow-up in a real window (under Xvfb). A system holding an asset
 * classified K3 R3 T3 and one classified K1 R2 T2 inherits level 3 and names the asset it
 * comes from; a new version of the second asset changes that at once. The requirements
 * panel lists what the profile calls for; a requirement set to "Not met" in its drop-down
 * becomes an action in core's tracker with one click, and the row then shows the action.
 * The asset register page carries the section and keeps it on the selected row, and the
 * Overview card counts what needs attention.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "classification-card.h"
#include "classification-followup.h"
#include "classification-requirements.h"
#include "classification-section.h"
#include "test-ui-util.h"
#include "test-util.h"
#include "trygg-register-page.h"
#include "trygg-registers.h"

static const TryggSchemaSource source = {
  "classification", "/io/github/trygg/Trygg/plugins/classification/sql"
};

#define ASSET_SQL "INSERT INTO information_asset (uuid, name) VALUES (?1, ?2)"
#define SYSTEM_SQL "INSERT INTO system (uuid, name) VALUES (?1, ?2)"
#define LINK_SQL "INSERT INTO asset_system (uuid, asset_id, system_id) VALUES (?1, ?3, ?4)"

typedef struct
{
  char          *dir;
  TryggDatabase *db;
  GtkWidget     *window;
  GtkWidget     *box;
  gint64         journal;     /* K3 R3 T3 */
  gint64         cases;       /* K1 R2 T2 */
  gint64         archive;     /* not classified */
  gint64         system;
  gint64         area;
} Fixture;

static gint64
query_int (TryggDatabase *db,
           const char    *sql)
{
  return trygg_test_query_int (db, sql, NULL);
}

/* Saves a new version with the levels K, R, T through the model. */
static void
classify (Fixture *f,
          gint64   asset,
          int      k,
          int      r,
          int      t,
          gint64   signed_off_by)
{
  g_autoptr(TryggClassificationDraft) draft = trygg_classification_draft_new (asset);
  g_autoptr(GError) error = NULL;
  int version = 0;

  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_CONFIDENTIALITY, f->area, k);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_INTEGRITY, f->area, r);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_AVAILABILITY, f->area, t);
  draft->signed_off_by_id = signed_off_by;
  draft->signed_off_on = signed_off_by != 0 ? g_strdup ("2025-03-12") : NULL;
  draft->next_review = g_strdup (signed_off_by != 0 ? "2099-03-12" : "2020-01-31");
  TRYGG_ASSERT_OK (trygg_classification_save (f->db, draft, &version, &error), error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  gint64 person;

  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);
  areas = trygg_classification_list_areas (f->db, FALSE, &error);
  g_assert_no_error (error);
  f->area = ((TryggClassificationArea *) g_ptr_array_index (areas, 0))->id;

  person = trygg_test_insert (f->db, "INSERT INTO person (uuid, name) VALUES (?1, ?2)",
                              "Anna Berg", 0, 0);
  f->journal = trygg_test_insert (f->db, ASSET_SQL, "Journal records", 0, 0);
  f->cases = trygg_test_insert (f->db, ASSET_SQL, "Case files", 0, 0);
  f->archive = trygg_test_insert (f->db, ASSET_SQL, "Old archive", 0, 0);
  f->system = trygg_test_insert (f->db, SYSTEM_SQL, "Procapita", 0, 0);
  trygg_test_insert (f->db, LINK_SQL, NULL, f->journal, f->system);
  trygg_test_insert (f->db, LINK_SQL, NULL, f->cases, f->system);
  classify (f, f->journal, 3, 3, 3, person);
  classify (f, f->cases, 1, 2, 2, 0);

  f->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), f->box);
  f->window = trygg_test_present (scrolled, 1000, 800);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  trygg_test_destroy_window (f->window, NULL);
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* Adds @widget to the window and returns it. */
static GtkWidget *
show (Fixture   *f,
      GtkWidget *widget)
{
  g_assert_nonnull (widget);
  gtk_box_append (GTK_BOX (f->box), widget);
  trygg_test_run_pending ();
  return widget;
}

/* The text of every label on screen under @root, one per line */
static void
collect_text (GtkWidget *root,
              GString   *text)
{
  if (!gtk_widget_get_mapped (root))
    return;
  if (GTK_IS_LABEL (root))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (root)));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

static char *
text_of (GtkWidget *root)
{
  GString *text = g_string_new (NULL);

  collect_text (root, text);
  return g_string_free (text, FALSE);
}

static TryggEntity *
load (Fixture *f,
      GType    type,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  TryggEntity *entity = trygg_entity_load (f->db, type, id, &error);

  g_assert_no_error (error);
  return entity;
}

static void
test_system_inherits (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *section = show (f, trygg_classification_section_new (f->db, "system"));
  g_autoptr(TryggEntity) system = load (f, TRYGG_TYPE_SYSTEM, f->system);
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;
  TryggEntity *shown = NULL;

  g_assert_null (trygg_classification_section_new (f->db, "org_unit"));
  g_object_set (section, "entity", system, NULL);
  g_object_get (section, "entity", &shown, NULL);
  g_assert_true (shown == system);
  g_object_unref (shown);
  trygg_test_run_pending ();

  text = text_of (section);
  g_assert_nonnull (strstr (text, "Inherited classification"));
  g_assert_nonnull (strstr (text, "Confidentiality 3"));
  g_assert_nonnull (strstr (text, "Integrity 3"));
  g_assert_nonnull (strstr (text, "Availability 3"));
  g_assert_nonnull (strstr (text, "From Journal records\n"));
  g_assert_null (strstr (text, "Case files"));

  /* a higher version of the second asset: the section follows the database */
  classify (f, f->cases, 4, 3, 2, 0);
  trygg_test_run_pending ();
  after = text_of (section);
  g_assert_nonnull (strstr (after, "Confidentiality 4"));
  g_assert_null (strstr (after, "Confidentiality 3"));
  g_assert_nonnull (strstr (after, "From Case files\n"));
  g_assert_nonnull (strstr (after, "From Case files, Journal records\n"));  /* integrity 3 */
  g_assert_nonnull (strstr (after, "Availability 3"));
  g_assert_nonnull (strstr (after, "security-protection officer"));       /* level 4 */

  /* no row shown: nothing; a system without classified assets says so */
  g_object_set (section, "entity", NULL, NULL);
  trygg_test_run_pending ();
  g_free (after);
  after = text_of (section);
  g_assert_cmpstr (after, ==, "");
  {
    g_autoptr(TryggEntity) other = NULL;
    gint64 id = trygg_test_insert (f->db, SYSTEM_SQL, "Empty", 0, 0);

    other = load (f, TRYGG_TYPE_SYSTEM, id);
    g_object_set (section, "entity", other, NULL);
    trygg_test_run_pending ();
    g_free (after);
    after = text_of (section);
    g_assert_nonnull (strstr (after, "No classified information assets"));
  }
}

static void
test_asset_section (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *section = show (f, trygg_classification_section_new (f->db, "information_asset"));
  g_autoptr(TryggEntity) journal = load (f, TRYGG_TYPE_ASSET, f->journal);
  g_autoptr(TryggEntity) cases = load (f, TRYGG_TYPE_ASSET, f->cases);
  g_autoptr(TryggEntity) archive = load (f, TRYGG_TYPE_ASSET, f->archive);
  g_autofree char *text = NULL;

  g_object_set (section, "entity", journal, NULL);
  trygg_test_run_pending ();
  text = text_of (section);
  g_assert_nonnull (strstr (text, "Version 1\n"));
  g_assert_nonnull (strstr (text, "Signed off by Anna Berg on "));
  g_assert_null (strstr (text, "Overdue since"));
  g_assert_true (gtk_widget_is_sensitive (trygg_test_find_widget (section, GTK_TYPE_WIDGET,
                                                                  "classify")));

  g_object_set (section, "entity", cases, NULL);
  trygg_test_run_pending ();
  g_free (text);
  text = text_of (section);
  g_assert_nonnull (strstr (text, "Overdue since "));     /* the review was due in 2020 */
  g_assert_nonnull (strstr (text, "Not signed off yet"));

  classify (f, f->cases, 4, 2, 2, 0);
  trygg_test_run_pending ();
  g_free (text);
  text = text_of (section);
  g_assert_nonnull (strstr (text, "Version 2\n"));
  g_assert_nonnull (strstr (text, "security-protection officer"));

  g_object_set (section, "entity", archive, NULL);
  trygg_test_run_pending ();
  g_free (text);
  text = text_of (section);
  g_assert_nonnull (strstr (text, "Not classified yet"));
  g_assert_null (strstr (text, "Version"));
}

static GtkWidget *
requirements_for (Fixture *f,
                  gint64   asset)
{
  GtkWidget *panel = show (f, trygg_classification_requirements_new (f->db));

  trygg_classification_requirements_set_asset (TRYGG_CLASSIFICATION_REQUIREMENTS (panel), asset);
  trygg_test_run_pending ();
  return panel;
}

static const char *
visible_page (GtkWidget *panel)
{
  GtkWidget *stack = gtk_widget_get_parent (trygg_test_find_widget (panel, GTK_TYPE_WIDGET,
                                                                    "requirements"));

  return gtk_widget_get_name (gtk_stack_get_visible_child (GTK_STACK (stack)));
}

static void
test_requirements_gap_to_action (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *panel = requirements_for (f, f->journal);
  GtkWidget *status = trygg_test_find_widget (panel, GTK_TYPE_WIDGET, "status-AC-01");
  GtkWidget *comment = trygg_test_find_widget (panel, GTK_TYPE_WIDGET, "comment-AC-01");
  GtkWidget *button = trygg_test_find_widget (panel, GTK_TYPE_WIDGET, "make-action-AC-01");
  GtkWidget *action = trygg_test_find_widget (panel, GTK_TYPE_WIDGET, "action-AC-01");
  GtkWidget *summary = trygg_test_find_widget (panel, GTK_TYPE_WIDGET, "summary");
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  gint64 n_required;

  /* the bundled catalogue came in with the first panel; K3 R3 T3 calls for most of it */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification_requirement"), ==, 40);
  n_required = query_int (f->db, "SELECT count(*) FROM classification_requirement "
                                 "WHERE min_level <= 3 AND aspect <> 'traceability'");
  g_assert_cmpstr (visible_page (panel), ==, "requirements");
  text = g_strdup_printf ("%" G_GINT64_FORMAT " requirements: %" G_GINT64_FORMAT
                          " not assessed", n_required, n_required);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (summary)), ==, text);
  g_free (text);
  text = text_of (panel);
  g_assert_nonnull (strstr (text, "Access control\n"));
  g_assert_nonnull (strstr (text, "AC-01 Individual accounts\n"));
  g_assert_nonnull (strstr (text, "Every user shall sign in with a personal account"));
  g_assert_false (gtk_widget_get_mapped (button));
  g_assert_false (gtk_widget_get_mapped (action));
  g_assert_false (gtk_widget_get_mapped (comment));

  /* "Not met" through the drop-down: stored, and the button appears */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), 3);
  trygg_test_run_pending ();
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification_fulfilment "
                                     "WHERE status = 'not_met'"), ==, 1);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_get_mapped (comment));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (summary)), ": 1 not met, "));

  /* a comment is saved after a pause */
  gtk_editable_set_text (GTK_EDITABLE (comment), "Two shared accounts at the front desk");
  trygg_test_wait_ms (800);
  title = trygg_test_query_text (f->db, "SELECT comment FROM classification_fulfilment", NULL);
  g_assert_cmpstr (title, ==, "Two shared accounts at the front desk");
  g_clear_pointer (&title, g_free);

  /* one click makes the action; the row shows it instead of the button */
  g_assert_true (gtk_widget_activate (button));   /* as Enter or Space does */
  trygg_test_wait_ms (300);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM action "
                                     "WHERE source_plugin = 'classification'"), ==, 1);
  title = trygg_test_query_text (f->db, "SELECT title FROM action", NULL);
  g_assert_cmpstr (title, ==, "Meet requirement AC-01: Individual accounts");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification_fulfilment f "
                                     "JOIN action a ON a.id = f.action_id "
                                     "WHERE a.source_uuid = f.uuid"), ==, 1);
  g_assert_false (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_get_mapped (action));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (action)), ==,
                   "Action: Meet requirement AC-01: Individual accounts (Not started)");

  /* the tracker's state shows; a requirement with an action keeps its status */
  trygg_test_exec (f->db, "UPDATE action SET status = 'in_progress'");
  trygg_test_run_pending ();
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (action)), "(In progress)"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), 0);
  trygg_test_run_pending ();
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (status)), ==, 3);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification_fulfilment"), ==, 1);
}

static void
test_requirements_empty_states (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *panel = requirements_for (f, f->archive);
  g_autoptr(GError) error = NULL;
  static const char catalogue[] =
    "{\"format\": \"trygg-requirements\", \"version\": 1, \"requirements\": [{\"code\": "
    "\"X-1\", \"area\": \"backup\", \"title\": \"T\", \"as_is\": \"A\", \"shall\": \"S\", "
    "\"aspect\": \"availability\", \"min_level\": 4}]}";
  g_autoptr(GBytes) one = g_bytes_new_static (catalogue, strlen (catalogue));

  g_assert_cmpstr (visible_page (panel), ==, "not-classified");

  /* a catalogue of the organisation's own is never topped up with the bundled one */
  trygg_test_exec (f->db, "DELETE FROM classification_requirement");
  TRYGG_ASSERT_OK (trygg_classification_import_catalogue (f->db, one, TRUE, NULL, NULL, &error),
                   error);
  TRYGG_ASSERT_OK (trygg_classification_ensure_catalogue (f->db, &error), error);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification_requirement"), ==, 1);

  trygg_classification_requirements_set_asset (TRYGG_CLASSIFICATION_REQUIREMENTS (panel),
                                               f->journal);
  trygg_test_run_pending ();
  g_assert_cmpstr (visible_page (panel), ==, "no-requirements");
}

static void
test_register_page_sections (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *page = show (f, trygg_registers_new_assets_page (f->db));
  TryggRegisterPage *register_page = TRYGG_REGISTER_PAGE (page);
  GtkWidget *section;
  g_autofree char *text = NULL;
  TryggEntity *shown = NULL;

  gtk_widget_set_size_request (page, 900, 600);
  g_assert_cmpstr (trygg_register_page_get_table (register_page), ==, "information_asset");
  section = trygg_classification_section_new (f->db, trygg_register_page_get_table (register_page));
  trygg_register_page_add_section (register_page, section);
  g_assert_true (trygg_register_page_select_id (register_page, f->journal));
  trygg_test_run_pending ();

  g_object_get (section, "entity", &shown, NULL);
  g_assert_nonnull (shown);
  g_assert_cmpint (trygg_entity_get_id (shown), ==, f->journal);
  g_object_unref (shown);
  text = text_of (page);
  g_assert_nonnull (strstr (text, "Classification\n"));
  g_assert_nonnull (strstr (text, "Version 1\n"));

  g_assert_true (trygg_register_page_select_id (register_page, f->archive));
  trygg_test_run_pending ();
  g_free (text);
  text = text_of (page);
  g_assert_nonnull (strstr (text, "Not classified yet"));

  g_object_ref (section);
  trygg_register_page_remove_section (register_page, section);
  g_assert_null (gtk_widget_get_parent (section));
  g_assert_finalize_object (section);
}

static void
test_card (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *card = show (f, trygg_classification_card_new (f->db));
  g_autofree char *text = text_of (card);
  TryggClassificationStats stats;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (strstr (text, "2 of 3 information assets classified"));
  g_assert_nonnull (strstr (text, "1 review overdue"));
  g_assert_nonnull (strstr (text, "1 not classified yet"));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (card)), ==, "win.show-page");

  /* a gap counts while the profile calls for the requirement */
  TRYGG_ASSERT_OK (trygg_classification_ensure_catalogue (f->db, &error), error);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *sql = g_strdup_printf (
          "INSERT INTO classification_fulfilment (uuid, asset_id, requirement_id, status) "
          "SELECT 'f%u', %" G_GINT64_FORMAT ", id, '%s' FROM classification_requirement "
          "WHERE code = 'AC-02'", i, i == 0 ? f->journal : f->cases,
          i == 0 ? "partly_met" : "not_met");
      trygg_test_exec (f->db, sql);
    }
  TRYGG_ASSERT_OK (trygg_classification_count (f->db, &stats, &error), error);
  g_assert_cmpuint (stats.unmet, ==, 1);   /* "Case files" is K1: AC-02 needs K2 */
  classify (f, f->archive, 0, 0, 0, 0);
  trygg_test_run_pending ();
  g_free (text);
  text = text_of (card);
  g_assert_nonnull (strstr (text, "3 of 3 information assets classified"));
  g_assert_nonnull (strstr (text, "1 requirement not met or partly met"));
  g_assert_nonnull (strstr (text, "2 reviews overdue"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, fn) \
  g_test_add ("/classification/" path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("system-inherits", test_system_inherits);
  ADD ("asset-section", test_asset_section);
  ADD ("requirements/gap-to-action", test_requirements_gap_to_action);
  ADD ("requirements/empty-states", test_requirements_empty_states);
  ADD ("register-page-sections", test_register_page_sections);
  ADD ("card", test_card);
#undef ADD
  return g_test_run ();
}
