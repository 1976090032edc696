/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the risk page's buttons and shortcuts do: add a risk (Ctrl+N) and delete one (Delete)
 * with Undo (the delete's change-log entries played back; Ctrl+Z), workshop mode (F5), the
 * report, the heatmap and CSV exports to files the user picks, reopening an analysis, and
 * the dialogs of risk-page-dialogs.c.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-heatmap-render.h"
#include "risk-page-private.h"
#include "risk-report.h"
#include "risk-workshop.h"

static void
add_risk_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  TryggRiskPage *self = TRYGG_RISK_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (self->analysis_id == 0 || !trygg_risk_page_flush (self))
    return;
  if (!trygg_risk_add (self->db, self->analysis_id, "", 1, 1, &id, &error))
    {
      trygg_risk_page_show_error (self, error);
      return;
    }
  trygg_risk_page_reload (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "risks");
  trygg_risk_list_select (self->risk_list, id);
  trygg_risk_detail_focus_event (trygg_risk_list_get_detail (self->risk_list));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TryggRiskPage *self = TRYGG_RISK_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->undo_last == 0)
    return;
  if (!trygg_database_revert_changes (self->db, self->undo_first, self->undo_last, &error))
    trygg_risk_page_show_error (self, error);
  self->undo_first = self->undo_last = 0;
  trygg_risk_page_reload (self);
}

static void
on_undo_clicked (AdwToast      *toast,
                 TryggRiskPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "risk.undo", NULL);
}

/* A toast saying what was deleted, with Undo for the change-log range @first … @last. */
void
trygg_risk_page_offer_undo (TryggRiskPage *self,
                            const char    *message,
                            gint64         first,
                            gint64         last)
{
  AdwToast *toast = adw_toast_new (message);

  self->undo_first = first;
  self->undo_last = last;
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), self, 0);
  trygg_toast_add (GTK_WIDGET (self), toast);
  trygg_risk_page_update_actions (self);
}

static void
delete_risk_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TryggRiskPage *self = TRYGG_RISK_PAGE (widget);
  TryggRiskItem *item = trygg_risk_list_get_selected (self->risk_list);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 first, last;

  if (item == NULL || !trygg_risk_page_flush (self))
    return;
  /* Translators: %d is the number of the deleted risk */
  message = g_strdup_printf (_("Risk %d was deleted"), trygg_risk_item_get_number (item));
  if (!trygg_risk_delete (self->db, trygg_risk_item_get_id (item), &first, &last, &error))
    {
      trygg_risk_page_show_error (self, error);
      return;
    }
  trygg_risk_page_reload (self);
  trygg_risk_page_offer_undo (self, message, first, last);
}

static void
workshop_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  TryggRiskPage *self = TRYGG_RISK_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *window;

  if (self->analysis_id == 0 || !trygg_risk_page_flush (self))
    return;
  window = trygg_risk_workshop_new (self->db, self->analysis_id);
  if (GTK_IS_WINDOW (root))
    {
      gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
      if (gtk_window_get_application (GTK_WINDOW (root)) != NULL)
        gtk_window_set_application (GTK_WINDOW (window),
                                    gtk_window_get_application (GTK_WINDOW (root)));
    }
  gtk_window_fullscreen (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

static void
show_matrix_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  adw_view_stack_set_visible_child_name (TRYGG_RISK_PAGE (widget)->view_stack, "matrix");
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TryggRiskPage *self = TRYGG_RISK_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!trygg_risk_analysis_reopen (self->db, self->analysis_id, &error))
    trygg_risk_page_show_error (self, error);
  else
    trygg_toast_add (widget, adw_toast_new (_("The analysis is a draft again")));
  trygg_risk_page_reload (self);
}

