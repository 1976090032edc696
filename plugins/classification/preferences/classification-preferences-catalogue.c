/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences → Classification → Requirement catalogue: how many requirements there are, and
 * "Import…": a JSON catalogue chosen in a file chooser, then the choice to add to the
 * catalogue (requirements with the same code are updated) or to replace it (those the file
 * does not have go, with their statuses). The model checks the whole file before it writes;
 * a bad file is refused with its error in a dialog, and nothing changes.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-preferences-private.h"

void
trygg_classification_preferences_update_catalogue (TryggClassificationPreferences *self)
{
  gint64 n = trygg_database_count_rows (self->db, "classification_requirement");
  g_autofree char *text = NULL;

  if (n > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requirement",
                                         "%u requirements", (gulong) n), (guint) n);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->catalogue_row),
                               text != NULL ? text : _("Empty"));
}

static void
show_error (TryggClassificationPreferences *self,
            const char                     *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              _("The catalogue was not imported"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import (TryggClassificationPreferences *self,
        GBytes                         *bytes,
        gboolean                        replace)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *added = NULL;
  g_autofree char *text = NULL;
  g_autofree char *updated = NULL;
  guint n_added = 0, n_updated = 0;

  if (!trygg_classification_import_catalogue (self->db, bytes, replace, &n_added, &n_updated,
                                              &error))
    {
      show_error (self, error->message);
      return;
    }
  added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requirement added",
                                        "%u requirements added", n_added), n_added);
  updated = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated",
                                          n_updated), n_updated);
  /* Translators: "5 requirements added, 2 updated" */
  text = g_strdup_printf (_("%s, %s"), added, updated);
  trygg_toast_add (GTK_WIDGET (self), adw_toast_new (text));
  trygg_classification_preferences_update_catalogue (self);
}

static void
on_mode_response (AdwMessageDialog               *dialog,
                  const char                     *response,
                  TryggClassificationPreferences *self)
{
  GBytes *bytes = g_object_get_data (G_OBJECT (dialog), "trygg-catalogue");

  if (g_strcmp0 (response, "add") == 0 || g_strcmp0 (response, "replace") == 0)
    import (self, bytes, g_str_equal (response, "replace"));
  g_object_unref (self);
}

/* Add to the catalogue, or replace it? */
static void
ask_mode (TryggClassificationPreferences *self,
          GBytes                         *bytes,
          const char                     *basename)
{
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  /* Translators: %s is the name of the catalogue file */
  body = g_strdup_printf (_("Add the requirements of “%s” to the catalogue, updating those "
                            "with the same code? Or replace the catalogue: requirements the "
                            "file does not have are removed, with their status for every "
                            "asset."), basename);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Import Requirement Catalogue"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    "add", _("_Add and Update"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "trygg-catalogue", g_bytes_ref (bytes),
                          (GDestroyNotify) g_bytes_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_mode_response), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Reads the catalogue @file and asks whether to add to the catalogue or replace it. */
void
trygg_classification_preferences_open_catalogue (TryggClassificationPreferences *self,
                                                 GFile                          *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
    {
      show_error (self, error->message);
      return;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  ask_mode (self, bytes, basename);
}

static void
on_chooser_response (GtkNativeDialog                *chooser,
                     int                             response,
                     TryggClassificationPreferences *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (file != NULL)
    trygg_classification_preferences_open_catalogue (self, file);
}

static void
on_import_clicked (GtkButton                      *button,
                   TryggClassificationPreferences *self)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Import Requirement Catalogue"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
                                               _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Requirement catalogues (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_unref (filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

GtkWidget *
trygg_classification_preferences_catalogue_group (TryggClassificationPreferences *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Import…"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Requirements"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
      _("The measures a profile calls for. A catalogue is a JSON file of the format "
        "“trygg-requirements”; Trygg comes with one of its own."));
  self->catalogue_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->catalogue_row),
                                 _("Requirement catalogue"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Import a requirement catalogue from a JSON file"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Import requirement catalogue"), -1);
  gtk_widget_set_name (button, "import-catalogue");
  g_signal_connect (button, "clicked", G_CALLBACK (on_import_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->catalogue_row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->catalogue_row), button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->catalogue_row);
  trygg_classification_preferences_update_catalogue (self);
  return group;
}
