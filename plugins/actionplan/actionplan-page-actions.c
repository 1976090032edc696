/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the action plan page's buttons and shortcuts do: change the year, add an activity,
 * delete one with Undo (the delete's change-log entries played back), close the detail pane,
 * and write the follow-up as PDF to a file the user picks.
 */
#define G_LOG_DOMAIN "trygg-actionplan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "actionplan-model.h"
#include "actionplan-page-private.h"
#include "actionplan-report.h"

static void
year_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TryggActionplanPage *self = TRYGG_ACTIONPLAN_PAGE (widget);
  int step = g_str_equal (action_name, "actionplan.next-year") ? 1 : -1;

  if (self->year + step >= 1000 && self->year + step <= 9999)
    trygg_actionplan_page_set_year (self, self->year + step);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  TryggActionplanPage *self = TRYGG_ACTIONPLAN_PAGE (widget);
  TryggActionplanItem *selected = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(TryggActionplanItem) item = trygg_actionplan_item_new (self->year);
  g_autoptr(GError) error = NULL;
  int this_year;
  guint quarter = trygg_actionplan_current_quarter (&this_year);

  if (!trygg_actionplan_detail_flush (self->detail))
    return;
  g_object_set (item,
                "title", _("New activity"),
                "area", selected != NULL ? trygg_actionplan_item_get_area (selected) : "",
                "quarters", 1u << ((self->year == this_year ? quarter : 1) - 1),
                NULL);
  if (!trygg_actionplan_item_save (item, self->db, &error))
    {
      trygg_actionplan_page_show_error (self, error);
      return;
    }
  trygg_actionplan_page_reload (self);
  gtk_single_selection_set_selected (self->selection,
      trygg_actionplan_page_find_item (self, trygg_actionplan_item_get_id (item)));
  trygg_actionplan_detail_focus_title (self->detail);
}

typedef struct {
  TryggActionplanPage *page;
  gint64               first;
  gint64               last;
  gint64               id;
} UndoData;

static void
free_undo (gpointer data)
{
  UndoData *undo = data;

  g_object_unref (undo->page);
  g_free (undo);
}

static void
undo_delete (TryggActionplanPage *self,
             gint64               first,
             gint64               last,
             gint64               id)
{
  g_autoptr(GError) error = NULL;

  if (last == 0 || self->db == NULL)
    return;
  if (self->undo_last == last)
    self->undo_first = self->undo_last = 0;
  if (!trygg_database_revert_changes (self->db, first, last, &error))
    {
      trygg_actionplan_page_show_error (self, error);
      return;
    }
  trygg_actionplan_page_reload (self);
  gtk_single_selection_set_selected (self->selection, trygg_actionplan_page_find_item (self, id));
}

static void
on_undo_clicked (AdwToast *t,
                 UndoData *undo)
{
  undo_delete (undo->page, undo->first, undo->last, undo->id);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TryggActionplanPage *self = TRYGG_ACTIONPLAN_PAGE (widget);

  undo_delete (self, self->undo_first, self->undo_last, self->undo_id);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TryggActionplanPage *self = TRYGG_ACTIONPLAN_PAGE (widget);
  TryggActionplanItem *item = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  UndoData *undo;
  AdwToast *t;

  if (item == NULL || !trygg_actionplan_detail_flush (self->detail))
    return;
  undo = g_new0 (UndoData, 1);
  undo->page = g_object_ref (self);
  undo->id = trygg_actionplan_item_get_id (item);
  if (!trygg_actionplan_item_delete (item, self->db, &undo->first, &undo->last, &error))
    {
      free_undo (undo);
      trygg_actionplan_page_show_error (self, error);
      return;
    }
  self->undo_first = undo->first;
  self->undo_last = undo->last;
  self->undo_id = undo->id;
  /* Translators: %s is the title of the deleted activity */
  message = g_strdup_printf (_("“%s” was deleted"), trygg_actionplan_item_get_title (item));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  trygg_actionplan_page_reload (self);

  t = adw_toast_new (message);
  adw_toast_set_button_label (t, _("_Undo"));
  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (t, "button-clicked", G_CALLBACK (on_undo_clicked), undo,
                         (GClosureNotify) (void (*) (void)) free_undo, 0);
  trygg_actionplan_page_toast (self, t);
}

static void
close_detail_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TryggActionplanPage *self = TRYGG_ACTIONPLAN_PAGE (widget);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
on_print_response (GtkNativeDialog     *chooser,
                   int                  response,
                   TryggActionplanPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;
  if (!trygg_actionplan_report_save (self->db, path, self->year, &error))
    {
      trygg_actionplan_page_show_error (self, error);
      return;
    }
  name = g_file_get_basename (file);
  /* Translators: %s is the name of the PDF file */
  message = g_strdup_printf (_("The follow-up was saved as “%s”"), name);
  trygg_actionplan_page_toast (self, adw_toast_new (message));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  TryggActionplanPage *self = TRYGG_ACTIONPLAN_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *name = NULL;

  if (!trygg_actionplan_detail_flush (self->detail) || self->chooser != NULL)
    return;
  self->chooser = GTK_NATIVE_DIALOG (
      gtk_file_chooser_native_new (_("Save the Follow-up of the Action Plan"),
                                   GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel")));
  /* Translators: the suggested file name of the follow-up report; %d is the year */
  name = g_strdup_printf (_("action-plan-%d.pdf"), self->year);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_print_response), self);
  gtk_native_dialog_show (self->chooser);
}

void
trygg_actionplan_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "actionplan.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "actionplan.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "actionplan.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "actionplan.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "actionplan.close-detail", NULL,
                                   close_detail_action);
  gtk_widget_class_install_action (widget_class, "actionplan.previous-year", NULL, year_action);
  gtk_widget_class_install_action (widget_class, "actionplan.next-year", NULL, year_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "actionplan.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK,
                                       "actionplan.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "actionplan.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "actionplan.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "actionplan.previous-year", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "actionplan.next-year", NULL);
}
