/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The heatmap's mouse, keyboard and focus handling (risk-heatmap-private.h).
 *
 * Mouse: a GtkGestureClick (select, filter, double click opens) and a GtkGestureDrag with our
 * own hit testing: a chip dragged further than a few pixels follows the pointer, the cell
 * under it is outlined, and dropping it re-scores the risk with one trygg_risk_score().
 *
 * Keyboard: the grid is one stop in the Tab chain (roving focus): Tab enters at the last
 * focused cell, arrow keys move between cells, Enter or Tab goes into the cell's chips, arrow
 * keys move between them, Ctrl+arrow moves the focused risk one cell, Enter opens it, Space
 * filters, Escape goes back to the cell and then clears the filter.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-heatmap-private.h"

#define DRAG_THRESHOLD 6

static GtkWidget *
focus_widget (TryggRiskHeatmap *self)
{
  GtkWidget *focus = self->root != NULL ? gtk_root_get_focus (self->root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) ? focus : NULL;
}

static int
cell_of_widget (GtkWidget *widget)
{
  if (TRYGG_IS_RISK_HEATMAP_CHIP (widget))
    widget = gtk_widget_get_parent (widget);
  return TRYGG_IS_RISK_HEATMAP_CELL (widget)
    ? trygg_risk_heatmap_cell_get_index (TRYGG_RISK_HEATMAP_CELL (widget)) : -1;
}

static GtkWidget *
cell_widget (TryggRiskHeatmap *self,
             int               cell)
{
  return cell >= 0 && cell < (int) self->cells->len ? g_ptr_array_index (self->cells, cell)
                                                    : NULL;
}

static GPtrArray *
chips_of (TryggRiskHeatmap *self,
          int               cell)
{
  return trygg_risk_heatmap_cell_get_chips (TRYGG_RISK_HEATMAP_CELL (cell_widget (self, cell)));
}

