/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Classification page's buttons, menu and shortcuts do: classify the chosen asset
 * in the guided editor (Ctrl+K, or Enter on a row), export the listed assets as CSV
 * (Ctrl+E), write the classification report of the asset (Ctrl+P) or of its unit
 * (Ctrl+Shift+P) as PDF, focus the name filter (Ctrl+L) and show every asset again.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-editor.h"
#include "classification-page-private.h"
#include "classification-report.h"

typedef enum {
  SAVE_CSV,
  SAVE_ASSET_REPORT,
  SAVE_UNIT_REPORT,
} SaveKind;

static void
on_editor_saved (GtkWidget               *editor,
                 int                      version,
                 TryggClassificationPage *self)
{
  g_autofree char *message = NULL;

  trygg_classification_page_reload (self);
  /* Translators: a toast after the editor saved; %d is the new version's number */
  message = g_strdup_printf (_("Classification saved as version %d"), version);
  trygg_toast_add (GTK_WIDGET (self), adw_toast_new (message));
}

static void
classify_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  TryggClassificationPage *self = TRYGG_CLASSIFICATION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *editor;

  if (self->asset_id == 0)
    return;
  editor = trygg_classification_editor_new (self->db, self->asset_id);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  gtk_window_set_modal (GTK_WINDOW (editor), TRUE);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

void
trygg_classification_page_close_chooser (TryggClassificationPage *self)
{
  if (self->chooser == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->chooser, self);
  gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
}

/* A file name from @name: what a file system refuses becomes '-' */
static char *
file_name (const char *name,
           const char *extension)
{
  g_autofree char *safe = g_strdup (name != NULL && *name != '\0' ? name : "classification");

  g_strdelimit (safe, "/\\:*?\"<>|", '-');
  return g_strconcat (g_strstrip (safe), extension, NULL);
}

/* The file's name for a toast, whose title is markup */
static char *
markup_basename (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return g_markup_escape_text (name, -1);
}

static void
on_save_response (GtkNativeDialog         *chooser,
                  int                      response,
                  TryggClassificationPage *self)
{
  SaveKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "trygg-kind"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  trygg_classification_page_close_chooser (self);
  if (file == NULL)
    return;
  base = markup_basename (file);
  if ((path = g_file_get_path (file)) == NULL)
    {
      /* Translators: %s is a file name */
      message = g_strdup_printf (_("“%s” is not a local file. Choose a folder on this computer."),
                                 base);
      trygg_toast_error (GTK_WIDGET (self), message);
      return;
    }

  if (kind == SAVE_CSV)
    {
      g_autoptr(GArray) ids = trygg_classification_asset_list_get_ids (self->list);
      ok = trygg_classification_csv_write (self->db, ids, path, &error);
      /* Translators: %s is the name of the CSV file */
      message = ok ? g_strdup_printf (_("The asset list was saved as “%s”"), base) : NULL;
    }
  else
    {
      ok = trygg_classification_report_save (self->db, path,
                                             kind == SAVE_ASSET_REPORT ? self->asset_uuid : NULL,
                                             kind == SAVE_UNIT_REPORT ? self->unit_uuid : NULL,
                                             &error);
      /* Translators: %s is the name of the PDF file */
      message = ok ? g_strdup_printf (_("The report was saved as “%s”"), base) : NULL;
    }
  if (!ok)
    {
      g_autofree char *text = NULL;
      g_autofree char *why = g_markup_escape_text (error != NULL ? error->message
                                                                 : _("unknown error"), -1);

      /* Translators: the first %s is a file name, the second why it could not be written */
      text = g_strdup_printf (_("Could not save “%s”: %s"), base, why);
      trygg_toast_error (GTK_WIDGET (self), text);
      return;
    }
  trygg_toast_add (GTK_WIDGET (self), adw_toast_new (message));
}

static void
ask_file (TryggClassificationPage *self,
          SaveKind                 kind,
          const char              *title,
          const char              *suggested,
          const char              *pattern,
          const char              *filter_name)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;
  self->chooser = GTK_NATIVE_DIALOG (
      gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel")));
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), suggested);
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  g_object_set_data (G_OBJECT (self->chooser), "trygg-kind", GINT_TO_POINTER (kind));
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_save_response), self);
  gtk_native_dialog_show (self->chooser);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  TryggClassificationPage *self = TRYGG_CLASSIFICATION_PAGE (widget);

  /* Translators: the suggested name of the CSV file of the asset list */
  ask_file (self, SAVE_CSV, _("Export the Asset List"), _("information-assets.csv"), "*.csv",
            _("CSV files"));
}

static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TryggClassificationPage *self = TRYGG_CLASSIFICATION_PAGE (widget);
  gboolean unit = g_str_equal (action_name, "classification.report-unit");
  g_autofree char *prefix = NULL;
  g_autofree char *suggested = NULL;

  if (self->asset_id == 0 || (unit && self->unit_uuid == NULL))
    return;
  /* Translators: the suggested file name of a classification report; %s is the name of
   * the asset or of the unit */
  prefix = g_strdup_printf (_("classification-%s"), unit ? self->unit_name : self->asset_name);
  suggested = file_name (prefix, ".pdf");
  ask_file (self, unit ? SAVE_UNIT_REPORT : SAVE_ASSET_REPORT,
            unit ? _("Save the Classification Report of the Unit")
                 : _("Save the Classification Report of the Asset"),
            suggested, "*.pdf", _("PDF documents"));
}

static void
focus_filter_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TryggClassificationPage *self = TRYGG_CLASSIFICATION_PAGE (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  trygg_classification_page_clear_filters (TRYGG_CLASSIFICATION_PAGE (widget));
}

void
trygg_classification_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "classification.classify", NULL,
                                   classify_action);
  gtk_widget_class_install_action (widget_class, "classification.export-csv", NULL,
                                   export_csv_action);
  gtk_widget_class_install_action (widget_class, "classification.report-asset", NULL,
                                   report_action);
  gtk_widget_class_install_action (widget_class, "classification.report-unit", NULL,
                                   report_action);
  gtk_widget_class_install_action (widget_class, "classification.focus-filter", NULL,
                                   focus_filter_action);
  gtk_widget_class_install_action (widget_class, "classification.clear-filters", NULL,
                                   clear_filters_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK,
                                       "classification.classify", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "classification.export-csv", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "classification.report-asset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "classification.report-unit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "classification.focus-filter", NULL);
}
