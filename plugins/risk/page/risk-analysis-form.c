/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskAnalysisForm: the "Analysis" view. The texts of the analysis, its lead and date and
 * what it is about (information assets, systems, processes, units) are a TryggForm over a
 * TryggRiskAnalysisEntity, saved as you type. Below it, edited through the model: the
 * participants with their roles, the acceptance criteria (the bands' rules, edited in the
 * Matrix view) and the approval — who approved it and when, or that it is a draft.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-analysis-entity.h"
#include "risk-analysis-form.h"
#include "risk-page-util.h"

static const TryggField fields[] = {
  { "title", N_("Title"), TRYGG_FIELD_TEXT },
  { "analysed-on", N_("Date of the analysis (YYYY-MM-DD)"), TRYGG_FIELD_DATE },
  { "lead-id", N_("Analysis lead"), TRYGG_FIELD_REFERENCE, NULL, trygg_person_get_type },
  { "purpose", N_("Purpose"), TRYGG_FIELD_MULTILINE },
  { "scope", N_("Scope"), TRYGG_FIELD_MULTILINE },
  { "out-of-scope", N_("Left out of the analysis"), TRYGG_FIELD_MULTILINE },
  { "id", N_("Information assets analysed"), TRYGG_FIELD_LINKS, NULL, trygg_asset_get_type,
    &trygg_risk_link_asset, TRUE },
  { "id", N_("Systems analysed"), TRYGG_FIELD_LINKS, NULL, trygg_system_get_type,
    &trygg_risk_link_system, TRUE },
  { "id", N_("Processes analysed"), TRYGG_FIELD_LINKS, NULL, trygg_process_get_type,
    &trygg_risk_link_process, TRUE },
  { "id", N_("Units analysed"), TRYGG_FIELD_LINKS, NULL, trygg_unit_get_type,
    &trygg_risk_link_unit, TRUE },
  { "method-notes", N_("Method notes"), TRYGG_FIELD_MULTILINE },
  { NULL }
};

struct _TryggRiskAnalysisForm
{
  GtkWidget      parent_instance;

  GtkWidget     *scroller;
  TryggForm     *form;
  GtkWidget     *participants;
  GList         *participant_rows;
  GtkWidget     *add_participant;
  GtkWidget     *acceptance;
  GList         *acceptance_rows;
  AdwActionRow  *approval_row;
  GtkWidget     *approve_button;
  GtkWidget     *reopen_button;

  TryggDatabase *db;
  gint64         analysis_id;
  gulong         changed_id;
  guint          refresh_source;
  gboolean       loading;
};

G_DEFINE_FINAL_TYPE (TryggRiskAnalysisForm, trygg_risk_analysis_form, GTK_TYPE_WIDGET)

static void
show_error (TryggRiskAnalysisForm *self,
            const GError          *error)
{
  trygg_toast_error (GTK_WIDGET (self), error->message);
}

static void
clear_rows (GtkWidget  *group,
            GList     **rows)
{
  for (GList *l = *rows; l != NULL; l = l->next)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), l->data);
  g_clear_pointer (rows, g_list_free);
}

/* Participants */

static void
on_role_applied (AdwEntryRow           *row,
                 TryggRiskAnalysisForm *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "participant"));
  g_autoptr(GError) error = NULL;

  if (!trygg_risk_participant_set_role (self->db, id, gtk_editable_get_text (GTK_EDITABLE (row)),
                                        &error))
    show_error (self, error);
}

static void
on_remove_participant (GtkButton             *button,
                       TryggRiskAnalysisForm *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "participant"));
  g_autoptr(GError) error = NULL;

  if (!trygg_risk_participant_remove (self->db, id, &error))
    show_error (self, error);
}

static void
on_add_participant (AdwComboRow           *row,
                    GParamSpec            *pspec,
                    TryggRiskAnalysisForm *self)
{
  gint64 person = trygg_risk_person_row_get_id (row);
  g_autoptr(GError) error = NULL;

  if (self->loading || person == 0)
    return;
  if (!trygg_risk_participant_add (self->db, self->analysis_id, person, "", NULL, &error))
    show_error (self, error);
  self->loading = TRUE;
  adw_combo_row_set_selected (row, 0);
  self->loading = FALSE;
}