void
trygg_risk_heatmap_focus_changed (TryggRiskHeatmap *self)
{
  GtkWidget *focus = focus_widget (self);
  TryggRiskHeatmapScene *scene = &self->scene;
  int focus_cell = -1, focus_more = -1, focus_kind = -1;

  if (TRYGG_IS_RISK_HEATMAP_CELL (focus))
    focus_cell = cell_of_widget (focus);
  else if (TRYGG_IS_RISK_HEATMAP_CHIP (focus))
    {
      TryggRiskHeatmapChip *chip = TRYGG_RISK_HEATMAP_CHIP (focus);

      if (trygg_risk_heatmap_chip_is_more (chip))
        focus_more = cell_of_widget (focus);
      else
        {
          focus_kind = trygg_risk_heatmap_chip_get_kind (chip);
          trygg_risk_heatmap_select (self, trygg_risk_heatmap_chip_get_risk (chip), focus_kind,
                                     TRUE);
        }
    }
  if (focus != NULL)
    self->current_cell = cell_of_widget (focus);
  if (scene->focus_cell != focus_cell || scene->focus_more != focus_more ||
      scene->focus_kind != focus_kind)
    {
      scene->focus_cell = focus_cell;
      scene->focus_more = focus_more;
      scene->focus_kind = focus_kind;
      trygg_risk_heatmap_scene_redraw (scene);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
toggle_filter (TryggRiskHeatmap *self,
               int               cell)
{
  trygg_risk_heatmap_set_filter_cell (self, self->filter_cell == cell ? -1 : cell);
}

/* Mouse */

static void
on_pressed (GtkGestureClick  *gesture,
            int               n_press,
            double            x,
            double            y,
            TryggRiskHeatmap *self)
{
  int cell, slot;
  GPtrArray *chips;

  if (self->data == NULL)
    return;
  cell = trygg_risk_heatmap_scene_cell_at (&self->scene, x, y);
  if (cell < 0 || cell_widget (self, cell) == NULL)
    return;
  slot = trygg_risk_heatmap_scene_slot_at (&self->scene, cell, x, y);
  chips = chips_of (self, cell);
  if (slot >= 0 && (guint) slot < self->scene.n_shown[cell] && (guint) slot < chips->len)
    {
      TryggRiskHeatmapChip *chip = g_ptr_array_index (chips, slot);

      gtk_widget_grab_focus (GTK_WIDGET (chip));
      trygg_risk_heatmap_select (self, trygg_risk_heatmap_chip_get_risk (chip),
                                 trygg_risk_heatmap_chip_get_kind (chip), TRUE);
      if (n_press == 2)
        g_signal_emit (self, trygg_risk_heatmap_signals[SIGNAL_RISK_ACTIVATED], 0,
                       trygg_risk_heatmap_chip_get_risk_id (chip));
    }
  else if (slot >= 0 && (guint) slot < chips->len)
    {
      /* the "+N" chip: the list shows them all */
      gtk_widget_grab_focus (g_ptr_array_index (chips, slot));
      trygg_risk_heatmap_set_filter_cell (self, cell);
    }
  else if (n_press == 1)
    {
      gtk_widget_grab_focus (cell_widget (self, cell));
      toggle_filter (self, cell);
    }
}

static void
on_drag_begin (GtkGestureDrag   *gesture,
               double            x,
               double            y,
               TryggRiskHeatmap *self)
{
  int cell, slot;

  self->drag_risk = -1;
  self->drag_active = FALSE;
  if (self->data == NULL)
    return;
  cell = trygg_risk_heatmap_scene_cell_at (&self->scene, x, y);
  if (cell < 0)
    return;
  slot = trygg_risk_heatmap_scene_slot_at (&self->scene, cell, x, y);
  if (slot < 0 || (guint) slot >= self->scene.n_shown[cell])
    return;
  self->drag_risk = trygg_risk_heatmap_scene_shown (&self->scene, cell, slot)->risk;
  self->drag_kind = trygg_risk_heatmap_scene_shown (&self->scene, cell, slot)->kind;
  self->drag_from = cell;
  self->drag_x = x;
  self->drag_y = y;
}

static void
on_drag_update (GtkGestureDrag   *gesture,
                double            dx,
                double            dy,
                TryggRiskHeatmap *self)
{
  TryggRiskHeatmapScene *scene = &self->scene;
  int cell;

  if (self->drag_risk < 0 || self->data == NULL)
    return;
  if (!self->drag_active)
    {
      if (dx * dx + dy * dy < DRAG_THRESHOLD * DRAG_THRESHOLD)
        return;
      self->drag_active = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      trygg_risk_heatmap_select (self, self->drag_risk, self->drag_kind, TRUE);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }
  cell = trygg_risk_heatmap_scene_cell_at (scene, self->drag_x + dx, self->drag_y + dy);
  scene->dragging = TRUE;
  scene->selected = self->drag_risk;
  scene->focus_kind = self->drag_kind;
  scene->drag_x = self->drag_x + dx;
  scene->drag_y = self->drag_y + dy;
  scene->drop_cell = cell != self->drag_from ? cell : -1;
  trygg_risk_heatmap_scene_redraw (scene);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
end_drag (TryggRiskHeatmap *self)
{
  self->drag_risk = -1;
  self->drag_active = FALSE;
  self->scene.dragging = FALSE;
  self->scene.drop_cell = -1;
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  trygg_risk_heatmap_scene_redraw (&self->scene);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end (GtkGestureDrag   *gesture,
             double            dx,
             double            dy,
             TryggRiskHeatmap *self)
{
  int risk = self->drag_risk, kind = self->drag_kind, cell;

  if (!self->drag_active || self->data == NULL)
    {
      self->drag_risk = -1;
      return;
    }
  cell = trygg_risk_heatmap_scene_cell_at (&self->scene, self->drag_x + dx, self->drag_y + dy);
  end_drag (self);
  if (cell >= 0 && cell != self->drag_from)
    trygg_risk_heatmap_move_to (self, risk, kind, cell);
}

static void
on_drag_cancel (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                TryggRiskHeatmap *self)
{
  if (self->drag_active)
    end_drag (self);
  self->drag_risk = -1;
}

void
trygg_risk_heatmap_init_input (TryggRiskHeatmap *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  g_signal_connect (drag, "cancel", G_CALLBACK (on_drag_cancel), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

/* Keyboard */

static gboolean
focus_chip_in (TryggRiskHeatmap *self,
               int               cell)
{
  GPtrArray *chips = chips_of (self, cell);
  TryggRiskHeatmapChip *selected = NULL;

  if (chips->len == 0)
    return FALSE;
  if (self->scene.selected >= 0)
    selected = trygg_risk_heatmap_find_chip (self, self->scene.selected, self->selected_kind);
  if (selected != NULL && cell_of_widget (GTK_WIDGET (selected)) == cell)
    return gtk_widget_grab_focus (GTK_WIDGET (selected));
  return gtk_widget_grab_focus (g_ptr_array_index (chips, 0));
}

/* arrow keys: between cells, or between the chips of a cell */
static gboolean
move_focus (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (widget);
  GtkWidget *focus = focus_widget (self);
  int dp, dc, cell, p, c;

  if (focus == NULL || self->data == NULL)
    return FALSE;
  g_variant_get (args, "(ii)", &dp, &dc);
  cell = cell_of_widget (focus);
  if (cell < 0)
    return FALSE;
  if (TRYGG_IS_RISK_HEATMAP_CHIP (focus))
    {
      GPtrArray *chips = chips_of (self, cell);
      int cols = MAX (1, self->scene.geom.chip_cols);
      guint i;
      int to;

      if (!g_ptr_array_find (chips, focus, &i))
        return FALSE;
      /* up is the row above */
      to = (int) i + dc - dp * cols;
      if (to >= 0 && to < (int) chips->len)
        gtk_widget_grab_focus (g_ptr_array_index (chips, to));
      else
        gtk_widget_error_bell (widget);
      return TRUE;
    }
  trygg_risk_heatmap_scene_cell_levels (&self->scene, cell, &p, &c);
  cell = trygg_risk_heatmap_data_cell_index (self->data, p + dp, c + dc);
  if (cell >= 0)
    gtk_widget_grab_focus (cell_widget (self, cell));
  else
    gtk_widget_error_bell (widget);
  return TRUE;
}

/* Ctrl+arrow keys: the focused risk one cell */
static gboolean
move_risk (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (widget);
  GtkWidget *focus = focus_widget (self);
  TryggRiskHeatmapChip *chip;
  int dp, dc, p, c, to;

  if (!TRYGG_IS_RISK_HEATMAP_CHIP (focus) || self->data == NULL)
    return FALSE;
  chip = TRYGG_RISK_HEATMAP_CHIP (focus);
  if (trygg_risk_heatmap_chip_is_more (chip))
    return FALSE;
  g_variant_get (args, "(ii)", &dp, &dc);
  trygg_risk_heatmap_scene_cell_levels (&self->scene, cell_of_widget (focus), &p, &c);
  to = trygg_risk_heatmap_data_cell_index (self->data, p + dp, c + dc);
  if (to < 0)
    gtk_widget_error_bell (widget);
  else
    trygg_risk_heatmap_move_to (self, trygg_risk_heatmap_chip_get_risk (chip),
                                trygg_risk_heatmap_chip_get_kind (chip), to);
  return TRUE;
}

static gboolean
activate (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (widget);
  GtkWidget *focus = focus_widget (self);
  int cell = focus != NULL ? cell_of_widget (focus) : -1;

  if (cell < 0)
    return FALSE;
  if (TRYGG_IS_RISK_HEATMAP_CHIP (focus))
    {
      TryggRiskHeatmapChip *chip = TRYGG_RISK_HEATMAP_CHIP (focus);

      if (trygg_risk_heatmap_chip_is_more (chip))
        trygg_risk_heatmap_set_filter_cell (self, cell);
      else
        g_signal_emit (self, trygg_risk_heatmap_signals[SIGNAL_RISK_ACTIVATED], 0,
                       trygg_risk_heatmap_chip_get_risk_id (chip));
    }
  else if (!focus_chip_in (self, cell))
    toggle_filter (self, cell);
  return TRUE;
}

static gboolean
space (GtkWidget *widget,
       GVariant  *args,
       gpointer   user_data)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (widget);
  GtkWidget *focus = focus_widget (self);
  int cell = focus != NULL ? cell_of_widget (focus) : -1;

  if (cell < 0)
    return FALSE;
  if (TRYGG_IS_RISK_HEATMAP_CHIP (focus) &&
      !trygg_risk_heatmap_chip_is_more (TRYGG_RISK_HEATMAP_CHIP (focus)))
    return TRUE;  /* focusing it selected it */
  toggle_filter (self, cell);
  return TRUE;
}

static gboolean
escape (GtkWidget *widget,
        GVariant  *args,
        gpointer   user_data)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (widget);
  GtkWidget *focus = focus_widget (self);

  if (TRYGG_IS_RISK_HEATMAP_CHIP (focus))
    return gtk_widget_grab_focus (gtk_widget_get_parent (focus));
  if (self->filter_cell >= 0)
    {
      trygg_risk_heatmap_set_filter_cell (self, -1);
      return TRUE;
    }
  return FALSE;  /* e.g. leaves full screen in workshop mode */
}

/* Tab: into the grid at its last cell, into a cell's chips, out after the last chip */
static gboolean
trygg_risk_heatmap_focus (GtkWidget        *widget,
                          GtkDirectionType  direction)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (widget);
  GtkWidget *focus = focus_widget (self);
  int cell;

  if (self->cells->len == 0)
    return FALSE;
  if (focus == NULL)
    {
      cell = CLAMP (self->current_cell, 0, (int) self->cells->len - 1);
      return gtk_widget_grab_focus (cell_widget (self, cell));
    }
  cell = cell_of_widget (focus);
  if (cell < 0)
    return FALSE;
  if (direction == GTK_DIR_TAB_FORWARD)
    {
      if (TRYGG_IS_RISK_HEATMAP_CELL (focus))
        return focus_chip_in (self, cell);
      else
        {
          GPtrArray *chips = chips_of (self, cell);
          guint i;

          if (g_ptr_array_find (chips, focus, &i) && i + 1 < chips->len)
            return gtk_widget_grab_focus (g_ptr_array_index (chips, i + 1));
          return FALSE;
        }
    }
  if (direction == GTK_DIR_TAB_BACKWARD)
    {
      GPtrArray *chips = chips_of (self, cell);
      guint i;

      if (TRYGG_IS_RISK_HEATMAP_CELL (focus))
        return FALSE;
      if (g_ptr_array_find (chips, focus, &i) && i > 0)
        return gtk_widget_grab_focus (g_ptr_array_index (chips, i - 1));
      return gtk_widget_grab_focus (cell_widget (self, cell));
    }
  return TRUE;  /* arrow keys are ours (the bindings above) */
}

static void
add_arrows (GtkWidgetClass  *widget_class,
            GdkModifierType  modifiers,
            GtkShortcutFunc  func)
{
  static const struct { guint key; int dp, dc; } arrows[] = {
    { GDK_KEY_Up, 1, 0 }, { GDK_KEY_KP_Up, 1, 0 },
    { GDK_KEY_Down, -1, 0 }, { GDK_KEY_KP_Down, -1, 0 },
    { GDK_KEY_Left, 0, -1 }, { GDK_KEY_KP_Left, 0, -1 },
    { GDK_KEY_Right, 0, 1 }, { GDK_KEY_KP_Right, 0, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    gtk_widget_class_add_binding (widget_class, arrows[i].key, modifiers, func, "(ii)",
                                  arrows[i].dp, arrows[i].dc);
}

void
trygg_risk_heatmap_class_init_input (GtkWidgetClass *widget_class)
{
  widget_class->focus = trygg_risk_heatmap_focus;
  add_arrows (widget_class, 0, move_focus);
  add_arrows (widget_class, GDK_CONTROL_MASK, move_risk);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Enter, 0, activate, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, space, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Space, 0, space, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape, NULL);
}
