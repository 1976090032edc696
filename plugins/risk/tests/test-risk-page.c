/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk analysis page in a real window (under Xvfb): the analysis list shows an analysis
 * made through the model; choosing it shows its risks in the table; typing a risk's event in
 * the editor is saved; a measure added in the editor is an action in the shared tracker;
 * resizing the matrix 4 × 4 → 5 × 5 through the dialog keeps every risk; a deleted risk comes
 * back with Undo; a search hit opens its risk; in a narrow window the analyses fold away and
 * F9 brings them back; the heatmap's list shows whole words.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "risk-measures-view.h"
#include "risk-page-private.h"
#include "risk-resize-dialog.h"
#include "test-ui-util.h"
#include "test-util.h"

static const TryggSchemaSource source = { "risk", "/io/github/trygg/Trygg/plugins/risk/sql" };

typedef struct
{
  char          *dir;
  TryggDatabase *db;
  GtkWidget     *window;
  TryggRiskPage *page;
  gint64         analysis;
  gint64         risks[3];
} Fixture;

static gint64
query_int (TryggDatabase *db,
           const char    *sql)
{
  return trygg_test_query_int (db, sql, NULL);
}

static char *
query_text (TryggDatabase *db,
            const char    *sql)
{
  return trygg_test_query_text (db, sql, NULL);
}

static void
open_page (Fixture *f,
           int      width)
{
  f->page = TRYGG_RISK_PAGE (trygg_risk_page_new (f->db));
  f->window = trygg_test_present (GTK_WIDGET (f->page), width, 800);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *events[] = {
    "Care records reach the wrong person", "The system is down for two days",
    "A former employee still has access"
  };
  const int scores[][2] = { { 3, 4 }, { 2, 3 }, { 4, 4 } };

  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);

  if (GPOINTER_TO_INT (data))
    {
      g_assert_true (trygg_risk_create_analysis (f->db, "Social-care records", NULL,
                                                 &f->analysis, &error));
      for (guint i = 0; i < G_N_ELEMENTS (events); i++)
        g_assert_true (trygg_risk_add (f->db, f->analysis, events[i], scores[i][0],
                                       scores[i][1], &f->risks[i], &error));
      g_assert_true (trygg_database_exec (f->db, "INSERT INTO person (uuid, name) "
                                          "VALUES ('p-1', 'Anna Berg')", &error));
      g_assert_no_error (error);
    }
  /* 2: the width left to the page in a 1100 px window beside the app's sidebar */
  open_page (f, GPOINTER_TO_INT (data) == 2 ? 850 : 1280);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  /* the page and what it holds go with the window */
  trygg_test_destroy_window (f->window, GTK_WIDGET (f->page));
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
matrix_size (TryggDatabase *db)
{
  return query_int (db, "SELECT probability_levels * 10 + consequence_levels FROM risk_matrix");
}

static guint
n_shown_risks (Fixture *f)
{
  GtkColumnView *view = trygg_risk_list_get_column_view (f->page->risk_list);

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view)));
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->page->analyses)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->page->content_stack), ==, "none");
  /* nothing chosen: no risk can be added */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "risk.add-risk", NULL);
  g_assert_cmpint (trygg_database_count_rows (f->db, "risk"), ==, 0);

  /* "New analysis": a title and the 5 × 5 preset */
  {
    g_autoptr(GList) toplevels = NULL;
    AdwMessageDialog *dialog = NULL;

    trygg_risk_page_new_analysis_dialog (f->page);
    trygg_test_run_pending ();
    toplevels = gtk_window_list_toplevels ();
    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data))
        dialog = l->data;
    g_assert_nonnull (dialog);
    gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "title"), "Payroll");
    adw_combo_row_set_selected (g_object_get_data (G_OBJECT (dialog), "preset"), 1);
    adw_message_dialog_response (dialog, "create");
    trygg_test_run_pending ();
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->page->analyses)), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->page->content_stack), ==, "analysis");
  g_assert_cmpstr (gtk_label_get_text (f->page->title_label), ==, "Payroll");
  g_assert_cmpint (matrix_size (f->db), ==, 55);
}

