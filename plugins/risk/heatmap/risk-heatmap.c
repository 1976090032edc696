/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskHeatmap: the heatmap of one analysis (see risk-heatmap.h for what a user can do).
 * This file: data, layout, the child widgets that carry focus and accessible names, and
 * drawing. The public setters and getters, the filter, the selection and re-scoring are in
 * risk-heatmap-api.c; mouse, keyboard and focus in risk-heatmap-input.c.
 *
 * The data is read once per change of the database (risk-heatmap-data.c) and sorted into
 * cells; a frame appends a cached render node (risk-heatmap-paint.c). Only the chips that
 * are shown are widgets, and the "+N" chip of a full cell is one widget, so the widget tree
 * stays small whatever the number of risks.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-heatmap-private.h"

guint trygg_risk_heatmap_signals[N_HEATMAP_SIGNALS];

G_DEFINE_FINAL_TYPE (TryggRiskHeatmap, trygg_risk_heatmap, GTK_TYPE_WIDGET)

static void
clear_cells (TryggRiskHeatmap *self)
{
  while (self->cells->len > 0)
    gtk_widget_unparent (g_ptr_array_steal_index (self->cells, self->cells->len - 1));
}

static void
trygg_risk_heatmap_dispose (GObject *object)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_id, self->db);
  if (self->cells != NULL)
    clear_cells (self);
  G_OBJECT_CLASS (trygg_risk_heatmap_parent_class)->dispose (object);
}

static void
trygg_risk_heatmap_finalize (GObject *object)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (object);

  trygg_risk_heatmap_scene_clear (&self->scene);
  g_clear_pointer (&self->data, trygg_risk_heatmap_data_free);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_risk_heatmap_parent_class)->finalize (object);
}

/* Children */

/* the chips of each cell as the scene shows them; no resize is queued */
static void
sync_children (TryggRiskHeatmap *self)
{
  int n_cells = trygg_risk_heatmap_scene_n_cells (&self->scene);

  if (self->data == NULL || (int) self->cells->len != n_cells)
    {
      clear_cells (self);
      self->labels_dirty = TRUE;
    }
  if (self->data == NULL)
    return;
  for (int cell = (int) self->cells->len; cell < n_cells; cell++)
    {
      GtkWidget *widget = trygg_risk_heatmap_cell_new (cell);

      gtk_widget_set_parent (widget, GTK_WIDGET (self));
      g_ptr_array_add (self->cells, widget);
    }
  for (int cell = 0; cell < n_cells; cell++)
    {
      TryggRiskHeatmapCell *widget = g_ptr_array_index (self->cells, cell);
      guint n_shown = self->scene.n_shown[cell];
      gboolean more = trygg_risk_heatmap_scene_has_more (&self->scene, cell);
      graphene_rect_t cell_rect;
      GPtrArray *chips;

      if (self->labels_dirty)
        trygg_risk_heatmap_cell_update (widget, self->data, self->view,
                                        cell == self->filter_cell);
      trygg_risk_heatmap_cell_set_n_chips (widget, n_shown + (more ? 1 : 0));
      chips = trygg_risk_heatmap_cell_get_chips (widget);
      trygg_risk_heatmap_scene_cell_rect (&self->scene, cell, &cell_rect);
      for (guint slot = 0; slot < chips->len; slot++)
        {
          graphene_rect_t r;

          trygg_risk_heatmap_scene_chip_rect (&self->scene, cell, slot, &r);
          graphene_rect_offset (&r, -cell_rect.origin.x, -cell_rect.origin.y);
          if (slot < n_shown)
            {
              const TryggRiskHeatmapEntry *e = trygg_risk_heatmap_scene_shown (&self->scene,
                                                                               cell, slot);
              const TryggRiskHeatmapRisk *risk = trygg_risk_heatmap_data_get_risk (self->data,
                                                                                   e->risk);

              trygg_risk_heatmap_chip_set (g_ptr_array_index (chips, slot), e->risk, risk->id,
                                           e->kind, risk->number, &r);
            }
          else
            trygg_risk_heatmap_chip_set (g_ptr_array_index (chips, slot), -1, 0,
                                         TRYGG_RISK_CHIP_INITIAL,
                                         self->scene.n_more[cell], &r);
        }
    }
  self->labels_dirty = FALSE;
}

static void
layout_scene (TryggRiskHeatmap *self,
              int               width,
              int               height)
{
  self->scene.data = self->data;
  self->scene.view = self->view;
  self->scene.filter_cell = self->filter_cell;
  self->scene.selected = self->data != NULL && self->selected_id > 0
    ? trygg_risk_heatmap_data_find (self->data, self->selected_id) : -1;
  if (self->data != NULL && width > 0 && height > 0)
    trygg_risk_heatmap_scene_layout (&self->scene, gtk_widget_get_pango_context (GTK_WIDGET (self)),
                                     width, height);
}

