/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskList: the "Risks" view of an analysis — a GtkColumnView of its risks (number,
 * event, probability, consequence, value, band, residual value, treatment, owner, status,
 * measures), sortable by every column, and beside it the editor of the chosen risk. The rows
 * are the page's TryggRiskItems, which a reload updates in place, so that sorting and the
 * selection survive every save.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-list.h"
#include "risk-page-util.h"

struct _TryggRiskList
{
  GtkWidget           parent_instance;

  GtkWidget          *stack;
  GtkWidget          *pane;
  GtkWidget          *separator;
  GtkWidget          *scroller;
  GtkColumnView      *column_view;
  TryggRiskDetail    *detail;

  GListModel         *risks;
  GtkSingleSelection *selection;
  gint64              analysis_id;
};

G_DEFINE_FINAL_TYPE (TryggRiskList, trygg_risk_list, GTK_TYPE_WIDGET)

void
trygg_risk_list_update_state (TryggRiskList *self)
{
  gboolean any = g_list_model_get_n_items (self->risks) > 0;

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), any ? "list" : "empty");
}

static void
on_selection_changed (TryggRiskList *self)
{
  TryggRiskItem *item = gtk_single_selection_get_selected_item (self->selection);

  trygg_risk_detail_set_risk (self->detail, self->analysis_id, item);
  gtk_widget_set_visible (GTK_WIDGET (self->detail), item != NULL);
  gtk_widget_set_visible (self->separator, item != NULL);
}

static void
on_activate (TryggRiskList *self,
             guint          position)
{
  gtk_single_selection_set_selected (self->selection, position);
  trygg_risk_detail_focus_event (self->detail);
}

void
trygg_risk_list_set_analysis (TryggRiskList *self,
                              gint64         analysis_id)
{
  g_return_if_fail (TRYGG_IS_RISK_LIST (self));

  self->analysis_id = analysis_id;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  trygg_risk_detail_set_risk (self->detail, analysis_id, NULL);
  trygg_risk_list_update_state (self);
}

/* Chooses the risk @risk_id and opens its editor. Returns: %FALSE when it is not listed */
gboolean
trygg_risk_list_select (TryggRiskList *self,
                        gint64         risk_id)
{
  guint position = trygg_risk_items_find (G_LIST_MODEL (self->selection), risk_id);

  if (position == G_MAXUINT)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u",
                              position);
  return TRUE;
}

/* Returns: (transfer none) (nullable): the chosen risk */
TryggRiskItem *
trygg_risk_list_get_selected (TryggRiskList *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

TryggRiskDetail *
trygg_risk_list_get_detail (TryggRiskList *self)
{
  return self->detail;
}

GtkColumnView *
trygg_risk_list_get_column_view (TryggRiskList *self)
{
  return self->column_view;
}

/* Columns */

static gboolean
on_query_tooltip (GtkWidget  *label,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  const char *text = gtk_label_get_text (GTK_LABEL (label));

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             const char               *property)
{
  GtkWidget *label = gtk_label_new (NULL);
  gboolean numeric = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "numeric"));
  GtkExpression *expression = gtk_property_expression_new (TRYGG_TYPE_RISK_ITEM,
      gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item"), property);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (g_str_equal (property, "number"))
    gtk_widget_add_css_class (label, "risk-number");
  gtk_list_item_set_child (list_item, label);
  /* the whole text as tooltip, read when asked for: setting "tooltip-text" on every bind
   * makes GTK 4.8 ask the X server where the pointer is, once per cell */
  if (!numeric)
    {
      gtk_widget_set_has_tooltip (label, TRUE);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
    }
  gtk_expression_bind (expression, label, "label", list_item);
}

static void
update_band (GtkWidget     *label,
             TryggRiskItem *item)
{
  g_autofree char *name = NULL;
  g_autofree char *colour = NULL;
  int value;

  g_object_get (item, "band-name", &name, "band-colour", &colour, "value", &value, NULL);
  trygg_risk_band_label_set (label, name, colour, value);
}

static void
on_band_notify (GtkWidget     *label,
                GParamSpec    *pspec,
                TryggRiskItem *item)
{
  update_band (label, item);
}

static void
setup_band (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, trygg_risk_band_label_new ());
}

static void
bind_band (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  TryggRiskItem *item = gtk_list_item_get_item (list_item);

  update_band (label, item);
  g_signal_connect_object (item, "notify::band-name", G_CALLBACK (on_band_notify), label,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::value", G_CALLBACK (on_band_notify), label,
                           G_CONNECT_SWAPPED);
}

static void
unbind_band (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item)
{
  g_signal_handlers_disconnect_by_data (gtk_list_item_get_item (list_item),
                                        gtk_list_item_get_child (list_item));
}

static GtkSorter *
make_sorter (const char *property,
             gboolean    numeric)
{
  GtkExpression *expression = gtk_property_expression_new (TRYGG_TYPE_RISK_ITEM, NULL,
                                                           property);

  if (numeric)
    return GTK_SORTER (gtk_numeric_sorter_new (expression));
  return GTK_SORTER (gtk_string_sorter_new (expression));
}