static void
test_list_and_select (Fixture       *f,
                      gconstpointer  data)
{
  TryggRiskAnalysisItem *item;
  g_autoptr(TryggRiskItem) first = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->page->analyses)), ==, 1);
  item = trygg_risk_page_get_analysis_item (f->page);
  g_assert_nonnull (item);
  g_assert_cmpstr (trygg_risk_analysis_item_get_title (item), ==, "Social-care records");
  g_assert_cmpint (trygg_risk_analysis_item_get_risk_count (item), ==, 3);
  g_assert_false (trygg_risk_analysis_item_get_approved (item));
  g_assert_cmpstr (gtk_label_get_text (f->page->status_label), ==, "Draft");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->page->content_stack), ==, "analysis");

  /* its risks in the table, by number, with values and bands */
  g_assert_cmpuint (n_shown_risks (f), ==, 3);
  first = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (
      trygg_risk_list_get_column_view (f->page->risk_list))), 0);
  g_assert_cmpint (trygg_risk_item_get_number (first), ==, 1);
  {
    g_autofree char *band = NULL;
    int value;
    g_object_get (first, "value", &value, "band-name", &band, NULL);
    g_assert_cmpint (value, ==, 12);
    g_assert_cmpstr (band, ==, "High");
  }

  /* the same risk, moved elsewhere (workshop mode), shows here at once */
  g_assert_true (trygg_risk_score (f->db, f->risks[0], FALSE, 1, 1, NULL));
  trygg_test_run_pending ();
  {
    int value;
    g_object_get (first, "value", &value, NULL);
    g_assert_cmpint (value, ==, 1);
  }
}

static void
test_edit_event (Fixture       *f,
                 gconstpointer  data)
{
  TryggRiskDetail *detail = trygg_risk_list_get_detail (f->page->risk_list);
  g_autofree char *uuid = query_text (f->db, "SELECT uuid FROM risk WHERE number = 2");
  g_autofree char *event = NULL;
  GtkWidget *entry;

  g_assert_true (trygg_risk_page_select_uuid (f->page, uuid));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->page->view_stack), ==, "risks");
  g_assert_cmpint (trygg_risk_item_get_number (trygg_risk_list_get_selected (f->page->risk_list)),
                   ==, 2);

  /* the first row of the editor is the event: type into it */
  entry = trygg_test_find_widget (GTK_WIDGET (trygg_risk_detail_get_form (detail)),
                                  ADW_TYPE_ENTRY_ROW, NULL);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==,
                   "The system is down for two days");
  gtk_editable_set_text (GTK_EDITABLE (entry), "The care system is down for a week");
  trygg_test_wait_ms (800);
  event = query_text (f->db, "SELECT event FROM risk WHERE number = 2");
  g_assert_cmpstr (event, ==, "The care system is down for a week");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM change_log WHERE table_name = 'risk' "
                              "AND operation = 'update'"), ==, 1);
  /* the table follows */
  g_assert_cmpstr (trygg_risk_item_get_event (trygg_risk_list_get_selected (f->page->risk_list)),
                   ==, "The care system is down for a week");
}

static void
test_measure (Fixture       *f,
              gconstpointer  data)
{
  TryggRiskDetail *detail = trygg_risk_list_get_detail (f->page->risk_list);
  TryggRiskMeasuresView *measures;
  gint64 person = query_int (f->db, "SELECT id FROM person WHERE uuid = 'p-1'");
  g_autofree char *source_uuid = NULL;
  g_autofree char *measure_uuid = NULL;

  g_assert_true (trygg_risk_list_select (f->page->risk_list, f->risks[2]));
  measures = TRYGG_RISK_MEASURES_VIEW (trygg_test_find_widget (GTK_WIDGET (detail),
                                                               TRYGG_TYPE_RISK_MEASURES_VIEW,
                                                               NULL));
  g_assert_nonnull (measures);

  /* a bad deadline is refused in words, nothing is written */
  g_assert_false (trygg_risk_measures_view_add (measures, "Remove old accounts", person,
                                                "31/03/2030"));
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM action"), ==, 0);

  g_assert_true (trygg_risk_measures_view_add (measures, "Remove old accounts", person,
                                               "2030-03-31"));
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM action WHERE source_plugin = 'risk' "
                              "AND title = 'Remove old accounts' AND due_date = '2030-03-31'"),
                   ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT responsible_id FROM action"), ==, person);
  source_uuid = query_text (f->db, "SELECT source_uuid FROM action");
  measure_uuid = query_text (f->db, "SELECT uuid FROM risk_measure");
  g_assert_cmpstr (source_uuid, ==, measure_uuid);
  trygg_test_run_pending ();
  {
    int count;
    g_object_get (trygg_risk_list_get_selected (f->page->risk_list), "measure-count", &count,
                  NULL);
    g_assert_cmpint (count, ==, 1);
  }
}

