/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskHeatmapPane: the "Heatmap" view of an analysis. The heatmap (consequence left to
 * right, probability bottom to top) with a switch between the initial risk, the residual
 * risk and both; beside it the risks on it. Choosing a cell filters the list to that cell —
 * shown as a chip that says which cell, with a button that removes the filter. A risk
 * activated on the heatmap or in the list is opened in the "Risks" view ("risk-activated").
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-heatmap-pane.h"
#include "risk-item.h"
#include "risk-page-util.h"

struct _TryggRiskHeatmapPane
{
  GtkWidget             parent_instance;

  GtkWidget            *box;
  TryggRiskHeatmap     *heatmap;
  GtkWidget            *view_buttons[3];
  GtkWidget            *chip;
  GtkLabel             *chip_label;
  GtkLabel             *count_label;
  GtkWidget            *scroller;
  GtkListView          *list_view;

  GListModel           *risks;
  GtkFilter            *filter;
  GtkFilterListModel   *filtered;
  GtkSingleSelection   *selection;
  TryggRiskHeatmapView  view;
  int                   filter_p;
  int                   filter_c;
};

G_DEFINE_FINAL_TYPE (TryggRiskHeatmapPane, trygg_risk_heatmap_pane, GTK_TYPE_WIDGET)

enum { RISK_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
in_cell (gpointer item,
         gpointer data)
{
  TryggRiskHeatmapPane *self = data;
  TryggRiskScores s;
  gboolean initial, residual;

  if (self->filter_p == 0 || self->filter_c == 0)
    return TRUE;
  trygg_risk_item_get_scores (item, &s);
  initial = s.probability == self->filter_p && s.consequence == self->filter_c;
  residual = s.residual_probability == self->filter_p &&
             s.residual_consequence == self->filter_c;
  switch (self->view)
    {
    case TRYGG_RISK_HEATMAP_INITIAL: return initial;
    case TRYGG_RISK_HEATMAP_RESIDUAL: return residual;
    case TRYGG_RISK_HEATMAP_BOTH:
    default: return initial || residual;
    }
}

static void
update_count (TryggRiskHeatmapPane *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u risk", "%u risks",
                                                        n), n);

  gtk_label_set_text (self->count_label, text);
}

/* Reads the heatmap's cell filter and filters the list by it. */
void
trygg_risk_heatmap_pane_refilter (TryggRiskHeatmapPane *self)
{
  int p = 0, c = 0;

  trygg_risk_heatmap_get_filter (self->heatmap, &p, &c);
  self->filter_p = p;
  self->filter_c = c;
  if (p > 0 && c > 0)
    {
      /* Translators: the cell the list is filtered by: probability, then consequence */
      g_autofree char *text = g_strdup_printf (_("Probability %d × consequence %d"), p, c);
      gtk_label_set_text (self->chip_label, text);
    }
  gtk_widget_set_visible (self->chip, p > 0 && c > 0);
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
on_clear_filter (TryggRiskHeatmapPane *self)
{
  trygg_risk_heatmap_clear_filter (self->heatmap);
  trygg_risk_heatmap_pane_refilter (self);
}

static void
on_view_toggled (GtkToggleButton      *button,
                 TryggRiskHeatmapPane *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (self->view_buttons); i++)
    if (self->view_buttons[i] == GTK_WIDGET (button))
      self->view = (TryggRiskHeatmapView) i;
  trygg_risk_heatmap_set_view (self->heatmap, self->view);
  trygg_risk_heatmap_pane_refilter (self);
  /* the rows show the band of the view: bind them again */
  if (self->list_view != NULL)
    {
      gtk_list_view_set_model (self->list_view, NULL);
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
    }
}

static void
on_heatmap_risk_activated (TryggRiskHeatmap     *heatmap,
                           gint64                risk_id,
                           TryggRiskHeatmapPane *self)
{
  g_signal_emit (self, signals[RISK_ACTIVATED], 0, risk_id);
}

static void
on_list_activate (TryggRiskHeatmapPane *self,
                  guint                 position)
{
  g_autoptr(TryggRiskItem) item = g_list_model_get_item (G_LIST_MODEL (self->filtered),
                                                         position);

  if (item != NULL)
    g_signal_emit (self, signals[RISK_ACTIVATED], 0, trygg_risk_item_get_id (item));
}

static void
on_list_selected (TryggRiskHeatmapPane *self)
{
  TryggRiskItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (item != NULL)
    trygg_risk_heatmap_select_risk (self->heatmap, trygg_risk_item_get_id (item));
}

void
trygg_risk_heatmap_pane_set_analysis (TryggRiskHeatmapPane *self,
                                      gint64                analysis_id)
{
  g_return_if_fail (TRYGG_IS_RISK_HEATMAP_PANE (self));

  trygg_risk_heatmap_set_analysis (self->heatmap, analysis_id);
  trygg_risk_heatmap_clear_filter (self->heatmap);
  trygg_risk_heatmap_pane_refilter (self);
}

TryggRiskHeatmapView
trygg_risk_heatmap_pane_get_view (TryggRiskHeatmapPane *self)
{
  return self->view;
}

