/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The heatmap widget in a real window (under Xvfb): the accessible grid names its cells and
 * chips; dragging a chip to another cell re-scores the risk (initial or residual by the
 * view) and the change log has it; Ctrl+arrow keys move the focused risk and the focus goes
 * with it; arrow keys move between cells; a click filters by a cell and Escape clears it; a
 * double click opens a risk; a full cell keeps few widgets and one "+N" chip.
 *
 * Input goes through the widget's own gestures and key bindings: the tests emit the gesture
 * signals GTK emits for a pointer, and activate the shortcut bound to a key as GTK does.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <adwaita.h>

#include "risk-heatmap.h"
#include "risk-heatmap-cell.h"
#include "risk-heatmap-chip.h"
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
  gint64         risks[3];
  GtkWidget     *window;
  GtkWidget     *heatmap;
  int            filter_changes;
  gint64         activated;
} Fixture;

static gint64
add (Fixture *f,
     int      p,
     int      c)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  TRYGG_ASSERT_OK (trygg_risk_add (f->db, f->analysis, "Records reach the wrong person", p, c,
                                   &id, &error), error);
  return id;
}

static void
on_filter_changed (GtkWidget *heatmap,
                   Fixture   *f)
{
  f->filter_changes++;
}

static void
on_activated (GtkWidget *heatmap,
              gint64     id,
              Fixture   *f)
{
  f->activated = id;
}

/* default 4 × 4; risks 1 and 2 at probability 3, consequence 4, risk 3 at 1/1 */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);
  TRYGG_ASSERT_OK (trygg_risk_create_analysis (f->db, "Social-care records", NULL,
                                               &f->analysis, &error), error);
  f->risks[0] = add (f, 3, 4);
  f->risks[1] = add (f, 3, 4);
  f->risks[2] = add (f, 1, 1);

  f->heatmap = trygg_risk_heatmap_new (f->db);
  trygg_risk_heatmap_set_analysis (TRYGG_RISK_HEATMAP (f->heatmap), f->analysis);
  g_signal_connect (f->heatmap, "filter-changed", G_CALLBACK (on_filter_changed), f);
  g_signal_connect (f->heatmap, "risk-activated", G_CALLBACK (on_activated), f);
  f->window = trygg_test_present (f->heatmap, 900, 700);
  trygg_test_wait_ms (100);
  g_assert_cmpint (gtk_widget_get_width (f->heatmap), >, 600);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  /* nothing keeps the widget alive */
  trygg_test_destroy_window (f->window, f->heatmap);
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* the cell widget of probability @p, consequence @c (4 × 4) */
static GtkWidget *
cell_at (Fixture *f,
         int      p,
         int      c)
{
  int index = (p - 1) * 4 + (c - 1);

  for (GtkWidget *w = gtk_widget_get_first_child (f->heatmap); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (TRYGG_IS_RISK_HEATMAP_CELL (w) &&
        trygg_risk_heatmap_cell_get_index (TRYGG_RISK_HEATMAP_CELL (w)) == index)
      return w;
  g_assert_not_reached ();
}

static GtkWidget *
chip_of (Fixture *f,
         gint64   risk_id)
{
  for (GtkWidget *cell = gtk_widget_get_first_child (f->heatmap); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    for (GtkWidget *chip = gtk_widget_get_first_child (cell); chip != NULL;
         chip = gtk_widget_get_next_sibling (chip))
      if (trygg_risk_heatmap_chip_get_risk_id (TRYGG_RISK_HEATMAP_CHIP (chip)) == risk_id)
        return chip;
  return NULL;
}

/* the centre of @widget, or a point near its bottom right corner, in the heatmap */
static void
point_in (Fixture   *f,
          GtkWidget *widget,
          gboolean   corner,
          double    *x,
          double    *y)
{
  graphene_point_t p;
  float w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);

  g_assert_true (gtk_widget_compute_point (widget, f->heatmap,
                                           &GRAPHENE_POINT_INIT (corner ? w - 4 : w / 2,
                                                                 corner ? h - 4 : h / 2),
                                           &p));
  *x = p.x;
  *y = p.y;
}

static GtkEventController *
controller_of_type (Fixture *f,
                    GType    type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (f->heatmap);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        return c;  /* the widget keeps it */
    }
  g_assert_not_reached ();
}

