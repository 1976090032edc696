/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk page's dialogs: a new analysis (its title and the matrix preset it starts from),
 * deleting an analysis (asked first, then offered back with Undo), and approving one (who
 * approved it and when).
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-page-private.h"
#include "risk-page-util.h"

static GtkWindow *
parent_window (TryggRiskPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static AdwMessageDialog *
new_dialog (TryggRiskPage *self,
            const char    *heading,
            const char    *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self),
                                                                         heading, body));

  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  return dialog;
}

static GtkWidget *
boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

/* New analysis */

static void
on_new_response (AdwMessageDialog *dialog,
                 const char       *response,
                 TryggRiskPage    *self)
{
  AdwEntryRow *title_row = g_object_get_data (G_OBJECT (dialog), "title");
  AdwComboRow *preset_row = g_object_get_data (G_OBJECT (dialog), "preset");
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  guint preset = adw_combo_row_get_selected (preset_row);
  gint64 id = 0;

  if (!g_str_equal (response, "create"))
    return;
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (title_row))));
  if (*title == '\0')
    {
      g_free (title);
      title = g_strdup (_("New risk analysis"));
    }
  if (preset >= TRYGG_RISK_N_PRESETS)
    preset = 0;
  if (!trygg_risk_create_analysis (self->db, title, trygg_risk_presets[preset].id, &id, &error))
    {
      trygg_risk_page_show_error (self, error);
      return;
    }
  trygg_risk_page_reload (self);
  trygg_risk_page_select_analysis (self, id);
  trygg_risk_page_show_content (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "analysis");
}

void
trygg_risk_page_new_analysis_dialog (TryggRiskPage *self)
{
  AdwMessageDialog *dialog = new_dialog (self, _("New Risk Analysis"),
      _("The analysis gets its own copy of the matrix: its levels, bands and acceptance rules "
        "can be changed for this analysis alone."));
  GtkWidget *list = boxed_list ();
  GtkWidget *title = adw_entry_row_new ();
  GtkWidget *preset = adw_combo_row_new ();
  GtkStringList *presets = gtk_string_list_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (title), _("Title"));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (title), TRUE);
  for (guint i = 0; trygg_risk_presets[i].id != NULL; i++)
    gtk_string_list_append (presets, _(trygg_risk_presets[i].name));
  adw_combo_row_set_model (ADW_COMBO_ROW (preset), G_LIST_MODEL (presets));
  g_object_unref (presets);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (preset), _("Risk matrix"));
  gtk_list_box_append (GTK_LIST_BOX (list), title);
  gtk_list_box_append (GTK_LIST_BOX (list), preset);
  adw_message_dialog_set_extra_child (dialog, list);
  g_object_set_data (G_OBJECT (dialog), "title", title);
  g_object_set_data (G_OBJECT (dialog), "preset", preset);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "create", _("C_reate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "create");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (title);
}

/* Delete */

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    TryggRiskPage    *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "analysis"));
  const char *title = g_object_get_data (G_OBJECT (dialog), "title");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 first, last;

  if (!g_str_equal (response, "delete"))
    return;
  if (!trygg_risk_analysis_delete (self->db, id, &first, &last, &error))
    {
      trygg_risk_page_show_error (self, error);
      return;
    }
  trygg_risk_page_reload (self);
  /* Translators: %s is the title of the deleted analysis */
  message = g_strdup_printf (_("“%s” was deleted"), title);
  trygg_risk_page_offer_undo (self, message, first, last);
}

void
trygg_risk_page_delete_analysis_dialog (TryggRiskPage *self)
{
  TryggRiskAnalysisItem *item = trygg_risk_page_get_analysis_item (self);
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  int n;

  if (item == NULL)
    return;
  n = trygg_risk_analysis_item_get_risk_count (item);
  /* Translators: %s is the title of an analysis */
  heading = g_strdup_printf (_("Delete “%s”?"), trygg_risk_analysis_item_get_title (item));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Its %d risk, its matrix and its participants are deleted "
                                       "with it. The actions of its measures stay in Actions.",
                                       "Its %d risks, its matrix and its participants are "
                                       "deleted with it. The actions of its measures stay in "
                                       "Actions.", n), n);
  dialog = new_dialog (self, heading, body);
  g_object_set_data (G_OBJECT (dialog), "analysis",
                     GSIZE_TO_POINTER (trygg_risk_analysis_item_get_id (item)));
  g_object_set_data_full (G_OBJECT (dialog), "title",
                          g_strdup (trygg_risk_analysis_item_get_title (item)), g_free);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Approve */

static void
on_approve_response (AdwMessageDialog *dialog,
                     const char       *response,
                     TryggRiskPage    *self)
{
  AdwComboRow *who = g_object_get_data (G_OBJECT (dialog), "who");
  AdwEntryRow *when = g_object_get_data (G_OBJECT (dialog), "when");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "approve"))
    return;
  if (!trygg_risk_analysis_approve (self->db, self->analysis_id,
                                    trygg_risk_person_row_get_id (who),
                                    gtk_editable_get_text (GTK_EDITABLE (when)), &error))
    {
      trygg_risk_page_show_error (self, error);
      return;
    }
  trygg_risk_page_reload (self);
  trygg_toast_add (GTK_WIDGET (self), adw_toast_new (_("The analysis is approved")));
}

static void
on_approve_input (AdwMessageDialog *dialog)
{
  AdwComboRow *who = g_object_get_data (G_OBJECT (dialog), "who");
  AdwEntryRow *when = g_object_get_data (G_OBJECT (dialog), "when");
  const char *date = gtk_editable_get_text (GTK_EDITABLE (when));
  gboolean valid = trygg_risk_is_date (date);

  if (valid || *date == '\0')
    gtk_widget_remove_css_class (GTK_WIDGET (when), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (when), "error");
  adw_message_dialog_set_response_enabled (dialog, "approve",
                                           valid && trygg_risk_person_row_get_id (who) != 0);
}

void
trygg_risk_page_approve_dialog (TryggRiskPage *self)
{
  AdwMessageDialog *dialog;
  GtkWidget *list = boxed_list ();
  GtkWidget *who, *when;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (self->analysis_id == 0)
    return;
  dialog = new_dialog (self, _("Approve the Analysis?"),
                       _("Record who approved the analysis and when. It can be reopened later; "
                         "the change log keeps both."));
  who = trygg_risk_person_row_new (self->db, _("Approved by"), _("Choose…"));
  when = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (when), _("Date (YYYY-MM-DD)"));
  gtk_editable_set_text (GTK_EDITABLE (when), today);
  gtk_list_box_append (GTK_LIST_BOX (list), who);
  gtk_list_box_append (GTK_LIST_BOX (list), when);
  adw_message_dialog_set_extra_child (dialog, list);
  g_object_set_data (G_OBJECT (dialog), "who", who);
  g_object_set_data (G_OBJECT (dialog), "when", when);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "approve", _("A_pprove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "approve", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_swapped (who, "notify::selected", G_CALLBACK (on_approve_input), dialog);
  g_signal_connect_swapped (when, "changed", G_CALLBACK (on_approve_input), dialog);
  on_approve_input (dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_approve_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
