/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggActionplanPage: the yearly action plan. A year selector; the plan as a board (areas ×
 * quarters) or as a list; the detail pane of the chosen activity, which saves as you type;
 * add, delete with Undo, and the follow-up report as PDF.
 *
 * The board and the list share one GtkSingleSelection over a GListStore of the year's items,
 * reloaded (in place: the same objects stay) whenever a transaction touches the plan, the
 * actions or the persons — so a status set in the Actions page shows here at once.
 */
#define G_LOG_DOMAIN "trygg-actionplan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "actionplan-model.h"
#include "actionplan-page-private.h"
#include "actionplan-status-badge.h"
#include "trygg-toast.h"

G_DEFINE_FINAL_TYPE (TryggActionplanPage, trygg_actionplan_page, GTK_TYPE_WIDGET)

void
trygg_actionplan_page_toast (TryggActionplanPage *self,
                             AdwToast            *toast)
{
  trygg_toast_add (GTK_WIDGET (self), toast);
}

void
trygg_actionplan_page_show_error (TryggActionplanPage *self,
                                  const GError        *error)
{
  trygg_toast_error (GTK_WIDGET (self), error->message);
}

void
trygg_actionplan_page_update_actions (TryggActionplanPage *self)
{
  gboolean selected = gtk_single_selection_get_selected_item (self->selection) != NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actionplan.delete", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actionplan.close-detail", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actionplan.print", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actionplan.undo", self->undo_last > 0);
  gtk_stack_set_visible_child_name (self->content_stack, n > 0 ? "plan" : "empty");
}

/* The position of the item @id in the list, or GTK_INVALID_LIST_POSITION */
guint
trygg_actionplan_page_find_item (TryggActionplanPage *self,
                                 gint64               id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->store)); i++)
    {
      g_autoptr(TryggActionplanItem) item = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      if (trygg_actionplan_item_get_id (item) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
on_selection_changed (TryggActionplanPage *self)
{
  TryggActionplanItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (self->reloading)
    return;
  trygg_actionplan_detail_set_item (self->detail, item);
  adw_flap_set_reveal_flap (self->flap, item != NULL);
  trygg_actionplan_page_update_actions (self);
}

/* Reads the year's items again; the chosen activity stays chosen while it is there. */
void
trygg_actionplan_page_reload (TryggActionplanPage *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(TryggActionplanItem) selected = item != NULL ? g_object_ref (item) : NULL;
  gint64 id = selected != NULL ? trygg_actionplan_item_get_id (selected) : 0;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  /* a pending edit first: the reload must not overwrite what was just typed */
  trygg_actionplan_detail_flush (self->detail);
  /* an item that only moved (a new area) stays chosen, its pane open, the focus in it */
  self->reloading = TRUE;
  trygg_actionplan_store_reload (self->store, self->db, self->year);
  if (id != 0)
    gtk_single_selection_set_selected (self->selection,
                                       trygg_actionplan_page_find_item (self, id));
  self->reloading = FALSE;
  if (gtk_single_selection_get_selected_item (self->selection) != (gpointer) selected)
    on_selection_changed (self);
  trygg_actionplan_page_update_actions (self);
}

static gboolean
reload_idle (gpointer data)
{
  TryggActionplanPage *self = data;

  self->reload_source = 0;
  trygg_actionplan_page_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (TryggDatabase       *db,
                     const char          *table,
                     TryggActionplanPage *self)
{
  if ((g_str_equal (table, "actionplan_item") || g_str_equal (table, "action") ||
       g_str_equal (table, "person")) && self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
on_reveal_flap (TryggActionplanPage *self)
{
  /* the folded pane was closed (its shield clicked): nothing is chosen any more */
  if (!adw_flap_get_reveal_flap (self->flap))
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
on_column_view_activate (TryggActionplanPage *self,
                         guint                position)
{
  gtk_single_selection_set_selected (self->selection, position);
  trygg_actionplan_detail_focus_title (self->detail);
}

/**
 * trygg_actionplan_page_set_year:
 *
 * Shows @year's plan. A pending edit is saved first.
 */
void
trygg_actionplan_page_set_year (TryggActionplanPage *self,
                                int                  year)
{
  g_autofree char *label = g_strdup_printf ("%d", year);
  g_autofree char *previous = g_strdup_printf (_("Show %d"), year - 1);
  g_autofree char *next = g_strdup_printf (_("Show %d"), year + 1);
  g_autofree char *empty = g_strdup_printf (_("No activities planned for %d"), year);

  g_return_if_fail (TRYGG_IS_ACTIONPLAN_PAGE (self));
  g_return_if_fail (year >= 1000 && year <= 9999);

  trygg_actionplan_detail_flush (self->detail);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->year = year;
  g_list_store_remove_all (self->store);
  gtk_label_set_label (self->year_label, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->previous_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, previous, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, next, -1);
  adw_status_page_set_title (self->empty_page, empty);
  trygg_actionplan_board_set_year (self->board, year);
  trygg_actionplan_page_reload (self);
}

/**
 * trygg_actionplan_page_select_uuid:
 *
 * Shows the activity @uuid (a search hit): its year, chosen, in the detail pane.
 * Returns: %FALSE when there is no such activity
 */
gboolean
trygg_actionplan_page_select_uuid (TryggActionplanPage *self,
                                   const char          *uuid)
{
  int year;
  gint64 id;

  g_return_val_if_fail (TRYGG_IS_ACTIONPLAN_PAGE (self), FALSE);

  if (uuid == NULL || !trygg_actionplan_find_uuid (self->db, uuid, &year, &id))
    return FALSE;
  if (year != self->year)
    trygg_actionplan_page_set_year (self, year);
  gtk_single_selection_set_selected (self->selection, trygg_actionplan_page_find_item (self, id));
  return gtk_single_selection_get_selected_item (self->selection) != NULL;
}

int
trygg_actionplan_page_get_year (TryggActionplanPage *self)
{
  return self->year;
}

GtkSingleSelection *
trygg_actionplan_page_get_selection (TryggActionplanPage *self)
{
  return self->selection;
}

GtkWidget *
trygg_actionplan_page_get_board (TryggActionplanPage *self)
{
  return GTK_WIDGET (self->board);
}

GtkWidget *
trygg_actionplan_page_get_detail (TryggActionplanPage *self)
{
  return GTK_WIDGET (self->detail);
}

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             const char               *property)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkExpression *expression;
  int width = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "width-chars"));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), width);
  gtk_list_item_set_child (list_item, label);
  expression = gtk_property_expression_new (TRYGG_TYPE_ACTIONPLAN_ITEM,
      gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item"), property);
  gtk_expression_bind (gtk_expression_ref (expression), label, "label", list_item);
  /* the whole text of a cut one */
  gtk_expression_bind (expression, label, "tooltip-text", list_item);
}

static void
setup_status (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  GtkWidget *badge = trygg_actionplan_status_badge_new (NULL, FALSE);
  GtkExpression *item = gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item");

  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  gtk_list_item_set_child (list_item, badge);
  gtk_expression_bind (gtk_property_expression_new (TRYGG_TYPE_ACTIONPLAN_ITEM,
                                                    gtk_expression_ref (item), "plan-status"),
                       badge, "status", list_item);
  gtk_expression_bind (gtk_property_expression_new (TRYGG_TYPE_ACTIONPLAN_ITEM, item, "late"),
                       badge, "late", list_item);
}

static void
add_column (TryggActionplanPage *self,
            const char          *title,
            const char          *property,
            int                  width_chars,
            gboolean             expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "width-chars", GINT_TO_POINTER (width_chars));
  if (property != NULL)
    g_signal_connect (factory, "setup", G_CALLBACK (setup_label), (gpointer) property);
  else
    g_signal_connect (factory, "setup", G_CALLBACK (setup_status), NULL);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
}