TryggRiskHeatmap *
trygg_risk_heatmap_pane_get_heatmap (TryggRiskHeatmapPane *self)
{
  return self->heatmap;
}

/* Returns: (transfer none): the risks the list shows (the cell filter applied) */
GListModel *
trygg_risk_heatmap_pane_get_shown (TryggRiskHeatmapPane *self)
{
  return G_LIST_MODEL (self->filtered);
}

/* The list's rows: the number and the band pill on the first line, the event below in the
 * row's whole width (up to three lines, wrapped between words) */

static void
update_row (GtkListItem *list_item)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *line = gtk_widget_get_first_child (box);
  GtkWidget *number = gtk_widget_get_first_child (line);
  GtkWidget *band = gtk_widget_get_next_sibling (number);
  GtkWidget *event = gtk_widget_get_next_sibling (line);
  TryggRiskItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *name = NULL, *colour = NULL, *rname = NULL, *rcolour = NULL;
  g_autofree char *num = NULL;
  g_autofree char *accessible = NULL;
  int value, residual;
  gboolean use_residual;

  if (item == NULL)
    return;
  g_object_get (item, "band-name", &name, "band-colour", &colour, "value", &value,
                "residual-band-name", &rname, "residual-band-colour", &rcolour,
                "residual-value", &residual, NULL);
  use_residual = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), "residual"));
  if (use_residual)
    trygg_risk_band_label_set (band, rname, rcolour, residual);
  else
    trygg_risk_band_label_set (band, name, colour, value);
  num = g_strdup_printf ("%d", trygg_risk_item_get_number (item));
  gtk_label_set_text (GTK_LABEL (number), num);
  gtk_label_set_text (GTK_LABEL (event), *trygg_risk_item_get_event (item) != '\0'
                                         ? trygg_risk_item_get_event (item)
                                         : _("(no event written)"));
  /* Translators: a risk in the list: its number, its event, its value and band */
  accessible = g_strdup_printf (_("Risk %d: %s, %s"), trygg_risk_item_get_number (item),
                                trygg_risk_item_get_event (item),
                                gtk_label_get_text (GTK_LABEL (band)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *event = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "risk-map-row");
  gtk_label_set_width_chars (GTK_LABEL (number), 2);
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_widget_add_css_class (number, "risk-number");
  gtk_label_set_xalign (GTK_LABEL (event), 0);
  gtk_label_set_wrap (GTK_LABEL (event), TRUE);
  /* between words only: "Medarbetare", never "Medarbe-tare" */
  gtk_label_set_wrap_mode (GTK_LABEL (event), PANGO_WRAP_WORD);
  gtk_label_set_lines (GTK_LABEL (event), 3);
  gtk_label_set_max_width_chars (GTK_LABEL (event), 36);
  gtk_label_set_width_chars (GTK_LABEL (event), 24);
  gtk_label_set_ellipsize (GTK_LABEL (event), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (line), number);
  gtk_box_append (GTK_BOX (line), trygg_risk_band_label_new ());
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), event);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          TryggRiskHeatmapPane     *self)
{
  g_object_set_data (G_OBJECT (list_item), "residual",
                     GINT_TO_POINTER (self->view == TRYGG_RISK_HEATMAP_RESIDUAL));
  update_row (list_item);
  g_signal_connect_object (gtk_list_item_get_item (list_item), "notify",
                           G_CALLBACK (update_row), list_item, G_CONNECT_SWAPPED);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item)
{
  g_signal_handlers_disconnect_by_data (gtk_list_item_get_item (list_item), list_item);
}

static void
trygg_risk_heatmap_pane_dispose (GObject *object)
{
  TryggRiskHeatmapPane *self = TRYGG_RISK_HEATMAP_PANE (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->risks);
  G_OBJECT_CLASS (trygg_risk_heatmap_pane_parent_class)->dispose (object);
}

/* While the view is hidden its list is too: the view stack measures hidden views at every
 * layout, and the list holds up to 200 rows after each reload. The model, the selection and
 * the scroll position stay. */
static void
trygg_risk_heatmap_pane_map (GtkWidget *widget)
{
  gtk_widget_set_visible (TRYGG_RISK_HEATMAP_PANE (widget)->scroller, TRUE);
  GTK_WIDGET_CLASS (trygg_risk_heatmap_pane_parent_class)->map (widget);
}

static void
trygg_risk_heatmap_pane_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (trygg_risk_heatmap_pane_parent_class)->unmap (widget);
  gtk_widget_set_visible (TRYGG_RISK_HEATMAP_PANE (widget)->scroller, FALSE);
}

