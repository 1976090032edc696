/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The action plan page in a real window (under Xvfb): add an activity with the widget
 * action, see it in the list and on the board, edit it in the detail pane, see a change made
 * in the tracker, delete it and bring it back with Undo.
 */
#define G_LOG_DOMAIN "trygg-actionplan"

#include "config.h"

#include <adwaita.h>

#include "actionplan-board.h"
#include "actionplan-detail.h"
#include "actionplan-model.h"
#include "actionplan-page.h"
#include "test-ui-util.h"
#include "test-util.h"

#define YEAR 2031  /* not this year: new activities go to Q1 */

static const TryggSchemaSource source = {
  "actionplan", "/io/github/trygg/Trygg/plugins/actionplan/sql"
};

typedef struct
{
  char          *dir;
  TryggDatabase *db;
  GtkWidget     *window;
  GtkWidget     *page;
} Fixture;

static gint64
count (TryggDatabase *db,
       const char    *sql)
{
  return trygg_test_query_int (db, sql, NULL);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);
  f->page = trygg_actionplan_page_new (f->db);
  trygg_actionplan_page_set_year (TRYGG_ACTIONPLAN_PAGE (f->page), YEAR);
  f->window = trygg_test_present (f->page, 1200, 800);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  /* no leak: the page and what it holds go with the window */
  trygg_test_destroy_window (f->window, f->page);
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static GListModel *
list_of (Fixture *f)
{
  return G_LIST_MODEL (trygg_actionplan_page_get_selection (TRYGG_ACTIONPLAN_PAGE (f->page)));
}

static TryggActionplanItem *
selected_item (Fixture *f)
{
  return gtk_single_selection_get_selected_item (
      trygg_actionplan_page_get_selection (TRYGG_ACTIONPLAN_PAGE (f->page)));
}

static void
test_empty_state (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *stack = (GtkWidget *) gtk_widget_get_template_child (f->page,
      TRYGG_TYPE_ACTIONPLAN_PAGE, "content_stack");
  GtkWidget *empty = (GtkWidget *) gtk_widget_get_template_child (f->page,
      TRYGG_TYPE_ACTIONPLAN_PAGE, "empty_page");

  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (empty)), ==,
                   "No activities planned for 2031");
  g_assert_cmpuint (g_list_model_get_n_items (list_of (f)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
}

static void
test_add_edit_delete_undo (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *board = trygg_actionplan_page_get_board (TRYGG_ACTIONPLAN_PAGE (f->page));
  GtkWidget *detail = trygg_actionplan_page_get_detail (TRYGG_ACTIONPLAN_PAGE (f->page));
  GtkWidget *stack = (GtkWidget *) gtk_widget_get_template_child (f->page,
      TRYGG_TYPE_ACTIONPLAN_PAGE, "content_stack");
  GtkWidget *title_row = (GtkWidget *) gtk_widget_get_template_child (detail,
      TRYGG_TYPE_ACTIONPLAN_DETAIL, "title_row");
  GtkWidget *area_row = (GtkWidget *) gtk_widget_get_template_child (detail,
      TRYGG_TYPE_ACTIONPLAN_DETAIL, "area_row");
  GtkWidget *flap = (GtkWidget *) gtk_widget_get_template_child (f->page,
      TRYGG_TYPE_ACTIONPLAN_PAGE, "flap");
  g_autoptr(TryggActionplanItem) item = NULL;
  gint64 id;

  /* add: a row in the list, a card on the board in Q1, an action in the tracker */
  g_assert_true (gtk_widget_activate_action (f->page, "actionplan.add", NULL));
  trygg_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (list_of (f)), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "plan");
  item = g_object_ref (selected_item (f));
  g_assert_nonnull (item);
  id = trygg_actionplan_item_get_id (item);
  g_assert_cmpstr (trygg_actionplan_item_get_title (item), ==, "New activity");
  g_assert_cmpuint (trygg_actionplan_item_get_quarters (item), ==, 1);
  g_assert_nonnull (trygg_actionplan_board_get_card (TRYGG_ACTIONPLAN_BOARD (board), item, 1));
  g_assert_null (trygg_actionplan_board_get_card (TRYGG_ACTIONPLAN_BOARD (board), item, 2));
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM action WHERE source_plugin = "
                          "'actionplan' AND title = 'New activity' AND due_quarter = '2031-Q1'"),
                   ==, 1);

  /* typing in the detail pane saves after a pause */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Update the continuity plans");
  trygg_test_wait_ms (700);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM action "
                          "WHERE title = 'Update the continuity plans'"), ==, 1);

  /* a new area moves the activity to another row of the board; it stays chosen, the pane
   * stays open and the focus stays where the user types */
  gtk_widget_grab_focus (area_row);
  gtk_editable_set_text (GTK_EDITABLE (area_row), "IT security");
  trygg_test_wait_ms (700);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM actionplan_item "
                          "WHERE area = 'IT security'"), ==, 1);
  g_assert_true (selected_item (f) == item);
  g_assert_true (adw_flap_get_reveal_flap (ADW_FLAP (flap)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), area_row));

  /* a status set in the tracker reaches the page */
  trygg_test_exec (f->db, "UPDATE action SET status = 'done'");
  trygg_test_run_pending ();
  g_assert_cmpstr (trygg_actionplan_item_get_plan_status (item), ==, "done");
  g_assert_true (gtk_widget_has_css_class (
      trygg_actionplan_board_get_card (TRYGG_ACTIONPLAN_BOARD (board), item, 1), "status-done"));

  /* delete, then Undo */
  g_assert_true (gtk_widget_activate_action (f->page, "actionplan.delete", NULL));
  trygg_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (list_of (f)), ==, 0);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM action"), ==, 0);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM actionplan_item"), ==, 0);

  g_assert_true (gtk_widget_activate_action (f->page, "actionplan.undo", NULL));
  trygg_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (list_of (f)), ==, 1);
  g_assert_nonnull (selected_item (f));
  g_assert_cmpint (trygg_actionplan_item_get_id (selected_item (f)), ==, id);
  g_assert_cmpstr (trygg_actionplan_item_get_title (selected_item (f)), ==,
                   "Update the continuity plans");
  g_assert_cmpstr (trygg_actionplan_item_get_plan_status (selected_item (f)), ==, "done");
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM action WHERE source_plugin = "
                          "'actionplan' AND status = 'done'"), ==, 1);
  g_assert_nonnull (trygg_actionplan_board_get_card (TRYGG_ACTIONPLAN_BOARD (board),
                                                     selected_item (f), 1));
}

