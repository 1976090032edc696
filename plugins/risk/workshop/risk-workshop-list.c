/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list beside the workshop's heatmap. A GtkListView over every risk of the analysis
 * (a GListStore reloaded when the database changes, keeping the chosen risk), filtered to the
 * heatmap's cell when one is chosen there. Above it, how many risks it shows and, with a
 * filter, which cell and a button back to all of them.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-workshop-list.h"
#include "risk-workshop-row.h"

struct _TryggRiskWorkshopList
{
  GtkWidget           parent_instance;
  GtkWidget          *box;
  GtkWidget          *count_label;
  GtkWidget          *filter_bar;
  GtkWidget          *filter_label;
  GtkWidget          *stack;
  GtkWidget          *list_view;
  GListStore         *store;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;
  TryggDatabase      *db;
  gint64              analysis_id;
  int                 view;
  int                 probability;
  int                 consequence;
  gint64              selected;
  gboolean            reloading;
};

G_DEFINE_FINAL_TYPE (TryggRiskWorkshopList, trygg_risk_workshop_list, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_SELECTED_RISK, N_PROPS };
static GParamSpec *properties[N_PROPS];

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  TryggRiskWorkshopList *self = user_data;

  return trygg_risk_workshop_item_in_cell (item, self->view, self->probability,
                                           self->consequence);
}

static void
update_header (TryggRiskWorkshopList *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  gboolean filtered = self->probability > 0 && self->consequence > 0;
  g_autofree char *count = NULL;

  if (filtered)
    {
      g_autofree char *cell = NULL;

      /* Translators: how many risks of all the list shows, e.g. "2 of 12 risks" */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u risk", "%u of %u risks",
                                            total), shown, total);
      /* Translators: the heatmap cell the list is filtered by, as levels */
      cell = g_strdup_printf (_("Probability %d, consequence %d"), self->probability,
                              self->consequence);
      gtk_label_set_text (GTK_LABEL (self->filter_label), cell);
    }
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u risk", "%u risks", total), total);
  gtk_label_set_text (GTK_LABEL (self->count_label), count);
  gtk_widget_set_visible (self->filter_bar, filtered);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    shown > 0 ? "list" : filtered ? "none-here" : "empty");
}

static guint
position_of (TryggRiskWorkshopList *self,
             gint64                 risk_id)
{
  GListModel *model = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TryggRiskWorkshopItem) item = g_list_model_get_item (model, i);
      if (trygg_risk_workshop_item_get_id (item) == risk_id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
set_selected (TryggRiskWorkshopList *self,
              gint64                 risk_id)
{
  if (self->selected == risk_id)
    return;
  self->selected = risk_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_RISK]);
}

static void
on_selection_changed (TryggRiskWorkshopList *self)
{
  TryggRiskWorkshopItem *item = gtk_single_selection_get_selected_item (self->selection);

  /* a reload or a filter that hides the chosen risk keeps it chosen for when it returns */
  if (self->reloading || (item == NULL && self->selected != 0 &&
                          position_of (self, self->selected) == GTK_INVALID_LIST_POSITION))
    return;
  set_selected (self, item != NULL ? trygg_risk_workshop_item_get_id (item) : 0);
}

static void
restore_selection (TryggRiskWorkshopList *self)
{
  guint position = self->selected != 0 ? position_of (self, self->selected)
                                       : GTK_INVALID_LIST_POSITION;

  self->reloading = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->reloading = FALSE;
}

void
trygg_risk_workshop_list_reload (TryggRiskWorkshopList *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TRYGG_IS_RISK_WORKSHOP_LIST (self));
  if (self->analysis_id > 0)
    {
      items = trygg_risk_workshop_load_items (self->db, self->analysis_id, &error);
      if (items == NULL && !g_error_matches (error, TRYGG_DATABASE_ERROR,
                                             TRYGG_DATABASE_ERROR_NOT_FOUND))
        trygg_toast_error (GTK_WIDGET (self), error->message);
    }
  self->reloading = TRUE;
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items != NULL ? items->pdata : NULL, items != NULL ? items->len : 0);
  self->reloading = FALSE;
  restore_selection (self);
  update_header (self);
}

static void
on_database_changed (TryggRiskWorkshopList *self,
                     const char            *table)
{
  if (g_str_has_prefix (table, "risk") || g_str_equal (table, "action") ||
      g_str_equal (table, "person"))
    trygg_risk_workshop_list_reload (self);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, trygg_risk_workshop_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  TryggRiskWorkshopList *self = user_data;

  trygg_risk_workshop_row_bind (TRYGG_RISK_WORKSHOP_ROW (gtk_list_item_get_child (list_item)),
                                gtk_list_item_get_item (list_item), self->view);
}