TryggRiskHeatmapChip *
trygg_risk_heatmap_find_chip (TryggRiskHeatmap *self,
                              int               risk,
                              int               kind)
{
  TryggRiskHeatmapChip *any = NULL;

  for (guint cell = 0; cell < self->cells->len; cell++)
    {
      GPtrArray *chips = trygg_risk_heatmap_cell_get_chips (g_ptr_array_index (self->cells, cell));

      for (guint i = 0; i < chips->len; i++)
        {
          TryggRiskHeatmapChip *chip = g_ptr_array_index (chips, i);

          if (trygg_risk_heatmap_chip_get_risk (chip) != risk)
            continue;
          if ((int) trygg_risk_heatmap_chip_get_kind (chip) == kind)
            return chip;
          any = chip;
        }
    }
  return any;
}

void
trygg_risk_heatmap_sync (TryggRiskHeatmap *self)
{
  GtkWidget *focus = self->root != NULL ? gtk_root_get_focus (self->root) : NULL;
  gboolean inside = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
  gboolean on_chip = inside && TRYGG_IS_RISK_HEATMAP_CHIP (focus) &&
                     !trygg_risk_heatmap_chip_is_more (TRYGG_RISK_HEATMAP_CHIP (focus));
  gint64 focus_id = on_chip ? trygg_risk_heatmap_chip_get_risk_id (TRYGG_RISK_HEATMAP_CHIP (focus))
                            : 0;

  if (focus != NULL)
    g_object_ref (focus);
  layout_scene (self, gtk_widget_get_width (GTK_WIDGET (self)),
                gtk_widget_get_height (GTK_WIDGET (self)));
  sync_children (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));

  /* the focus stays on its risk, wherever its chip went, else on a cell */
  if (inside && self->data != NULL)
    {
      GtkWidget *target = NULL;
      int risk = focus_id > 0 ? trygg_risk_heatmap_data_find (self->data, focus_id) : -1;

      if (risk >= 0)
        target = (GtkWidget *) trygg_risk_heatmap_find_chip (self, risk, self->selected_kind);
      if (target == NULL && gtk_widget_get_parent (focus) != NULL &&
          gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) && !on_chip)
        target = focus;
      if (target == NULL && self->cells->len > 0)
        target = g_ptr_array_index (self->cells, CLAMP (self->current_cell, 0,
                                                        (int) self->cells->len - 1));
      if (target != NULL && target != gtk_root_get_focus (self->root))
        gtk_widget_grab_focus (target);
    }
  g_clear_object (&focus);
}

/* Data */

void
trygg_risk_heatmap_reload_now (TryggRiskHeatmap *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->scene.data = NULL;
  g_clear_pointer (&self->data, trygg_risk_heatmap_data_free);
  if (self->analysis_id > 0)
    {
      self->data = trygg_risk_heatmap_data_load (self->db, self->analysis_id, &error);
      if (self->data == NULL && !g_error_matches (error, TRYGG_DATABASE_ERROR,
                                                  TRYGG_DATABASE_ERROR_NOT_FOUND))
        g_warning ("Could not read the heatmap: %s", error->message);
    }
  trygg_risk_heatmap_scene_invalidate (&self->scene);
  if (self->data == NULL ||
      self->filter_cell >= trygg_risk_heatmap_data_get_probability_levels (self->data) *
                           trygg_risk_heatmap_data_get_consequence_levels (self->data))
    trygg_risk_heatmap_set_filter_cell (self, -1);
  self->labels_dirty = TRUE;
  trygg_risk_heatmap_sync (self);
}

static gboolean
reload_idle (gpointer user_data)
{
  TryggRiskHeatmap *self = user_data;

  self->reload_source = 0;
  trygg_risk_heatmap_reload_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (TryggDatabase    *db,
                     const char       *table,
                     TryggRiskHeatmap *self)
{
  static const char * const tables[] = {
    "risk", "risk_band", "risk_level", "risk_matrix", "risk_analysis", NULL
  };

  if (self->analysis_id <= 0 || !g_strv_contains (tables, table) || self->reload_source != 0)
    return;
  /* one reload for a transaction that touched several tables, before the next frame */
  self->reload_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reload_idle, self, NULL);
}

/* Layout and drawing */

static void
trygg_risk_heatmap_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (widget);
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  *minimum = horizontal ? 280 : 220;
  *natural = horizontal ? 720 : 540;
  if (self->scene.style.large)
    {
      *minimum = horizontal ? 480 : 360;
      *natural = horizontal ? 1280 : 900;
    }
}

static void
trygg_risk_heatmap_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (widget);

  layout_scene (self, width, height);
  sync_children (self);
  for (guint cell = 0; cell < self->cells->len; cell++)
    {
      graphene_rect_t r;

      trygg_risk_heatmap_scene_cell_rect (&self->scene, cell, &r);
      gtk_widget_allocate (g_ptr_array_index (self->cells, cell),
                           MAX (1, (int) r.size.width), MAX (1, (int) r.size.height), -1,
                           gsk_transform_translate (NULL, &r.origin));
    }
}

static void
trygg_risk_heatmap_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (widget);
  GdkRGBA fg;

