/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskMeasuresView: the proposed measures of a risk. Each is an action in the shared
 * tracker (it shows in Actions, with its responsible person, deadline and status), added with
 * trygg_risk_propose_measure(). The list follows the tracker: a status set in Actions shows
 * here at once.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "risk-measures-view.h"
#include "risk-page-util.h"

struct _TryggRiskMeasuresView
{
  AdwBin         parent_instance;

  GtkWidget     *group;
  GList         *rows;
  GtkWidget     *add_expander;
  AdwEntryRow   *title_row;
  AdwComboRow   *responsible_row;
  AdwEntryRow   *due_row;

  TryggDatabase *db;
  gint64         risk_id;
  gulong         changed_id;
  guint          refresh_source;
};

G_DEFINE_FINAL_TYPE (TryggRiskMeasuresView, trygg_risk_measures_view, ADW_TYPE_BIN)

static void
refresh (TryggRiskMeasuresView *self)
{
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GError) error = NULL;

  for (GList *l = self->rows; l != NULL; l = l->next)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->group), l->data);
  g_clear_pointer (&self->rows, g_list_free);
  if (self->risk_id == 0)
    return;
  measures = trygg_risk_measures_list (self->db, self->risk_id, &error);
  if (measures == NULL)
    {
      trygg_toast_error (GTK_WIDGET (self), error->message);
      return;
    }
  for (guint i = 0; i < measures->len; i++)
    {
      TryggRiskMeasure *m = g_ptr_array_index (measures, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *status = gtk_label_new (trygg_risk_action_status_label (m->status));
      g_autofree char *subtitle = NULL;
      const char *who = *m->responsible != '\0' ? m->responsible : _("Nobody responsible");

      if (m->due_date != NULL)
        /* Translators: the responsible person, then the deadline (YYYY-MM-DD) */
        subtitle = g_strdup_printf (_("%s · by %s"), who, m->due_date);
      else
        /* Translators: the responsible person of a measure without a deadline */
        subtitle = g_strdup_printf (_("%s · no deadline"), who);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), m->title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_add_css_class (status, "dim-label");
      gtk_widget_add_css_class (status, "caption");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
      /* the expander stays last */
      g_object_ref (self->add_expander);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->group), self->add_expander);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->add_expander);
      g_object_unref (self->add_expander);
      self->rows = g_list_append (self->rows, row);
    }
}

static gboolean
refresh_idle (gpointer data)
{
  TryggRiskMeasuresView *self = data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (TryggDatabase         *db,
                     const char            *table,
                     TryggRiskMeasuresView *self)
{
  if ((g_str_equal (table, "action") || g_str_equal (table, "risk_measure") ||
       g_str_equal (table, "person")) && self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle, self);
}

void
trygg_risk_measures_view_set_risk (TryggRiskMeasuresView *self,
                                   gint64                 risk_id)
{
  g_return_if_fail (TRYGG_IS_RISK_MEASURES_VIEW (self));

  if (self->risk_id == risk_id)
    return;
  self->risk_id = risk_id;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), "");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self->add_expander), FALSE);
  refresh (self);
}

/**
 * trygg_risk_measures_view_add:
 * @responsible_id: a person, or 0
 * @due_date: (nullable): YYYY-MM-DD
 *
 * Proposes a measure against the risk shown: an action in the tracker. A failure is shown
 * in words and nothing is written.
 */
gboolean
trygg_risk_measures_view_add (TryggRiskMeasuresView *self,
                              const char            *title,
                              gint64                 responsible_id,
                              const char            *due_date)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (title != NULL ? title : ""));

  if (self->risk_id == 0)
    return FALSE;
  if (due_date != NULL && *due_date == '\0')
    due_date = NULL;
  if (due_date != NULL && !trygg_risk_is_date (due_date))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->due_row), "error");
      trygg_toast_error (GTK_WIDGET (self),
                         _("Write the deadline as YYYY-MM-DD, for example 2025-06-30."));
      return FALSE;
    }
  if (!trygg_risk_propose_measure (self->db, self->risk_id, stripped, NULL, responsible_id,
                                   due_date, NULL, NULL, &error))
    {
      if (*stripped == '\0')
        gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
      trygg_toast_error (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), "");
  adw_combo_row_set_selected (self->responsible_row, 0);
  refresh (self);
  return TRUE;
}

static void
on_add (TryggRiskMeasuresView *self)
{
  if (trygg_risk_measures_view_add (self, gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                                    trygg_risk_person_row_get_id (self->responsible_row),
                                    gtk_editable_get_text (GTK_EDITABLE (self->due_row))))
    gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
on_entry_changed (GtkWidget *row)
{
  gtk_widget_remove_css_class (row, "error");
}

static void
on_due_changed (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (*text == '\0' || trygg_risk_is_date (text))
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else if (strlen (text) >= 10)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

static void
trygg_risk_measures_view_dispose (GObject *object)
{
  TryggRiskMeasuresView *self = TRYGG_RISK_MEASURES_VIEW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_id, self->db);
  g_clear_pointer (&self->rows, g_list_free);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_risk_measures_view_parent_class)->dispose (object);
}

static void
trygg_risk_measures_view_class_init (TryggRiskMeasuresViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_risk_measures_view_dispose;
}

static void
trygg_risk_measures_view_init (TryggRiskMeasuresView *self)
{
}

GtkWidget *
trygg_risk_measures_view_new (TryggDatabase *db)
{
  TryggRiskMeasuresView *self = g_object_new (TRYGG_TYPE_RISK_MEASURES_VIEW, NULL);
  GtkWidget *add_row = adw_action_row_new ();
  GtkWidget *add_button = gtk_button_new_with_mnemonic (_("_Add Measure"));

  self->db = g_object_ref (db);
  self->changed_id = g_signal_connect (db, "changed", G_CALLBACK (on_database_changed), self);

  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Proposed measures"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
      _("Each measure is an action in the shared tracker, with a responsible person and a "
        "deadline."));

  self->add_expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_expander),
                                 _("Propose a measure"));
  adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (self->add_expander), "list-add-symbolic");

  self->title_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), _("Measure"));
  adw_entry_row_set_show_apply_button (self->title_row, FALSE);
  g_signal_connect_swapped (self->title_row, "entry-activated", G_CALLBACK (on_add), self);
  g_signal_connect (self->title_row, "changed", G_CALLBACK (on_entry_changed), NULL);
  self->responsible_row = ADW_COMBO_ROW (trygg_risk_person_row_new (db, _("Responsible"),
                                                                    _("Nobody")));
  self->due_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->due_row),
                                 _("Deadline (YYYY-MM-DD)"));
  g_signal_connect (self->due_row, "changed", G_CALLBACK (on_due_changed), NULL);
  g_signal_connect_swapped (self->due_row, "entry-activated", G_CALLBACK (on_add), self);

  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add_button, "suggested-action");
  g_signal_connect_swapped (add_button, "clicked", G_CALLBACK (on_add), self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add_row),
                                 _("It appears in Actions at once."));
  gtk_widget_add_css_class (add_row, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), add_button);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->add_expander), GTK_WIDGET (self->title_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->add_expander),
                            GTK_WIDGET (self->responsible_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->add_expander), GTK_WIDGET (self->due_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->add_expander), add_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->add_expander);
  adw_bin_set_child (ADW_BIN (self), self->group);
  return GTK_WIDGET (self);
}
