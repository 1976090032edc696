/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Workshop mode: one analysis full screen for a projector, run by one person at a laptop in
 * front of twenty. The big heatmap on the left (two thirds), the list of risks with their
 * measures on the right, and at the bottom the quick-entry bar: type the undesired event,
 * press Enter, and the risk appears in the middle-left cell (middle probability, lowest
 * consequence), chosen on the matrix so that it can be dragged or moved with the arrow keys
 * — Ctrl+Enter also puts the keyboard there. The view (initial, residual, both), high
 * contrast and the size of the type are one key each; Escape leaves.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-heatmap-chip.h"
#include "risk-workshop-private.h"

G_DEFINE_FINAL_TYPE (TryggRiskWorkshop, trygg_risk_workshop, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];

static void
load_css (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;

  if (loaded)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider,
                                       "/io/github/trygg/Trygg/plugins/risk/risk-workshop.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

TryggRiskHeatmapView
trygg_risk_workshop_view_of (const char *name)
{
  if (g_strcmp0 (name, "residual") == 0)
    return TRYGG_RISK_HEATMAP_RESIDUAL;
  if (g_strcmp0 (name, "both") == 0)
    return TRYGG_RISK_HEATMAP_BOTH;
  return TRYGG_RISK_HEATMAP_INITIAL;
}

/* "Risk workshop · 12 risks · High 3 · Medium 5 · Low 4": the bands of the view, highest
 * first, in words */
void
trygg_risk_workshop_update_status (TryggRiskWorkshop *self)
{
  GListModel *items = trygg_risk_workshop_list_get_items (TRYGG_RISK_WORKSHOP_LIST (self->list));
  guint n = g_list_model_get_n_items (items);
  gboolean residual = trygg_risk_workshop_view_of (self->view) == TRYGG_RISK_HEATMAP_RESIDUAL;
  g_autoptr(TryggRiskMatrix) matrix = trygg_risk_matrix_load (self->db, self->analysis_id, NULL);
  g_autoptr(GString) status = g_string_new (_("Risk workshop"));
  guint not_assessed = 0;

  g_string_append (status, " · ");
  g_string_append_printf (status, g_dngettext (GETTEXT_PACKAGE, "%u risk", "%u risks", n), n);
  for (guint b = matrix != NULL ? matrix->bands->len : 0; b > 0; b--)
    {
      const TryggRiskBand *band = g_ptr_array_index (matrix->bands, b - 1);
      guint count = 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TryggRiskWorkshopItem) item = g_list_model_get_item (items, i);
          const TryggRiskBand *its = trygg_risk_workshop_item_get_band (item, residual);

          if (its != NULL && its->id == band->id)
            count++;
        }
      if (count > 0)
        {
          g_string_append (status, " · ");
          /* Translators: how many risks are in a band, e.g. "High 3" */
          g_string_append_printf (status, _("%s %u"), band->name, count);
        }
    }
  for (guint i = 0; residual && i < n; i++)
    {
      g_autoptr(TryggRiskWorkshopItem) item = g_list_model_get_item (items, i);
      if (!trygg_risk_workshop_item_has_residual (item))
        not_assessed++;
    }
  if (not_assessed > 0)
    {
      g_string_append (status, " · ");
      g_string_append_printf (status, _("%s %u"), _("Not assessed"), not_assessed);
    }
  gtk_label_set_text (GTK_LABEL (self->status_label), status->str);
}

