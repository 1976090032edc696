/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Workshop mode in a real window (under Xvfb): the quick entry adds a risk in the
 * middle-left cell and the list shows it, chosen; an empty entry adds nothing; a measure is
 * proposed from the workshop (and a deadline that is no day is refused in words); the view
 * and high contrast switch; Escape closes the window. And the Overview card counts red
 * risks, analyses not approved and overdue measures, and follows the database.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <adwaita.h>

#include "risk-card.h"
#include "risk-heatmap.h"
#include "risk-workshop.h"
#include "risk-workshop-list.h"
#include "risk-workshop-measure.h"
#include "risk-workshop-row.h"
#include "test-ui-util.h"
#include "test-util.h"

static const TryggSchemaSource source = {
  "risk", "/io/github/trygg/Trygg/plugins/risk/sql"
};

typedef struct
{
  char          *dir;
  TryggDatabase *db;
  gint64         analysis;
  GtkWidget     *parent;
  GtkWidget     *workshop;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  const char *preset = data != NULL ? data : "default";
  g_autoptr(GError) error = NULL;

  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);
  TRYGG_ASSERT_OK (trygg_risk_create_analysis (f->db, "Home care records", preset,
                                               &f->analysis, &error), error);
  f->parent = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (f->parent));
  f->workshop = trygg_risk_workshop_new (f->db, f->analysis);
  g_object_add_weak_pointer (G_OBJECT (f->workshop), (gpointer *) &f->workshop);
  gtk_window_set_transient_for (GTK_WINDOW (f->workshop), GTK_WINDOW (f->parent));
  gtk_window_present (GTK_WINDOW (f->workshop));
  trygg_test_run_pending ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  /* the workshop window and what it holds are gone (Escape may have closed it already) */
  if (f->workshop != NULL)
    trygg_test_destroy_window (f->workshop, f->workshop);
  trygg_test_destroy_window (f->parent, NULL);
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* what the shown rows of the list say, one summary a line */
static void
collect_rows (GtkWidget *widget,
              GString   *out)
{
  if (TRYGG_IS_RISK_WORKSHOP_ROW (widget) && gtk_widget_get_mapped (widget) &&
      trygg_risk_workshop_row_get_summary (TRYGG_RISK_WORKSHOP_ROW (widget)) != NULL)
    g_string_append_printf (out, "%s\n",
                            trygg_risk_workshop_row_get_summary (TRYGG_RISK_WORKSHOP_ROW (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, out);
}

static char *
rows_text (Fixture *f)
{
  GString *out = g_string_new (NULL);

  collect_rows (f->workshop, out);
  return g_string_free (out, FALSE);
}

static GtkWidget *
child (Fixture    *f,
       const char *name)
{
  GtkWidget *widget = GTK_WIDGET (gtk_widget_get_template_child (f->workshop,
                                                                  TRYGG_TYPE_RISK_WORKSHOP,
                                                                  name));
  g_assert_nonnull (widget);
  return widget;
}

static TryggRiskWorkshopList *
list_of (Fixture *f)
{
  GtkWidget *list = trygg_test_find_widget (f->workshop, TRYGG_TYPE_RISK_WORKSHOP_LIST,
                                            NULL);

  g_assert_nonnull (list);
  return TRYGG_RISK_WORKSHOP_LIST (list);
}

static void
type_and_enter (Fixture    *f,
                const char *text)
{
  GtkWidget *entry = child (f, "quick_entry");

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  trygg_test_run_pending ();
}

static void
test_quick_entry (Fixture       *f,
                  gconstpointer  data)
{
  int middle = g_strcmp0 (data, "five") == 0 ? 3 : 2;
  GtkWidget *entry = child (f, "quick_entry");
  TryggRiskWorkshopList *list = list_of (f);
  g_autoptr(TryggRiskWorkshopItem) item = NULL;
  g_autofree char *rows = NULL;
  GtkWidget *focus;
  gint64 id;

  g_assert_cmpuint (g_list_model_get_n_items (trygg_risk_workshop_list_get_shown (list)), ==, 0);

  type_and_enter (f, "  A laptop with home-care records is stolen  ");
  id = trygg_test_query_int (f->db, "SELECT id FROM risk WHERE event = ?1",
                             "A laptop with home-care records is stolen");
  g_assert_cmpint (id, >, 0);
  /* the middle-left cell: the middle probability (rounded up), the lowest consequence */
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT probability FROM risk WHERE event "
                                         "LIKE ?1", "A laptop%"), ==, middle);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT consequence FROM risk WHERE event "
                                         "LIKE ?1", "A laptop%"), ==, 1);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT number FROM risk WHERE event LIKE ?1",
                                         "A laptop%"), ==, 1);

  /* the list shows it, chosen; the entry is empty and keeps the keyboard for the next one */
  g_assert_cmpuint (g_list_model_get_n_items (trygg_risk_workshop_list_get_shown (list)), ==, 1);
  item = g_list_model_get_item (trygg_risk_workshop_list_get_shown (list), 0);
  g_assert_cmpstr (trygg_risk_workshop_item_get_event (item), ==,
                   "A laptop with home-care records is stolen");
  g_assert_cmpint (trygg_risk_workshop_list_get_selected (list), ==, id);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  focus = gtk_root_get_focus (GTK_ROOT (f->workshop));
  g_assert_true (focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry)));
  rows = rows_text (f);
  g_assert_nonnull (strstr (rows, "Risk 1: A laptop with home-care records is stolen."));
  /* and its chip is chosen on the matrix, ready to be moved */
  g_assert_cmpint (trygg_risk_heatmap_get_selected_risk (TRYGG_RISK_HEATMAP (
                     trygg_test_find_widget (f->workshop, TRYGG_TYPE_RISK_HEATMAP, NULL))),
                   ==, id);

  /* the status line counts it */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (f, "status_label"))),
                            "1 risk"));

  /* nothing typed: nothing added */
  type_and_enter (f, "   ");
  g_assert_cmpint (trygg_database_count_rows (f->db, "risk"), ==, 1);

  /* the next one gets the next number and is chosen in turn */
  type_and_enter (f, "The care system is down for a day");
  g_assert_cmpuint (g_list_model_get_n_items (trygg_risk_workshop_list_get_shown (list)), ==, 2);
  g_assert_cmpint (trygg_risk_workshop_list_get_selected (list), ==,
                   trygg_test_query_int (f->db, "SELECT id FROM risk WHERE number = 2", NULL));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (f, "status_label"))),
                            "2 risks"));
}