static void
refresh_participants (TryggRiskAnalysisForm *self)
{
  g_autoptr(GPtrArray) list = NULL;

  clear_rows (self->participants, &self->participant_rows);
  g_object_ref (self->add_participant);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->participants),
                                self->add_participant);
  list = trygg_risk_participants_list (self->db, self->analysis_id, NULL);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      TryggRiskParticipant *p = g_ptr_array_index (list, i);
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      /* Translators: %s is a participant's name */
      g_autofree char *remove_label = g_strdup_printf (_("Remove %s from the participants"),
                                                       p->name);
      /* Translators: %s is a participant's name; the row edits their role */
      g_autofree char *role_label = g_strdup_printf (_("Role of %s"), p->name);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), p->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_editable_set_text (GTK_EDITABLE (row), p->role);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      role_label, -1);
      g_object_set_data (G_OBJECT (row), "participant", GSIZE_TO_POINTER (p->id));
      g_signal_connect (row, "apply", G_CALLBACK (on_role_applied), self);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      remove_label, -1);
      g_object_set_data (G_OBJECT (remove), "participant", GSIZE_TO_POINTER (p->id));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_participant), self);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->participants), row);
      self->participant_rows = g_list_append (self->participant_rows, row);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->participants), self->add_participant);
  g_object_unref (self->add_participant);
}

/* Acceptance criteria and approval */

static void
refresh_acceptance (TryggRiskAnalysisForm *self)
{
  g_autoptr(TryggRiskMatrix) matrix = trygg_risk_matrix_load (self->db, self->analysis_id, NULL);

  clear_rows (self->acceptance, &self->acceptance_rows);
  for (guint i = 0; matrix != NULL && i < matrix->bands->len; i++)
    {
      TryggRiskBand *band = g_ptr_array_index (matrix->bands, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *pill = trygg_risk_band_label_new ();
      g_autofree char *range = NULL;
      g_autofree char *limit = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *title = NULL;

      trygg_risk_band_label_set (pill, band->name, band->colour, band->upper);
      gtk_label_set_text (GTK_LABEL (pill), band->name);
      range = band->lower == band->upper ? g_strdup_printf ("%d", band->lower)
                                         : g_strdup_printf ("%d–%d", band->lower, band->upper);
      if (band->treat_within_days >= 0)
        limit = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "treated within %d day",
                                              "treated within %d days",
                                              band->treat_within_days),
                                 band->treat_within_days);
      else
        limit = g_strdup (_("no time limit"));
      if (*band->inform != '\0')
        /* Translators: who may accept, the time limit, whom to inform */
        subtitle = g_strdup_printf (_("Accepted by %s; %s; inform %s"), band->accept_by, limit,
                                    band->inform);
      else
        /* Translators: who may accept, then the time limit */
        subtitle = g_strdup_printf (_("Accepted by %s; %s"), band->accept_by, limit);
      /* Translators: the values of a band, e.g. "Values 3–6" */
      title = g_strdup_printf (_("Values %s"), range);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), pill);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->acceptance), row);
      self->acceptance_rows = g_list_append (self->acceptance_rows, row);
    }
}

static void
refresh_approval (TryggRiskAnalysisForm *self)
{
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (self->db,
      "SELECT a.status = 'approved', coalesce(p.name, ''), coalesce(a.approved_on, '') "
      "FROM risk_analysis a LEFT JOIN person p ON p.id = a.approved_by_id WHERE a.id = ?1",
      NULL);
  gboolean approved = FALSE;

  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, self->analysis_id);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0))
    {
      /* Translators: who approved the analysis, then the date */
      g_autofree char *text = g_strdup_printf (_("Approved by %s on %s"),
                                               sqlite3_column_text (stmt, 1),
                                               sqlite3_column_text (stmt, 2));
      approved = TRUE;
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->approval_row), _("Approved"));
      adw_action_row_set_subtitle (self->approval_row, text);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->approval_row), _("Draft"));
      adw_action_row_set_subtitle (self->approval_row,
                                   _("Not approved yet. The risk owner or management approves "
                                     "the analysis when the work is done."));
    }
  gtk_widget_set_visible (self->approve_button, !approved);
  gtk_widget_set_visible (self->reopen_button, approved);
}

static void
refresh (TryggRiskAnalysisForm *self)
{
  if (self->analysis_id == 0)
    return;
  self->loading = TRUE;
  refresh_participants (self);
  refresh_acceptance (self);
  refresh_approval (self);
  self->loading = FALSE;
}