static GtkColumnViewColumn *
add_column (TryggRiskList *self,
            const char    *title,
            const char    *property,
            const char    *sort_property,
            gboolean       numeric,
            gboolean       expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  GtkSorter *sorter;

  if (property != NULL)
    {
      g_object_set_data (G_OBJECT (factory), "numeric", GINT_TO_POINTER (numeric));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_label), (gpointer) property);
    }
  else
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_band), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_band), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_band), NULL);
    }
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  sorter = make_sorter (sort_property, numeric || property == NULL);
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
  return column;
}

static void
add_columns (TryggRiskList *self)
{
  GtkColumnViewColumn *number;

  /* Translators: the column of risk numbers */
  number = add_column (self, C_("risk column", "No."), "number", "number", TRUE, FALSE);
  add_column (self, _("Undesired event"), "event", "event", FALSE, TRUE);
  /* Translators: the column of probability levels (short) */
  add_column (self, C_("risk column", "P"), "probability", "probability", TRUE, FALSE);
  /* Translators: the column of consequence levels (short) */
  add_column (self, C_("risk column", "C"), "consequence", "consequence", TRUE, FALSE);
  add_column (self, C_("risk column", "Band"), NULL, "value", TRUE, FALSE);
  add_column (self, C_("risk column", "Residual"), "residual-text", "residual-value", TRUE,
              FALSE);
  add_column (self, _("Treatment"), "treatment-label", "treatment-label", FALSE, FALSE);
  add_column (self, _("Owner"), "owner-name", "owner-name", FALSE, FALSE);
  add_column (self, _("Status"), "status-label", "status-label", FALSE, FALSE);
  add_column (self, _("Measures"), "measure-count", "measure-count", TRUE, FALSE);
  gtk_column_view_sort_by_column (self->column_view, number, GTK_SORT_ASCENDING);
}

static void
trygg_risk_list_dispose (GObject *object)
{
  TryggRiskList *self = TRYGG_RISK_LIST (object);

  g_clear_pointer (&self->stack, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->risks);
  G_OBJECT_CLASS (trygg_risk_list_parent_class)->dispose (object);
}

/* While the view is hidden its table is too: the view stack measures hidden views at every
 * layout, and the table holds up to 200 rows of 10 cells after each reload. The model, the
 * selection and the scroll position stay. */
static void
trygg_risk_list_map (GtkWidget *widget)
{
  TryggRiskList *self = TRYGG_RISK_LIST (widget);

  gtk_widget_set_visible (self->scroller, TRUE);
  GTK_WIDGET_CLASS (trygg_risk_list_parent_class)->map (widget);
}

static void
trygg_risk_list_unmap (GtkWidget *widget)
{
  TryggRiskList *self = TRYGG_RISK_LIST (widget);

  GTK_WIDGET_CLASS (trygg_risk_list_parent_class)->unmap (widget);
  gtk_widget_set_visible (self->scroller, FALSE);
}

static void
trygg_risk_list_class_init (TryggRiskListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_risk_list_dispose;
  GTK_WIDGET_CLASS (klass)->map = trygg_risk_list_map;
  GTK_WIDGET_CLASS (klass)->unmap = trygg_risk_list_unmap;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
trygg_risk_list_init (TryggRiskList *self)
{
}

static GtkWidget *
make_empty (void)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add Risk"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-warning-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No risks yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
      _("Add the risks the workshop finds: what could happen, why, and what it would lead to. "
        "Workshop mode (F5) adds them in front of everyone."));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "risk.add-risk");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  adw_status_page_set_child (ADW_STATUS_PAGE (page), button);
  return page;
}

GtkWidget *
trygg_risk_list_new (TryggDatabase *db,
                     GListModel    *risks)
{
  TryggRiskList *self = g_object_new (TRYGG_TYPE_RISK_LIST, NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkSortListModel *sorted;

  self->scroller = scroller;
  gtk_widget_set_visible (scroller, FALSE);  /* shown when mapped */

  self->risks = g_object_ref (risks);
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Risks of the analysis"), -1);
  add_columns (self);
  sorted = gtk_sort_list_model_new (g_object_ref (risks),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->column_view, "activate", G_CALLBACK (on_activate), self);
  g_signal_connect_object (risks, "items-changed", G_CALLBACK (trygg_risk_list_update_state),
                           self, G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller),
                                 GTK_WIDGET (self->column_view));

  self->detail = TRYGG_RISK_DETAIL (trygg_risk_detail_new (db));
  gtk_widget_set_size_request (GTK_WIDGET (self->detail), 420, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->detail), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->detail), "background");
  gtk_widget_set_hexpand (scroller, TRUE);
  gtk_widget_set_size_request (scroller, 280, -1);

  /* the table, and the editor of the chosen risk beside it */
  self->pane = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  self->separator = gtk_separator_new (GTK_ORIENTATION_VERTICAL);
  gtk_widget_set_visible (self->separator, FALSE);
  gtk_box_append (GTK_BOX (self->pane), scroller);
  gtk_box_append (GTK_BOX (self->pane), self->separator);
  gtk_box_append (GTK_BOX (self->pane), GTK_WIDGET (self->detail));

  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), self->pane, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), make_empty (), "empty");
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
  trygg_risk_list_update_state (self);
  return GTK_WIDGET (self);
}