static void
update_title (TryggRiskWorkshop *self)
{
  g_autofree char *title = trygg_risk_workshop_analysis_title (self->db, self->analysis_id);
  g_autofree char *window_title = NULL;

  if (title == NULL)
    title = g_strdup (_("This risk analysis was deleted"));
  else if (*title == '\0')
    {
      g_free (title);
      title = g_strdup (_("Untitled risk analysis"));
    }
  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  /* Translators: the workshop window's title; %s is the analysis */
  window_title = g_strdup_printf (_("Risk Workshop — %s"), title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
update_measure_button (TryggRiskWorkshop *self)
{
  TryggRiskWorkshopItem *item =
    trygg_risk_workshop_list_get_selected_item (TRYGG_RISK_WORKSHOP_LIST (self->list));
  g_autofree char *label = NULL;

  if (item != NULL)
    /* Translators: a button; %d is the chosen risk's number */
    label = g_strdup_printf (_("Add _Measure to Risk %d…"),
                             trygg_risk_workshop_item_get_number (item));
  else
    label = g_strdup (_("Choose a risk to add a measure"));
  gtk_label_set_text_with_mnemonic (GTK_LABEL (self->measure_label), label);
  gtk_widget_set_sensitive (self->measure_button, item != NULL);
}

static void
on_database_changed (TryggRiskWorkshop *self,
                     const char        *table)
{
  if (g_str_equal (table, "risk_analysis"))
    update_title (self);
  if (g_str_has_prefix (table, "risk_"))
    trygg_risk_workshop_update_status (self);  /* bands or the matrix; the list's reload updates it for risks */
}

static void
on_items_changed (TryggRiskWorkshop *self)
{
  trygg_risk_workshop_update_status (self);
  update_measure_button (self);
}

static void
on_selected_risk (TryggRiskWorkshop *self)
{
  gint64 id = trygg_risk_workshop_list_get_selected (TRYGG_RISK_WORKSHOP_LIST (self->list));

  if (id != 0)
    trygg_risk_heatmap_select_risk (TRYGG_RISK_HEATMAP (self->heatmap), id);
  update_measure_button (self);
}

static void
on_filter_changed (TryggRiskWorkshop *self)
{
  int probability = 0, consequence = 0;

  trygg_risk_heatmap_get_filter (TRYGG_RISK_HEATMAP (self->heatmap), &probability,
                                 &consequence);
  trygg_risk_workshop_list_set_cell (TRYGG_RISK_WORKSHOP_LIST (self->list), probability,
                                     consequence);
}

static void
show_risk (TryggRiskWorkshop *self,
           gint64             risk_id)
{
  TryggRiskWorkshopList *list = TRYGG_RISK_WORKSHOP_LIST (self->list);

  if (!trygg_risk_workshop_list_select (list, risk_id))
    {
      /* in another cell than the one the list is filtered by: show them all */
      trygg_risk_heatmap_clear_filter (TRYGG_RISK_HEATMAP (self->heatmap));
      trygg_risk_workshop_list_set_cell (list, 0, 0);
      trygg_risk_workshop_list_select (list, risk_id);
    }
  trygg_risk_heatmap_select_risk (TRYGG_RISK_HEATMAP (self->heatmap), risk_id);
}

/* a chip chosen or activated on the matrix is chosen in the list too */
static void
on_risk_chosen (TryggRiskWorkshop *self,
                gint64             risk_id)
{
  if (risk_id > 0)
    show_risk (self, risk_id);
}

/* the chip of @risk_id among the heatmap's child widgets */
static GtkWidget *
find_chip (GtkWidget *widget,
           gint64     risk_id)
{
  if (TRYGG_IS_RISK_HEATMAP_CHIP (widget) &&
      trygg_risk_heatmap_chip_get_risk_id (TRYGG_RISK_HEATMAP_CHIP (widget)) == risk_id)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *chip = find_chip (child, risk_id);
      if (chip != NULL)
        return chip;
    }
  return NULL;
}

static gboolean
select_new_risk (gpointer user_data)
{
  TryggRiskWorkshop *self = user_data;
  GtkWidget *chip;

  self->select_source = 0;
  trygg_risk_heatmap_select_risk (TRYGG_RISK_HEATMAP (self->heatmap), self->pending_risk);
  if (self->pending_move)
    {
      /* the keyboard on the new chip: Ctrl+arrow keys move it */
      chip = find_chip (self->heatmap, self->pending_risk);
      if (chip == NULL || !gtk_widget_grab_focus (chip))
        gtk_widget_grab_focus (self->heatmap);
    }
  return G_SOURCE_REMOVE;
}

/* Adds the event typed in the quick-entry bar; with @move the keyboard goes to the matrix. */
void
trygg_risk_workshop_quick_add (TryggRiskWorkshop *self,
                               gboolean           move)
{
  g_autofree char *event = g_strstrip (g_strdup (gtk_editable_get_text (
                                                   GTK_EDITABLE (self->quick_entry))));
  g_autoptr(TryggRiskMatrix) matrix = NULL;
  g_autoptr(GError) error = NULL;
  gint64 risk_id = 0;

  if (*event == '\0')
    {
      gtk_widget_error_bell (self->quick_entry);
      gtk_widget_grab_focus (self->quick_entry);
      return;
    }
  matrix = trygg_risk_matrix_load (self->db, self->analysis_id, &error);
  if (matrix == NULL ||
      !trygg_risk_add (self->db, self->analysis_id, event,
                       (matrix->probability_levels + 1) / 2, 1, &risk_id, &error))
    {
      trygg_toast_error (GTK_WIDGET (self), error->message);
      return;  /* the text stays in the entry */
    }
  gtk_editable_set_text (GTK_EDITABLE (self->quick_entry), "");
  show_risk (self, risk_id);
  gtk_widget_grab_focus (self->quick_entry);
  /* the heatmap reloads in an idle of high priority: choose the chip after that */
  self->pending_risk = risk_id;
  self->pending_move = move;
  if (self->select_source == 0)
    self->select_source = g_idle_add (select_new_risk, self);
}

static void
on_entry_activate (TryggRiskWorkshop *self)
{
  trygg_risk_workshop_quick_add (self, FALSE);
}

static gboolean
on_entry_key (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              TryggRiskWorkshop     *self)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      (state & GDK_CONTROL_MASK) != 0)
    {
      trygg_risk_workshop_quick_add (self, TRUE);
      return TRUE;
    }
  return FALSE;
}