/* does what GTK does for a key: activates the shortcut the widget binds to it */
static void
press_key (Fixture         *f,
           guint            keyval,
           GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (f->heatmap);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, modifiers);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (c))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (c), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                           f->heatmap,
                                                           gtk_shortcut_get_arguments (shortcut)));
              trygg_test_run_pending ();
              return;
            }
        }
    }
  g_assert_not_reached ();
}

static void
drag (Fixture   *f,
      GtkWidget *from,
      GtkWidget *to)
{
  GtkEventController *gesture = controller_of_type (f, GTK_TYPE_GESTURE_DRAG);
  double x1, y1, x2, y2;

  point_in (f, from, FALSE, &x1, &y1);
  point_in (f, to, TRUE, &x2, &y2);
  g_signal_emit_by_name (gesture, "drag-begin", x1, y1);
  g_signal_emit_by_name (gesture, "drag-update", (x2 - x1) / 2, (y2 - y1) / 2);
  g_signal_emit_by_name (gesture, "drag-update", x2 - x1, y2 - y1);
  g_signal_emit_by_name (gesture, "drag-end", x2 - x1, y2 - y1);
  trygg_test_run_pending ();
}

static void
assert_scores (Fixture *f,
               gint64   risk,
               int      p,
               int      c,
               int      rp,
               int      rc)
{
  g_autoptr(GError) error = NULL;
  TryggRiskScores s;

  TRYGG_ASSERT_OK (trygg_risk_get_scores (f->db, risk, &s, &error), error);
  g_assert_cmpint (s.probability, ==, p);
  g_assert_cmpint (s.consequence, ==, c);
  g_assert_cmpint (s.residual_probability, ==, rp);
  g_assert_cmpint (s.residual_consequence, ==, rc);
}

static void
test_accessible_grid (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *cell = cell_at (f, 3, 4);
  GtkWidget *chip = gtk_widget_get_first_child (cell);
  int n_cells = 0;

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (f->heatmap), GTK_ACCESSIBLE_ROLE_GRID);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->heatmap),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Risk matrix");
  for (GtkWidget *w = gtk_widget_get_first_child (f->heatmap); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_ROLE_GRID_CELL);
      n_cells++;
    }
  g_assert_cmpint (n_cells, ==, 16);

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
      "Probability 3, consequence 4, High: risks 1 and 2");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell_at (f, 1, 1)),
      GTK_ACCESSIBLE_PROPERTY_LABEL, "Probability 1, consequence 1, Low: risk 3");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell_at (f, 4, 2)),
      GTK_ACCESSIBLE_PROPERTY_LABEL, "Probability 4, consequence 2, High: no risks");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell),
      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
      "Probability: High. Consequence: Serious. Risk value 12. Space filters the list by "
      "this cell; Enter goes to its risks.");
  /* the top row is probability 4 */
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_RELATION_ROW_INDEX,
                                       2);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_RELATION_COL_INDEX,
                                       4);

  g_assert_nonnull (chip);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Risk 1");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (gtk_widget_get_next_sibling (chip)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Risk 2");
  g_assert_null (gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (chip)));

  /* the residual view: not assessed yet, shown at the initial place and said so */
  trygg_risk_heatmap_set_view (TRYGG_RISK_HEATMAP (f->heatmap), TRYGG_RISK_HEATMAP_RESIDUAL);
  trygg_test_wait_ms (50);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chip_of (f, f->risks[0])),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Risk 1, residual risk not assessed");
}