static void
test_measure (Fixture       *f,
              gconstpointer  data)
{
  TryggRiskWorkshopMeasure *measure;
  GtkWidget *button = child (f, "measure_button");
  g_autofree char *rows = NULL;

  trygg_test_exec (f->db, "INSERT INTO person (uuid, name) VALUES ('p-1', 'Anna Berg')");
  /* no risk chosen: no measure */
  g_assert_false (gtk_widget_get_sensitive (button));
  type_and_enter (f, "Passwords are shared between nurses");
  g_assert_true (gtk_widget_get_sensitive (button));

  g_assert_true (gtk_widget_activate_action (f->workshop, "workshop.measure", NULL));
  trygg_test_run_pending ();
  measure = TRYGG_RISK_WORKSHOP_MEASURE (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (measure)));

  /* a deadline that is no day is refused in words, and nothing is saved */
  gtk_editable_set_text (GTK_EDITABLE (trygg_risk_workshop_measure_get_title_entry (measure)),
                         "Personal accounts for every nurse");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (trygg_risk_workshop_measure_get_responsible (measure)),
                              1);
  gtk_editable_set_text (GTK_EDITABLE (trygg_risk_workshop_measure_get_deadline (measure)),
                         "2030-02-30");
  g_assert_false (trygg_risk_workshop_measure_submit (measure));
  g_assert_cmpint (trygg_database_count_rows (f->db, "action"), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (trygg_risk_workshop_measure_get_deadline (measure)),
                         "30.09.2030");
  g_assert_true (trygg_risk_workshop_measure_submit (measure));
  trygg_test_run_pending ();
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM action a "
                                         "JOIN person p ON p.id = a.responsible_id "
                                         "JOIN risk_measure m ON m.action_id = a.id "
                                         "WHERE a.title = ?1 AND p.name = 'Anna Berg' "
                                         "AND a.due_date = '2030-09-30'",
                                         "Personal accounts for every nurse"), ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (measure)));
  rows = rows_text (f);
  g_assert_nonnull (strstr (rows, "Personal accounts for every nurse · Anna Berg"));
}