static void
on_measure_show (TryggRiskWorkshop *self)
{
  TryggRiskWorkshopItem *item =
    trygg_risk_workshop_list_get_selected_item (TRYGG_RISK_WORKSHOP_LIST (self->list));

  if (item != NULL)
    trygg_risk_workshop_measure_set_risk (TRYGG_RISK_WORKSHOP_MEASURE (self->measure),
                                          trygg_risk_workshop_item_get_id (item),
                                          trygg_risk_workshop_item_get_number (item));
}

static void
on_measure_added (TryggRiskWorkshop *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->measure));
  gtk_widget_grab_focus (self->quick_entry);
}

/* After an allocation, not during it: the list beside the heatmap takes a third of the
 * width, and on a projector of 720 lines or so there is less margin and the smallest type
 * by default. */
static gboolean
apply_layout (gpointer user_data)
{
  TryggRiskWorkshop *self = user_data;

  self->layout_source = 0;
  if (self->compact != gtk_widget_has_css_class (GTK_WIDGET (self), "compact"))
    {
      if (self->compact)
        gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");
      trygg_risk_workshop_fill_help (self, self->compact);
    }
  gtk_widget_set_size_request (self->side_box,
                               MAX (0, MIN (self->width * 32 / 100, self->width - 640)), -1);
  return G_SOURCE_REMOVE;
}

static void
trygg_risk_workshop_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  TryggRiskWorkshop *self = TRYGG_RISK_WORKSHOP (widget);
  gboolean compact = height < 900 || width < 1500;

  GTK_WIDGET_CLASS (trygg_risk_workshop_parent_class)->size_allocate (widget, width, height,
                                                                       baseline);
  if (compact != self->compact || width != self->width)
    {
      self->compact = compact;
      self->width = width;
      if (self->layout_source == 0)
        self->layout_source = g_idle_add (apply_layout, self);
    }
}

static void
trygg_risk_workshop_dispose (GObject *object)
{
  TryggRiskWorkshop *self = TRYGG_RISK_WORKSHOP (object);

  if (self->db != NULL)
    g_signal_handlers_disconnect_by_data (self->db, self);
  g_clear_handle_id (&self->select_source, g_source_remove);
  g_clear_handle_id (&self->layout_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRYGG_TYPE_RISK_WORKSHOP);
  G_OBJECT_CLASS (trygg_risk_workshop_parent_class)->dispose (object);
}

static void
trygg_risk_workshop_finalize (GObject *object)
{
  TryggRiskWorkshop *self = TRYGG_RISK_WORKSHOP (object);

  g_clear_object (&self->db);
  g_free (self->view);
  G_OBJECT_CLASS (trygg_risk_workshop_parent_class)->finalize (object);
}