static void
dialog_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TryggRiskPage *self = TRYGG_RISK_PAGE (widget);

  if (!trygg_risk_page_flush (self))
    return;
  if (g_str_equal (action_name, "risk.new-analysis"))
    trygg_risk_page_new_analysis_dialog (self);
  else if (g_str_equal (action_name, "risk.delete-analysis"))
    trygg_risk_page_delete_analysis_dialog (self);
  else
    trygg_risk_page_approve_dialog (self);
}

/* Files */

typedef enum { SAVE_REPORT, SAVE_HEATMAP, SAVE_CSV } SaveKind;

static gboolean
save_file (TryggRiskPage  *self,
           SaveKind        kind,
           const char     *path,
           GError        **error)
{
  TryggRiskAnalysisItem *item = trygg_risk_page_get_analysis_item (self);

  if (item == NULL)
    return TRUE;
  switch (kind)
    {
    case SAVE_REPORT:
      return trygg_risk_report_save (self->db, path, trygg_risk_analysis_item_get_uuid (item),
                                     error);
    case SAVE_HEATMAP:
      if (!g_str_has_suffix (path, ".png") && !g_str_has_suffix (path, ".svg") &&
          !g_str_has_suffix (path, ".pdf"))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                               _("Save the heatmap with a name ending in .png, .svg or .pdf: "
                                 "the ending decides the format."));
          return FALSE;
        }
      return trygg_risk_heatmap_export (self->db, self->analysis_id,
                                        trygg_risk_heatmap_pane_get_view (self->heatmap_pane),
                                        path, 1600, 1200, error);
    case SAVE_CSV:
    default:
      return trygg_risk_csv_write (self->db, self->analysis_id, path, error);
    }
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     TryggRiskPage   *self)
{
  SaveKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "kind"));
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
  if (!save_file (self, kind, path, &error))
    {
      trygg_risk_page_show_error (self, error);
      return;
    }
  name = g_file_get_basename (file);
  /* Translators: %s is the name of the saved file */
  message = g_strdup_printf (_("Saved as “%s”"), name);
  trygg_toast_add (GTK_WIDGET (self), adw_toast_new (message));
}

static void
file_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TryggRiskPage *self = TRYGG_RISK_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  SaveKind kind = g_str_equal (action_name, "risk.report") ? SAVE_REPORT
                : g_str_equal (action_name, "risk.export-heatmap") ? SAVE_HEATMAP : SAVE_CSV;
  const char *titles[] = {
    N_("Save the Risk Analysis Report"), N_("Export the Heatmap"), N_("Export the Risks as CSV")
  };
  /* Translators: suggested file names; keep the endings */
  const char *names[] = { N_("risk-analysis.pdf"), N_("heatmap.png"), N_("risks.csv") };

  if (self->analysis_id == 0 || self->chooser != NULL || !trygg_risk_page_flush (self))
    return;
  self->chooser = GTK_NATIVE_DIALOG (
      gtk_file_chooser_native_new (_(titles[kind]),
                                   GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel")));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _(names[kind]));
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  g_object_set_data (G_OBJECT (self->chooser), "kind", GINT_TO_POINTER (kind));
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (self->chooser);
}

void
trygg_risk_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "risk.new-analysis", NULL, dialog_action);
  gtk_widget_class_install_action (widget_class, "risk.delete-analysis", NULL, dialog_action);
  gtk_widget_class_install_action (widget_class, "risk.approve", NULL, dialog_action);
  gtk_widget_class_install_action (widget_class, "risk.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "risk.add-risk", NULL, add_risk_action);
  gtk_widget_class_install_action (widget_class, "risk.delete-risk", NULL, delete_risk_action);
  gtk_widget_class_install_action (widget_class, "risk.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "risk.workshop", NULL, workshop_action);
  gtk_widget_class_install_action (widget_class, "risk.show-matrix", NULL, show_matrix_action);
  gtk_widget_class_install_action (widget_class, "risk.report", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "risk.export-heatmap", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "risk.export-csv", NULL, file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "risk.add-risk", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "risk.undo",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "risk.workshop", NULL);
}