static void
test_view_and_contrast (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *initial = NULL;
  g_autofree char *residual = NULL;
  g_autofree char *view = NULL;

  type_and_enter (f, "Records are sent to the wrong family");
  initial = rows_text (f);
  g_assert_nonnull (strstr (initial, "Low · 2."));  /* the default 4 × 4: P2 × C1 */

  g_assert_true (gtk_widget_activate_action (f->workshop, "workshop.view", "s", "residual"));
  trygg_test_run_pending ();
  g_object_get (f->workshop, "view", &view, NULL);
  g_assert_cmpstr (view, ==, "residual");
  residual = rows_text (f);
  g_assert_nonnull (strstr (residual, "Not assessed."));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (f, "status_label"))),
                            "Not assessed 1"));

  g_assert_false (gtk_widget_has_css_class (f->workshop, "high-contrast"));
  g_assert_true (gtk_widget_activate_action (f->workshop, "workshop.high-contrast", NULL));
  g_assert_true (gtk_widget_has_css_class (f->workshop, "high-contrast"));
  g_assert_true (gtk_widget_activate_action (f->workshop, "workshop.zoom-in", NULL));
  g_assert_true (gtk_widget_has_css_class (f->workshop, "zoom-2"));
}

/* The class's key bindings, found as a user's key press would find them. */
static gboolean
press (GtkWidget *widget,
       guint      keyval)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, 0);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

static void
test_keys_and_escape (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *view = NULL;

  g_assert_true (press (f->workshop, GDK_KEY_b));
  g_object_get (f->workshop, "view", &view, NULL);
  g_assert_cmpstr (view, ==, "both");
  g_assert_true (press (f->workshop, GDK_KEY_h));
  g_assert_true (gtk_widget_has_css_class (f->workshop, "high-contrast"));

  g_assert_true (press (f->workshop, GDK_KEY_Escape));
  trygg_test_run_pending ();
  g_assert_null (f->workshop);  /* closed and gone */
}

/* The Overview card */

static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s|", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    collect_labels (c, out);
}

static void
test_card (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *card = g_object_ref_sink (trygg_risk_card_new (f->db));
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) labels = g_string_new (NULL);
  gint64 risk = 0;

  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (card)), ==, "win.show-page");
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (
                     GTK_ACTIONABLE (card)), NULL), ==, "risk");
  g_assert_cmpstr (g_object_get_data (G_OBJECT (card), "trygg-summary"), ==,
                   "Risk analysis, 0 red risks, 1 analysis not approved, 0 measures overdue");

  /* a red risk (4 × 4 = 16) and a measure due in the past */
  TRYGG_ASSERT_OK (trygg_risk_add (f->db, f->analysis, "Ransomware", 4, 4, &risk, &error),
                   error);
  TRYGG_ASSERT_OK (trygg_risk_propose_measure (f->db, risk, "Offline backups", NULL, 0,
                                               "2020-01-31", NULL, NULL, &error), error);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (card), "trygg-summary"), ==,
                   "Risk analysis, 1 red risk, 1 analysis not approved, 1 measure overdue");
  collect_labels (card, labels);
  g_assert_nonnull (strstr (labels->str, "1|red risk|"));

  /* approved, and the measure done */
  trygg_test_exec (f->db, "UPDATE risk_analysis SET status = 'approved'");
  trygg_test_exec (f->db, "UPDATE action SET status = 'done'");
  g_assert_cmpstr (g_object_get_data (G_OBJECT (card), "trygg-summary"), ==,
                   "Risk analysis, 1 red risk, 0 analyses not approved, 0 measures overdue");
  g_assert_finalize_object (card);
}

int
main (int   argc,
      char *argv[])
{
  trygg_test_ui_init (&argc, &argv);

#define ADD(path, data, func) \
  g_test_add (path, Fixture, data, fixture_setup, func, fixture_teardown)
  ADD ("/risk-workshop/quick-entry", NULL, test_quick_entry);
  ADD ("/risk-workshop/quick-entry-5x5", "five", test_quick_entry);
  ADD ("/risk-workshop/measure", NULL, test_measure);
  ADD ("/risk-workshop/view-and-contrast", NULL, test_view_and_contrast);
  ADD ("/risk-workshop/keys-and-escape", NULL, test_keys_and_escape);
  ADD ("/risk-card/counts", NULL, test_card);
#undef ADD
  return g_test_run ();
}