#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, &fg);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
#endif
  if (!gdk_rgba_equal (&fg, &self->scene.style.foreground))
    {
      self->scene.style.foreground = fg;
      g_clear_pointer (&self->scene.static_node, gsk_render_node_unref);
      trygg_risk_heatmap_scene_redraw (&self->scene);
    }
  /* the children draw nothing: the picture has them */
  trygg_risk_heatmap_scene_snapshot (&self->scene, snapshot,
                                     gtk_widget_get_pango_context (widget));
}

static gboolean
query_tooltip (GtkWidget  *widget,
               int         x,
               int         y,
               gboolean    keyboard,
               GtkTooltip *tooltip,
               gpointer    user_data)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (widget);
  int cell, slot;
  g_autofree char *event = NULL;
  g_autofree char *text = NULL;
  const TryggRiskHeatmapEntry *entry;
  const TryggRiskHeatmapRisk *risk;

  if (self->data == NULL || keyboard)
    return FALSE;
  cell = trygg_risk_heatmap_scene_cell_at (&self->scene, x, y);
  if (cell < 0)
    return FALSE;
  slot = trygg_risk_heatmap_scene_slot_at (&self->scene, cell, x, y);
  if (slot < 0 || (guint) slot >= self->scene.n_shown[cell])
    return FALSE;
  entry = trygg_risk_heatmap_scene_shown (&self->scene, cell, slot);
  risk = trygg_risk_heatmap_data_get_risk (self->data, entry->risk);
  event = trygg_risk_heatmap_data_risk_event (self->db, risk->id);
  /* Translators: a risk's number and its undesired event */
  text = g_strdup_printf (_("Risk %d: %s"), risk->number, event != NULL ? event : "");
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_focus_widget (GtkRoot          *root,
                 GParamSpec       *pspec,
                 TryggRiskHeatmap *self)
{
  trygg_risk_heatmap_focus_changed (self);
}

static void
trygg_risk_heatmap_root (GtkWidget *widget)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (widget);

  GTK_WIDGET_CLASS (trygg_risk_heatmap_parent_class)->root (widget);
  self->root = gtk_widget_get_root (widget);
  self->focus_id = g_signal_connect (self->root, "notify::focus-widget",
                                     G_CALLBACK (on_focus_widget), self);
}

static void
trygg_risk_heatmap_unroot (GtkWidget *widget)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (widget);

  g_clear_signal_handler (&self->focus_id, self->root);
  self->root = NULL;
  GTK_WIDGET_CLASS (trygg_risk_heatmap_parent_class)->unroot (widget);
}

/* the keyboard enters the grid at the cell it was last in */
static gboolean
trygg_risk_heatmap_grab_focus (GtkWidget *widget)
{
  TryggRiskHeatmap *self = TRYGG_RISK_HEATMAP (widget);

  if (self->cells->len == 0)
    return FALSE;
  return gtk_widget_grab_focus (g_ptr_array_index (self->cells,
      CLAMP (self->current_cell, 0, (int) self->cells->len - 1)));
}

static void
trygg_risk_heatmap_class_init (TryggRiskHeatmapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trygg_risk_heatmap_dispose;
  object_class->finalize = trygg_risk_heatmap_finalize;
  widget_class->measure = trygg_risk_heatmap_measure;
  widget_class->size_allocate = trygg_risk_heatmap_size_allocate;
  widget_class->snapshot = trygg_risk_heatmap_snapshot;
  widget_class->root = trygg_risk_heatmap_root;
  widget_class->unroot = trygg_risk_heatmap_unroot;
  widget_class->grab_focus = trygg_risk_heatmap_grab_focus;

  trygg_risk_heatmap_signals[SIGNAL_FILTER_CHANGED] =
    g_signal_new ("filter-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  trygg_risk_heatmap_signals[SIGNAL_RISK_ACTIVATED] =
    g_signal_new ("risk-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  trygg_risk_heatmap_signals[SIGNAL_RISK_SELECTED] =
    g_signal_new ("risk-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "riskheatmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
  trygg_risk_heatmap_class_init_input (widget_class);
}

static void
trygg_risk_heatmap_init (TryggRiskHeatmap *self)
{
  trygg_risk_heatmap_scene_init (&self->scene);
  self->cells = g_ptr_array_new ();
  self->filter_cell = -1;
  self->drag_risk = -1;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Risk matrix"),
      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
      _("Probability upwards, consequence to the right. Arrow keys move between cells, Space "
        "filters the list by a cell, Enter goes to its risks, Ctrl+arrow keys move the "
        "chosen risk one cell, Escape goes back."),
      -1);
  trygg_risk_heatmap_init_input (self);
}

/* Construction (the rest of the public API: risk-heatmap-api.c) */

GtkWidget *
trygg_risk_heatmap_new (TryggDatabase *db)
{
  TryggRiskHeatmap *self;

  g_return_val_if_fail (TRYGG_IS_DATABASE (db), NULL);

  self = g_object_new (TRYGG_TYPE_RISK_HEATMAP, NULL);
  self->db = g_object_ref (db);
  self->changed_id = g_signal_connect (db, "changed", G_CALLBACK (on_database_changed), self);
  return GTK_WIDGET (self);
}