static void
test_drag_rescores (Fixture       *f,
                    gconstpointer  data)
{
  gint64 updates = trygg_test_query_int (f->db, "SELECT count(*) FROM change_log "
                                         "WHERE table_name = 'risk' AND operation = 'update'",
                                         NULL);
  g_autofree char *new_values = NULL;

  drag (f, chip_of (f, f->risks[2]), cell_at (f, 4, 3));
  assert_scores (f, f->risks[2], 4, 3, 0, 0);
  /* one update in the change log with the old and the new scores */
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM change_log "
                                         "WHERE table_name = 'risk' AND operation = 'update'",
                                         NULL), ==, updates + 1);
  new_values = trygg_test_query_text (f->db, "SELECT json_extract(old_values, '$.probability') "
                                      "|| json_extract(new_values, '$.probability') FROM "
                                      "change_log ORDER BY id DESC LIMIT 1", NULL);
  g_assert_cmpstr (new_values, ==, "14");
  /* the widget shows it at once */
  g_assert_true (gtk_widget_get_parent (chip_of (f, f->risks[2])) == cell_at (f, 4, 3));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell_at (f, 1, 1)),
      GTK_ACCESSIBLE_PROPERTY_LABEL, "Probability 1, consequence 1, Low: no risks");

  /* a drop on the same cell changes nothing */
  drag (f, chip_of (f, f->risks[0]), cell_at (f, 3, 4));
  assert_scores (f, f->risks[0], 3, 4, 0, 0);

  /* in the residual view a drag sets the residual scores */
  trygg_risk_heatmap_set_view (TRYGG_RISK_HEATMAP (f->heatmap), TRYGG_RISK_HEATMAP_RESIDUAL);
  trygg_test_wait_ms (50);
  drag (f, chip_of (f, f->risks[0]), cell_at (f, 2, 2));
  assert_scores (f, f->risks[0], 3, 4, 2, 2);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chip_of (f, f->risks[0])),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Risk 1");
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkRoot *root = GTK_ROOT (f->window);

  /* Tab into the grid, arrow keys between cells: up is more probable, right more serious */
  gtk_root_set_focus (root, NULL);
  g_assert_true (gtk_widget_child_focus (f->window, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_root_get_focus (root) == cell_at (f, 1, 1));
  press_key (f, GDK_KEY_Up, 0);
  g_assert_true (gtk_root_get_focus (root) == cell_at (f, 2, 1));
  press_key (f, GDK_KEY_Right, 0);
  g_assert_true (gtk_root_get_focus (root) == cell_at (f, 2, 2));
  press_key (f, GDK_KEY_Down, 0);
  press_key (f, GDK_KEY_Left, 0);
  g_assert_true (gtk_root_get_focus (root) == cell_at (f, 1, 1));

  /* Enter goes to the cell's chip; Ctrl+Up moves the risk one cell up, the focus with it */
  press_key (f, GDK_KEY_Return, 0);
  g_assert_true (gtk_root_get_focus (root) == chip_of (f, f->risks[2]));
  g_assert_cmpint (trygg_risk_heatmap_get_selected_risk (TRYGG_RISK_HEATMAP (f->heatmap)), ==,
                   f->risks[2]);
  press_key (f, GDK_KEY_Up, GDK_CONTROL_MASK);
  assert_scores (f, f->risks[2], 2, 1, 0, 0);
  g_assert_true (gtk_root_get_focus (root) == chip_of (f, f->risks[2]));
  press_key (f, GDK_KEY_Right, GDK_CONTROL_MASK);
  press_key (f, GDK_KEY_Right, GDK_CONTROL_MASK);
  assert_scores (f, f->risks[2], 2, 3, 0, 0);
  g_assert_true (gtk_widget_get_parent (chip_of (f, f->risks[2])) == cell_at (f, 2, 3));
  g_assert_true (gtk_root_get_focus (root) == chip_of (f, f->risks[2]));
  /* at the edge nothing moves */
  press_key (f, GDK_KEY_Down, GDK_CONTROL_MASK);
  press_key (f, GDK_KEY_Down, GDK_CONTROL_MASK);
  assert_scores (f, f->risks[2], 1, 3, 0, 0);

  /* Enter opens it; Escape goes back to its cell */
  press_key (f, GDK_KEY_Return, 0);
  g_assert_cmpint (f->activated, ==, f->risks[2]);
  press_key (f, GDK_KEY_Escape, 0);
  g_assert_true (gtk_root_get_focus (root) == cell_at (f, 1, 3));

  /* Space filters by the focused cell, Escape clears the filter */
  press_key (f, GDK_KEY_space, 0);
  g_assert_cmpint (f->filter_changes, ==, 1);
  press_key (f, GDK_KEY_Escape, 0);
  g_assert_cmpint (f->filter_changes, ==, 2);
}

