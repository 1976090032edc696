/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export and import from the window: the file is chosen with the portal-friendly
 * GtkFileChooserNative, the work runs in a thread on a connection of its own, and a dialog
 * shows its progress with a Cancel button. A cancelled or failed import changes nothing.
 */
#define G_LOG_DOMAIN "trygg-transfer"

#include "config.h"

#include <glib/gi18n.h>

#include "trygg-transfer.h"
#include "trygg-window.h"

typedef struct {
  TryggTransferKind   kind;
  char               *db_path;
  char               *file;
  GArray             *sources;     /* TryggSchemaSource, owned by the loaded plugins */
  TryggDatabase      *main_db;
  GCancellable       *cancellable;
  GtkWindow          *parent;
  AdwMessageDialog   *dialog;
  GtkProgressBar     *bar;
  guint               timeout;
  gint                permille;    /* atomic: written by the worker */
  TryggImportSummary  summary;
} Transfer;

static void
transfer_free (Transfer *t)
{
  g_clear_handle_id (&t->timeout, g_source_remove);
  g_free (t->db_path);
  g_free (t->file);
  g_array_unref (t->sources);
  g_object_unref (t->main_db);
  g_object_unref (t->cancellable);
  g_object_unref (t->parent);
  g_free (t);
}

static void
on_progress (double   fraction,
             gpointer data)
{
  Transfer *t = data;
  g_atomic_int_set (&t->permille, (int) (fraction * 1000));
}

static gboolean
update_bar (gpointer data)
{
  Transfer *t = data;
  gtk_progress_bar_set_fraction (t->bar, g_atomic_int_get (&t->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
work (GTask        *task,
      gpointer      source,
      gpointer      data,
      GCancellable *cancellable)
{
  Transfer *t = data;
  g_autoptr(GError) error = NULL;
  const TryggSchemaSource *sources = (gpointer) t->sources->data;
  g_autoptr(TryggDatabase) db = trygg_database_open (t->db_path, sources, t->sources->len,
                                                     &error);
  gboolean ok = db != NULL &&
    (t->kind == TRYGG_TRANSFER_EXPORT
       ? trygg_exchange_export_file (db, t->file, cancellable, on_progress, t, &error)
       : trygg_exchange_import_file (db, t->file, &t->summary, cancellable, on_progress, t,
                                     &error));

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
done (GObject      *source,
      GAsyncResult *result,
      gpointer      data)
{
  Transfer *t = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  gtk_window_destroy (GTK_WINDOW (t->dialog));
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          GtkWidget *alert = adw_message_dialog_new (t->parent,
              t->kind == TRYGG_TRANSFER_EXPORT ? _("Export Failed") : _("Import Failed"),
              NULL);
          adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (alert), "%s%s", error->message,
              t->kind == TRYGG_TRANSFER_IMPORT ? _("\n\nNothing in the database was changed.")
                                               : "");
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (alert));
        }
      transfer_free (t);
      return;
    }

  if (t->kind == TRYGG_TRANSFER_IMPORT)
    {
      g_auto(GStrv) tables = trygg_database_list_tables (t->main_db);
      for (guint i = 0; tables[i] != NULL; i++)
        trygg_database_notify_changed (t->main_db, tables[i]);
      g_autofree char *described = trygg_import_summary_describe (&t->summary);
      /* Translators: %s is e.g. "12 added, 3 updated, 40 kept" */
      message = g_strdup_printf (_("Imported: %s"), described);
    }
  else
    {
      g_autofree char *name = g_path_get_basename (t->file);
      message = g_strdup_printf (_("Exported to %s"), name);
    }
  if (TRYGG_IS_WINDOW (t->parent))
    trygg_window_add_toast (TRYGG_WINDOW (t->parent), adw_toast_new (message));
  transfer_free (t);
}

static void
on_dialog_response (AdwMessageDialog *dialog,
                    const char       *response,
                    Transfer         *t)
{
  g_cancellable_cancel (t->cancellable);
}

/* Exports to or imports from @file in a thread, with a progress dialog. */
void
trygg_transfer_start (GtkWindow         *parent,
                      TryggApplication  *app,
                      TryggTransferKind  kind,
                      const char        *file)
{
  Transfer *t = g_new0 (Transfer, 1);
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = g_path_get_basename (file);

  t->kind = kind;
  t->main_db = g_object_ref (trygg_application_get_database (app));
  t->db_path = g_strdup (trygg_database_get_path (t->main_db));
  t->file = g_strdup (file);
  t->sources = trygg_plugins_get_schema_sources (trygg_application_get_plugins (app));
  t->cancellable = g_cancellable_new ();
  t->parent = g_object_ref (parent);

  t->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent,
      kind == TRYGG_TRANSFER_EXPORT ? _("Exporting…") : _("Importing…"), name));
  t->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (t->bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Progress"), -1);
  adw_message_dialog_set_extra_child (t->dialog, GTK_WIDGET (t->bar));
  adw_message_dialog_add_response (t->dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (t->dialog, "cancel");
  g_signal_connect (t->dialog, "response", G_CALLBACK (on_dialog_response), t);
  gtk_window_present (GTK_WINDOW (t->dialog));
  t->timeout = g_timeout_add (100, update_bar, t);

  task = g_task_new (NULL, t->cancellable, done, t);
  g_task_set_task_data (task, t, NULL);
  g_task_run_in_thread (task, work);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         data)
{
  GtkWindow *parent = g_object_get_data (G_OBJECT (chooser), "trygg-parent");
  TryggApplication *app = g_object_get_data (G_OBJECT (chooser), "trygg-app");
  TryggTransferKind kind = GPOINTER_TO_INT (data);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      if (path != NULL)
        trygg_transfer_start (parent, app, kind, path);
    }
  g_object_unref (chooser);
}

/* Asks for the file, then starts. */
void
trygg_transfer_choose (GtkWindow         *parent,
                       TryggApplication  *app,
                       TryggTransferKind  kind)
{
  gboolean export = kind == TRYGG_TRANSFER_EXPORT;
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (
      export ? _("Export the Database") : _("Import an Exchange File"), parent,
      export ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
      export ? _("_Export") : _("_Import"), _("_Cancel"));
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Trygg exchange files (JSON)"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  if (export)
    /* Translators: the suggested file name of an export; keep .json */
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("trygg-export.json"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "trygg-parent", parent);
  g_object_set_data (G_OBJECT (chooser), "trygg-app", app);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response),
                    GINT_TO_POINTER (kind));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