static void
test_years (Fixture       *f,
            gconstpointer  data)
{
  TryggActionplanPage *page = TRYGG_ACTIONPLAN_PAGE (f->page);
  g_autoptr(TryggActionplanItem) first = NULL;
  g_autofree char *uuid = NULL;

  g_assert_true (gtk_widget_activate_action (f->page, "actionplan.add", NULL));
  trygg_test_run_pending ();
  g_assert_true (gtk_widget_activate_action (f->page, "actionplan.next-year", NULL));
  trygg_test_run_pending ();
  g_assert_cmpint (trygg_actionplan_page_get_year (page), ==, YEAR + 1);
  g_assert_cmpuint (g_list_model_get_n_items (list_of (f)), ==, 0);
  g_assert_true (gtk_widget_activate_action (f->page, "actionplan.previous-year", NULL));
  trygg_test_run_pending ();
  g_assert_cmpint (trygg_actionplan_page_get_year (page), ==, YEAR);
  g_assert_cmpuint (g_list_model_get_n_items (list_of (f)), ==, 1);
  g_assert_null (selected_item (f));

  /* a search hit opens the activity in its year */
  first = g_list_model_get_item (list_of (f), 0);
  uuid = g_strdup (trygg_actionplan_item_get_uuid (first));
  trygg_actionplan_page_set_year (page, YEAR - 3);
  g_assert_true (trygg_actionplan_page_select_uuid (page, uuid));
  g_assert_cmpint (trygg_actionplan_page_get_year (page), ==, YEAR);
  g_assert_nonnull (selected_item (f));
  g_assert_cmpstr (trygg_actionplan_item_get_uuid (selected_item (f)), ==, uuid);
  g_assert_false (trygg_actionplan_page_select_uuid (page, "no-such-uuid"));
}

int
main (int   argc,
      char *argv[])
{
  trygg_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/actionplan-page/empty-state", test_empty_state);
  ADD ("/actionplan-page/add-edit-delete-undo", test_add_edit_delete_undo);
  ADD ("/actionplan-page/years", test_years);
#undef ADD
  return g_test_run ();
}