static void
trygg_risk_workshop_list_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  TryggRiskWorkshopList *self = TRYGG_RISK_WORKSHOP_LIST (object);

  switch (prop_id)
    {
    case PROP_SELECTED_RISK:
      g_value_set_int64 (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trygg_risk_workshop_list_dispose (GObject *object)
{
  TryggRiskWorkshopList *self = TRYGG_RISK_WORKSHOP_LIST (object);

  if (self->db != NULL)
    g_signal_handlers_disconnect_by_data (self->db, self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_risk_workshop_list_parent_class)->dispose (object);
}

static void
trygg_risk_workshop_list_class_init (TryggRiskWorkshopListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = trygg_risk_workshop_list_get_property;
  object_class->dispose = trygg_risk_workshop_list_dispose;
  properties[PROP_SELECTED_RISK] =
    g_param_spec_int64 ("selected-risk", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static GtkWidget *
make_empty (const char *title,
            const char *description)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *text = gtk_label_new (description);

  gtk_widget_add_css_class (heading, "workshop-heading");
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (text, "dim-label");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), text);
  return box;
}

static void
build_header (TryggRiskWorkshopList *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (_("Risks"));
  GtkWidget *show_all = gtk_button_new_with_mnemonic (_("Show _all"));

  gtk_widget_add_css_class (title, "workshop-heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  self->count_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->count_label, "workshop-count");
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), self->count_label);
  gtk_box_append (GTK_BOX (self->box), header);

  self->filter_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->filter_bar, "workshop-filter");
  self->filter_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->filter_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->filter_label), 0);
  gtk_widget_set_hexpand (self->filter_label, TRUE);
  gtk_box_append (GTK_BOX (self->filter_bar),
                  gtk_image_new_from_icon_name ("edit-find-symbolic"));
  gtk_box_append (GTK_BOX (self->filter_bar), self->filter_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (show_all), "workshop.show-all");
  gtk_widget_set_tooltip_text (show_all, _("Show the risks of every cell"));
  gtk_box_append (GTK_BOX (self->filter_bar), show_all);
  gtk_widget_set_visible (self->filter_bar, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->filter_bar);
}

static void
trygg_risk_workshop_list_init (TryggRiskWorkshopList *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  build_header (self);

  self->store = g_list_store_new (TRYGG_TYPE_RISK_WORKSHOP_ITEM);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (self->store),
                                              GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (on_selection_changed), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  self->list_view = gtk_list_view_new (g_object_ref (GTK_SELECTION_MODEL (self->selection)),
                                       factory);
  gtk_widget_add_css_class (self->list_view, "workshop-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Risks"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list_view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (self->stack),
                       make_empty (_("No risks yet"),
                                   _("Describe an undesired event below and press Enter. "
                                     "It appears on the matrix, ready to be moved.")),
                       "empty");
  gtk_stack_add_named (GTK_STACK (self->stack),
                       make_empty (_("No risks in this cell"),
                                   _("Choose another cell, or show all risks.")),
                       "none-here");
  gtk_box_append (GTK_BOX (self->box), self->stack);
  update_header (self);
}

GtkWidget *
trygg_risk_workshop_list_new (TryggDatabase *db)
{
  TryggRiskWorkshopList *self = g_object_new (TRYGG_TYPE_RISK_WORKSHOP_LIST, NULL);

  self->db = g_object_ref (db);
  g_signal_connect_swapped (db, "changed", G_CALLBACK (on_database_changed), self);
  return GTK_WIDGET (self);
}

void
trygg_risk_workshop_list_set_analysis (TryggRiskWorkshopList *self,
                                       gint64                 analysis_id)
{
  g_return_if_fail (TRYGG_IS_RISK_WORKSHOP_LIST (self));
  self->analysis_id = analysis_id;
  set_selected (self, 0);
  trygg_risk_workshop_list_reload (self);
}

void
trygg_risk_workshop_list_set_view (TryggRiskWorkshopList *self,
                                   int                    view)
{
  g_return_if_fail (TRYGG_IS_RISK_WORKSHOP_LIST (self));
  if (self->view == view)
    return;
  self->view = view;
  /* the rows show other bands: bind them again; the cell means other scores */
  trygg_risk_workshop_list_reload (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  restore_selection (self);
  update_header (self);
}

void
trygg_risk_workshop_list_set_cell (TryggRiskWorkshopList *self,
                                   int                    probability,
                                   int                    consequence)
{
  g_return_if_fail (TRYGG_IS_RISK_WORKSHOP_LIST (self));
  if (self->probability == probability && self->consequence == consequence)
    return;
  self->probability = probability;
  self->consequence = consequence;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  restore_selection (self);
  update_header (self);
}

GListModel *
trygg_risk_workshop_list_get_items (TryggRiskWorkshopList *self)
{
  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_LIST (self), NULL);
  return G_LIST_MODEL (self->store);
}

GListModel *
trygg_risk_workshop_list_get_shown (TryggRiskWorkshopList *self)
{
  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_LIST (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

gint64
trygg_risk_workshop_list_get_selected (TryggRiskWorkshopList *self)
{
  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_LIST (self), 0);
  return self->selected;
}

TryggRiskWorkshopItem *
trygg_risk_workshop_list_get_selected_item (TryggRiskWorkshopList *self)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_LIST (self), NULL);
  model = G_LIST_MODEL (self->store);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n && self->selected != 0; i++)
    {
      g_autoptr(TryggRiskWorkshopItem) item = g_list_model_get_item (model, i);
      if (trygg_risk_workshop_item_get_id (item) == self->selected)
        return item;  /* the store holds it */
    }
  return NULL;
}

gboolean
trygg_risk_workshop_list_select (TryggRiskWorkshopList *self,
                                 gint64                 risk_id)
{
  guint position;

  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_LIST (self), FALSE);
  position = position_of (self, risk_id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  set_selected (self, risk_id);
  restore_selection (self);
  gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", position);
  return TRUE;
}