static void
test_click_filters (Fixture       *f,
                    gconstpointer  data)
{
  TryggRiskHeatmap *heatmap = TRYGG_RISK_HEATMAP (f->heatmap);
  GtkEventController *click = controller_of_type (f, GTK_TYPE_GESTURE_CLICK);
  int p, c;
  double x, y;

  point_in (f, cell_at (f, 3, 4), TRUE, &x, &y);
  g_signal_emit_by_name (click, "pressed", 1, x, y);
  trygg_test_run_pending ();
  g_assert_cmpint (f->filter_changes, ==, 1);
  trygg_risk_heatmap_get_filter (heatmap, &p, &c);
  g_assert_cmpint (p, ==, 3);
  g_assert_cmpint (c, ==, 4);
  g_assert_true (trygg_risk_heatmap_filter_includes (heatmap, f->risks[0]));
  g_assert_false (trygg_risk_heatmap_filter_includes (heatmap, f->risks[2]));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (cell_at (f, 3, 4)),
                                    GTK_ACCESSIBLE_STATE_SELECTED, TRUE);

  /* a click again clears it */
  g_signal_emit_by_name (click, "pressed", 1, x, y);
  trygg_test_run_pending ();
  trygg_risk_heatmap_get_filter (heatmap, &p, &c);
  g_assert_cmpint (p, ==, 0);
  g_assert_true (trygg_risk_heatmap_filter_includes (heatmap, f->risks[2]));

  /* a double click on a chip opens its risk */
  point_in (f, chip_of (f, f->risks[1]), FALSE, &x, &y);
  g_signal_emit_by_name (click, "pressed", 1, x, y);
  g_signal_emit_by_name (click, "pressed", 2, x, y);
  trygg_test_run_pending ();
  g_assert_cmpint (f->activated, ==, f->risks[1]);
  g_assert_cmpint (trygg_risk_heatmap_get_selected_risk (heatmap), ==, f->risks[1]);
}

static void
test_many_risks (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf (
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
      "INSERT INTO risk (uuid, analysis_id, number, probability, consequence) "
      "SELECT lower(hex(randomblob(16))), %" G_GINT64_FORMAT ", 10 + i, 2, 2 FROM n",
      f->analysis);
  GtkWidget *cell, *last;
  int chips = 0;
  g_autofree char *label = NULL;

  trygg_test_exec (f->db, sql);
  trygg_test_wait_ms (50);

  cell = cell_at (f, 2, 2);
  for (GtkWidget *w = gtk_widget_get_first_child (cell); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    chips++;
  g_assert_cmpint (chips, >=, 2);
  g_assert_cmpint (chips, <, 200);
  last = gtk_widget_get_last_child (cell);
  g_assert_true (trygg_risk_heatmap_chip_is_more (TRYGG_RISK_HEATMAP_CHIP (last)));
  label = g_strdup_printf ("%d more risks", 2000 - (chips - 1));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (last), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       label);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
      "Probability 2, consequence 2, Medium: 2000 risks, the first 11, 12, 13, 14, 15, 16, "
      "17, 18, 19, 20");

  /* the large workshop type shows fewer chips, still with "+N" */
  trygg_risk_heatmap_set_large (TRYGG_RISK_HEATMAP (f->heatmap), TRUE);
  trygg_risk_heatmap_set_high_contrast (TRYGG_RISK_HEATMAP (f->heatmap), TRUE);
  trygg_test_wait_ms (100);
  g_assert_true (trygg_risk_heatmap_chip_is_more (
      TRYGG_RISK_HEATMAP_CHIP (gtk_widget_get_last_child (cell_at (f, 2, 2)))));
}

int
main (int   argc,
      char *argv[])
{
  trygg_test_ui_init (&argc, &argv);

  g_test_add ("/risk/heatmap/accessible-grid", Fixture, NULL, fixture_setup,
              test_accessible_grid, fixture_teardown);
  g_test_add ("/risk/heatmap/drag-rescores", Fixture, NULL, fixture_setup,
              test_drag_rescores, fixture_teardown);
  g_test_add ("/risk/heatmap/keyboard", Fixture, NULL, fixture_setup, test_keyboard,
              fixture_teardown);
  g_test_add ("/risk/heatmap/click-filters", Fixture, NULL, fixture_setup,
              test_click_filters, fixture_teardown);
  g_test_add ("/risk/heatmap/many-risks", Fixture, NULL, fixture_setup, test_many_risks,
              fixture_teardown);
  return g_test_run ();
}