static void
trygg_risk_workshop_class_init (TryggRiskWorkshopClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = trygg_risk_workshop_get_property;
  object_class->set_property = trygg_risk_workshop_set_property;
  object_class->dispose = trygg_risk_workshop_dispose;
  object_class->finalize = trygg_risk_workshop_finalize;
  widget_class->size_allocate = trygg_risk_workshop_size_allocate;

  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "initial",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGH_CONTRAST] =
    g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
      "/io/github/trygg/Trygg/plugins/risk/risk-workshop.ui");
  gtk_widget_class_bind_template_child (widget_class, TryggRiskWorkshop, title_label);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskWorkshop, status_label);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskWorkshop, heatmap_bin);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskWorkshop, list_bin);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskWorkshop, side_box);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskWorkshop, measure_label);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskWorkshop, measure_button);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskWorkshop, quick_entry);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskWorkshop, help_label);

  trygg_risk_workshop_class_add_actions (widget_class);
}

static void
trygg_risk_workshop_init (TryggRiskWorkshop *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  load_css ();
  self->view = g_strdup ("initial");
  self->zoom = TRYGG_RISK_WORKSHOP_DEFAULT_ZOOM;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "zoom-1");
  trygg_risk_workshop_fill_help (self, FALSE);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_entry_key), self);
  gtk_widget_add_controller (self->quick_entry, keys);
  g_signal_connect_swapped (self->quick_entry, "activate", G_CALLBACK (on_entry_activate), self);
}

/**
 * trygg_risk_workshop_new:
 * @analysis_id: the analysis on the projector
 *
 * Returns: (transfer none): the workshop window, full screen; the caller sets it transient
 *   for the main window and presents it. Escape closes it.
 */
GtkWidget *
trygg_risk_workshop_new (TryggDatabase *db,
                         gint64         analysis_id)
{
  TryggRiskWorkshop *self = g_object_new (TRYGG_TYPE_RISK_WORKSHOP, NULL);

  g_return_val_if_fail (TRYGG_IS_DATABASE (db), NULL);
  self->db = g_object_ref (db);
  self->analysis_id = analysis_id;

  self->heatmap = trygg_risk_heatmap_new (db);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heatmap), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Risk matrix"), -1);
  trygg_risk_heatmap_set_large (TRYGG_RISK_HEATMAP (self->heatmap), TRUE);
  trygg_risk_heatmap_set_analysis (TRYGG_RISK_HEATMAP (self->heatmap), analysis_id);
  adw_bin_set_child (ADW_BIN (self->heatmap_bin), self->heatmap);
  g_signal_connect_swapped (self->heatmap, "filter-changed", G_CALLBACK (on_filter_changed),
                            self);
  g_signal_connect_swapped (self->heatmap, "risk-activated", G_CALLBACK (on_risk_chosen),
                            self);
  g_signal_connect_swapped (self->heatmap, "risk-selected", G_CALLBACK (on_risk_chosen), self);

  self->list = trygg_risk_workshop_list_new (db);
  adw_bin_set_child (ADW_BIN (self->list_bin), self->list);
  g_signal_connect_swapped (trygg_risk_workshop_list_get_items (
                              TRYGG_RISK_WORKSHOP_LIST (self->list)),
                            "items-changed", G_CALLBACK (on_items_changed), self);
  g_signal_connect_swapped (self->list, "notify::selected-risk", G_CALLBACK (on_selected_risk),
                            self);

  self->measure = trygg_risk_workshop_measure_new (db);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->measure_button), self->measure);
  g_signal_connect_swapped (self->measure, "show", G_CALLBACK (on_measure_show), self);
  g_signal_connect_swapped (self->measure, "added", G_CALLBACK (on_measure_added), self);

  g_signal_connect_swapped (db, "changed", G_CALLBACK (on_database_changed), self);
  trygg_risk_workshop_list_set_analysis (TRYGG_RISK_WORKSHOP_LIST (self->list), analysis_id);
  update_title (self);
  trygg_risk_workshop_update_status (self);
  update_measure_button (self);

  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_set_focus (GTK_WINDOW (self), self->quick_entry);
  return GTK_WIDGET (self);
}