static void
trygg_actionplan_page_dispose (GObject *object)
{
  TryggActionplanPage *self = TRYGG_ACTIONPLAN_PAGE (object);

  if (self->detail != NULL)
    trygg_actionplan_detail_flush (self->detail);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_id, self->db);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRYGG_TYPE_ACTIONPLAN_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_actionplan_page_parent_class)->dispose (object);
}

static void
trygg_actionplan_page_class_init (TryggActionplanPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = trygg_actionplan_page_dispose;

  g_type_ensure (TRYGG_TYPE_ACTIONPLAN_BOARD);
  g_type_ensure (TRYGG_TYPE_ACTIONPLAN_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class,
      "/io/github/trygg/Trygg/plugins/actionplan/actionplan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanPage, box);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanPage, year_label);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanPage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanPage, flap);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanPage, board);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanPage, detail);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);

  trygg_actionplan_page_install_actions (widget_class);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trygg_actionplan_page_init (TryggActionplanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->store = g_list_store_new (TRYGG_TYPE_ACTIONPLAN_ITEM);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->store)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->flap, "notify::reveal-flap", G_CALLBACK (on_reveal_flap),
                            self);

  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  add_column (self, _("Area"), "area", 12, FALSE);
  add_column (self, _("Activity"), "title", 24, TRUE);
  add_column (self, _("Quarters"), "quarters-text", 0, FALSE);
  add_column (self, _("Status"), NULL, 0, FALSE);
  add_column (self, _("Responsible"), "responsible-name", 10, FALSE);
  add_column (self, _("Status comment"), "status-comment", 16, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Activities of the year"), -1);
  trygg_actionplan_board_set_model (self->board, self->selection);

  gtk_widget_set_tooltip_text (self->previous_button, _("Previous year (Ctrl+Page Up)"));
  gtk_widget_set_tooltip_text (self->next_button, _("Next year (Ctrl+Page Down)"));
}

/* Returns: (transfer full): the action plan page on @db, showing this year */
GtkWidget *
trygg_actionplan_page_new (TryggDatabase *db)
{
  TryggActionplanPage *self = g_object_new (TRYGG_TYPE_ACTIONPLAN_PAGE, NULL);
  int year;

  self->db = g_object_ref (db);
  trygg_actionplan_detail_set_database (self->detail, db);
  self->changed_id = g_signal_connect (db, "changed", G_CALLBACK (on_database_changed), self);
  trygg_actionplan_current_quarter (&year);
  trygg_actionplan_page_set_year (self, year);
  return GTK_WIDGET (self);
}