static gboolean
refresh_idle (gpointer data)
{
  TryggRiskAnalysisForm *self = data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (TryggDatabase         *db,
                     const char            *table,
                     TryggRiskAnalysisForm *self)
{
  if ((g_str_equal (table, "risk_participant") || g_str_equal (table, "person") ||
       g_str_equal (table, "risk_band") || g_str_equal (table, "risk_analysis")) &&
      self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle, self);
}

void
trygg_risk_analysis_form_set_analysis (TryggRiskAnalysisForm *self,
                                       gint64                 analysis_id)
{
  g_autoptr(TryggEntity) entity = NULL;

  g_return_if_fail (TRYGG_IS_RISK_ANALYSIS_FORM (self));

  if (analysis_id == self->analysis_id)
    return;
  trygg_form_flush (self->form);
  self->analysis_id = analysis_id;
  if (analysis_id > 0)
    entity = trygg_entity_load (self->db, TRYGG_TYPE_RISK_ANALYSIS_ENTITY, analysis_id, NULL);
  trygg_form_set_entity (self->form, entity);
  refresh (self);
}

gboolean
trygg_risk_analysis_form_flush (TryggRiskAnalysisForm *self)
{
  return trygg_form_flush (self->form);
}

TryggForm *
trygg_risk_analysis_form_get_form (TryggRiskAnalysisForm *self)
{
  return self->form;
}

static void
trygg_risk_analysis_form_dispose (GObject *object)
{
  TryggRiskAnalysisForm *self = TRYGG_RISK_ANALYSIS_FORM (object);

  if (self->form != NULL)
    trygg_form_flush (self->form);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_id, self->db);
  g_clear_pointer (&self->participant_rows, g_list_free);
  g_clear_pointer (&self->acceptance_rows, g_list_free);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_risk_analysis_form_parent_class)->dispose (object);
}

static void
trygg_risk_analysis_form_class_init (TryggRiskAnalysisFormClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_risk_analysis_form_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
trygg_risk_analysis_form_init (TryggRiskAnalysisForm *self)
{
}

static GtkWidget *
build_approval (TryggRiskAnalysisForm *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Approval"));
  self->approval_row = ADW_ACTION_ROW (adw_action_row_new ());
  self->approve_button = gtk_button_new_with_mnemonic (_("_Approve…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->approve_button), "risk.approve");
  gtk_widget_add_css_class (self->approve_button, "suggested-action");
  self->reopen_button = gtk_button_new_with_mnemonic (_("_Reopen"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->reopen_button), "risk.reopen");
  gtk_widget_set_valign (self->approve_button, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->reopen_button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (self->approval_row, self->approve_button);
  adw_action_row_add_suffix (self->approval_row, self->reopen_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->approval_row));
  return group;
}

GtkWidget *
trygg_risk_analysis_form_new (TryggDatabase *db)
{
  TryggRiskAnalysisForm *self = g_object_new (TRYGG_TYPE_RISK_ANALYSIS_FORM, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *edit = gtk_button_new_with_mnemonic (_("Edit in _Matrix"));

  self->db = g_object_ref (db);
  self->changed_id = g_signal_connect (db, "changed", G_CALLBACK (on_database_changed), self);
  self->form = TRYGG_FORM (trygg_form_new (db, fields));

  self->participants = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->participants),
                                   _("Participants"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->participants),
                                         _("Who took part in the analysis, and in what role."));
  self->add_participant = trygg_risk_person_row_new (db, _("Add a participant"), _("Choose…"));
  g_signal_connect (self->add_participant, "notify::selected",
                    G_CALLBACK (on_add_participant), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->participants), self->add_participant);

  self->acceptance = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->acceptance),
                                   _("Acceptance criteria"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->acceptance),
      _("Per band of the matrix: who may accept a risk, how soon it must be treated and whom "
        "to inform."));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "risk.show-matrix");
  gtk_widget_add_css_class (edit, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->acceptance), edit);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->form));
  gtk_box_append (GTK_BOX (box), self->participants);
  gtk_box_append (GTK_BOX (box), self->acceptance);
  gtk_box_append (GTK_BOX (box), build_approval (self));
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  return GTK_WIDGET (self);
}