static void
test_resize (Fixture       *f,
             gconstpointer  data)
{
  TryggRiskResizeDialog *dialog;
  g_autofree char *moved = NULL;

  adw_view_stack_set_visible_child_name (f->page->view_stack, "matrix");
  dialog = TRYGG_RISK_RESIZE_DIALOG (trygg_risk_matrix_editor_resize (f->page->matrix_editor,
                                                                      5, 5));
  g_assert_nonnull (dialog);
  trygg_test_run_pending ();
  /* it says how many risks each choice moves: proportional 4 → 5 moves levels 3 and 4 */
  g_assert_nonnull (strstr (trygg_risk_resize_dialog_get_summary (dialog,
                                                                  TRYGG_RISK_MAP_PROPORTIONAL),
                            "3 of 3 risks move"));
  g_assert_nonnull (strstr (trygg_risk_resize_dialog_get_summary (dialog, TRYGG_RISK_MAP_CLAMP),
                            "0 of 3 risks move"));
  trygg_risk_resize_dialog_set_mapping (dialog, TRYGG_RISK_MAP_PROPORTIONAL);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "resize");
  trygg_test_run_pending ();

  g_assert_cmpint (query_int (f->db, "SELECT probability_levels * 10 + consequence_levels "
                              "FROM risk_matrix"), ==, 55);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM risk"), ==, 3);
  /* 3 × 4 → 4 × 5, 2 × 3 → 2 × 4, 4 × 4 → 5 × 5 */
  moved = query_text (f->db, "SELECT group_concat(probability || consequence, ' ') "
                      "FROM (SELECT * FROM risk ORDER BY number)");
  g_assert_cmpstr (moved, ==, "45 24 55");
  g_assert_cmpuint (n_shown_risks (f), ==, 3);
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_true (trygg_risk_list_select (f->page->risk_list, f->risks[0]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "risk.delete-risk", NULL));
  trygg_test_run_pending ();
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM risk"), ==, 2);
  g_assert_cmpuint (n_shown_risks (f), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "risk.undo", NULL));
  trygg_test_run_pending ();
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM risk"), ==, 3);
  g_assert_cmpuint (n_shown_risks (f), ==, 3);
}

static GtkLabel *
find_label_with_text (GtkWidget  *widget,
                      const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && g_str_equal (gtk_label_get_text (GTK_LABEL (child)), text))
        return GTK_LABEL (child);
      if ((found = find_label_with_text (child, text)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_wide (Fixture       *f,
           gconstpointer  data)
{
  GtkLabel *event;

  trygg_test_wait_ms (200);
  /* wide: the analyses stay beside the analysis, without a back button */
  g_assert_false (adw_leaflet_get_folded (f->page->leaflet));
  g_assert_false (gtk_widget_get_visible (f->page->back_button));
  /* F9 takes the keyboard to the analyses */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "risk.show-analyses", NULL));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (f->page->analysis_list)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (
                                           GTK_WIDGET (f->page))),
                                         GTK_WIDGET (f->page->analysis_list)));

  /* the heatmap's list: the event in words, wrapped between words, never hyphenated */
  event = find_label_with_text (GTK_WIDGET (f->page->heatmap_pane),
                                "Care records reach the wrong person");
  g_assert_nonnull (event);
  g_assert_cmpint (gtk_label_get_wrap_mode (event), ==, PANGO_WRAP_WORD);
  g_assert_cmpint (gtk_label_get_lines (event), ==, 3);
  g_assert_true (gtk_label_get_wrap (event));
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *content = GTK_WIDGET (f->page->content_stack);

  trygg_test_wait_ms (200);
  /* narrow: the list folds away, the page opens on the chosen analysis */
  g_assert_true (adw_leaflet_get_folded (f->page->leaflet));
  g_assert_true (adw_leaflet_get_visible_child (f->page->leaflet) == content);
  g_assert_true (gtk_widget_get_visible (f->page->back_button));
  g_assert_cmpstr (gtk_label_get_text (f->page->title_label), ==, "Social-care records");

  /* F9 (or the back button) shows the analyses; again, the analysis */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "risk.show-analyses", NULL));
  g_assert_true (adw_leaflet_get_visible_child (f->page->leaflet) == f->page->sidebar);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "risk.show-analyses", NULL));
  g_assert_true (adw_leaflet_get_visible_child (f->page->leaflet) == content);

  /* activating an analysis in the list shows it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "risk.show-analyses", NULL));
  g_signal_emit_by_name (f->page->analysis_list, "activate", 0);
  g_assert_true (adw_leaflet_get_visible_child (f->page->leaflet) == content);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, with_data, fn) \
  g_test_add (path, Fixture, GINT_TO_POINTER (with_data), fixture_setup, fn, fixture_teardown)
  ADD ("/risk-page/empty", FALSE, test_empty);
  ADD ("/risk-page/list-and-select", TRUE, test_list_and_select);
  ADD ("/risk-page/edit-event", TRUE, test_edit_event);
  ADD ("/risk-page/measure", TRUE, test_measure);
  ADD ("/risk-page/resize", TRUE, test_resize);
  ADD ("/risk-page/delete-undo", TRUE, test_delete_undo);
  ADD ("/risk-page/wide", TRUE, test_wide);
  ADD ("/risk-page/narrow", 2, test_narrow);
#undef ADD

  return g_test_run ();
}