static void
trygg_risk_heatmap_pane_class_init (TryggRiskHeatmapPaneClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_risk_heatmap_pane_dispose;
  GTK_WIDGET_CLASS (klass)->map = trygg_risk_heatmap_pane_map;
  GTK_WIDGET_CLASS (klass)->unmap = trygg_risk_heatmap_pane_unmap;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);

  /**
   * TryggRiskHeatmapPane::risk-activated:
   * @risk_id: the risk to open
   */
  signals[RISK_ACTIVATED] = g_signal_new ("risk-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
trygg_risk_heatmap_pane_init (TryggRiskHeatmapPane *self)
{
}

static GtkWidget *
build_view_switch (TryggRiskHeatmapPane *self)
{
  const char *labels[] = { N_("_Initial"), N_("_Residual"), N_("_Both") };
  const char *tips[] = {
    N_("The risks where they were assessed before the measures"),
    N_("The risks where they are expected after the measures"),
    N_("Both, with an arrow from the initial to the residual risk"),
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_mnemonic (_(labels[i]));

      gtk_widget_set_tooltip_text (button, _(tips[i]));
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button),
                                     GTK_TOGGLE_BUTTON (self->view_buttons[0]));
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), i == 0);
      g_signal_connect (button, "toggled", G_CALLBACK (on_view_toggled), self);
      gtk_box_append (GTK_BOX (box), button);
      self->view_buttons[i] = button;
    }
  return box;
}

static GtkWidget *
build_side (TryggRiskHeatmapPane *self)
{
  GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (_("Risks on the map"));
  GtkWidget *close = gtk_button_new_from_icon_name ("window-close-symbolic");
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->count_label));

  /* the filter chip */
  self->chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  self->chip_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->chip_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->chip, "risk-filter-chip");
  gtk_widget_set_halign (self->chip, GTK_ALIGN_START);
  gtk_widget_add_css_class (close, "flat");
  gtk_widget_add_css_class (close, "circular");
  gtk_widget_set_tooltip_text (close, _("Show all risks"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (close), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove the filter and show all risks"), -1);
  g_signal_connect_swapped (close, "clicked", G_CALLBACK (on_clear_filter), self);
  gtk_box_append (GTK_BOX (self->chip), gtk_image_new_from_icon_name ("edit-find-symbolic"));
  gtk_box_append (GTK_BOX (self->chip), GTK_WIDGET (self->chip_label));
  gtk_box_append (GTK_BOX (self->chip), close);
  gtk_widget_set_visible (self->chip, FALSE);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (
      GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory));
  gtk_list_view_set_single_click_activate (self->list_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Risks on the map"), -1);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (on_list_activate), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list_view));
  gtk_widget_set_vexpand (scroller, TRUE);
  self->scroller = scroller;
  gtk_widget_set_visible (scroller, FALSE);  /* shown when mapped */

  gtk_box_append (GTK_BOX (side), header);
  gtk_box_append (GTK_BOX (side), self->chip);
  gtk_box_append (GTK_BOX (side), scroller);
  /* the list takes what its rows need (about 36 characters), the heatmap the rest */
  gtk_widget_set_size_request (side, 260, -1);
  gtk_widget_set_hexpand (side, FALSE);
  gtk_widget_set_margin_top (side, 12);
  gtk_widget_set_margin_bottom (side, 12);
  gtk_widget_set_margin_end (side, 12);
  return side;
}

GtkWidget *
trygg_risk_heatmap_pane_new (TryggDatabase *db,
                             GListModel    *risks)
{
  TryggRiskHeatmapPane *self = g_object_new (TRYGG_TYPE_RISK_HEATMAP_PANE, NULL);
  GtkWidget *main = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->risks = g_object_ref (risks);
  self->filter = GTK_FILTER (gtk_custom_filter_new (in_cell, self, NULL));
  self->filtered = gtk_filter_list_model_new (g_object_ref (risks), self->filter);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_list_selected), self);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);

  self->heatmap = TRYGG_RISK_HEATMAP (trygg_risk_heatmap_new (db));
  gtk_widget_set_hexpand (GTK_WIDGET (self->heatmap), TRUE);
  /* below this the cells and the axis texts are too small to read */
  gtk_widget_set_size_request (GTK_WIDGET (self->heatmap), 340, 300);
  gtk_widget_set_vexpand (GTK_WIDGET (self->heatmap), TRUE);
  /* the heatmap's signals, when it has them */
  if (g_signal_lookup ("filter-changed", TRYGG_TYPE_RISK_HEATMAP) != 0)
    g_signal_connect_object (self->heatmap, "filter-changed",
                             G_CALLBACK (trygg_risk_heatmap_pane_refilter), self,
                             G_CONNECT_SWAPPED);
  if (g_signal_lookup ("risk-activated", TRYGG_TYPE_RISK_HEATMAP) != 0)
    g_signal_connect_object (self->heatmap, "risk-activated",
                             G_CALLBACK (on_heatmap_risk_activated), self, 0);

  gtk_box_append (GTK_BOX (main), build_view_switch (self));
  gtk_box_append (GTK_BOX (main), GTK_WIDGET (self->heatmap));
  gtk_widget_set_margin_top (main, 12);
  gtk_widget_set_margin_bottom (main, 12);
  gtk_widget_set_margin_start (main, 12);
  gtk_widget_set_hexpand (main, TRUE);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (self->box), main);
  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (self->box), build_side (self));
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  update_count (self);
  return GTK_WIDGET (self);
}
