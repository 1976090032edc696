/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing analyses without GTK: an analysis's texts, lead and approval, who took part,
 * deleting an analysis; the labels of treatments and statuses, and the helpers that
 * risk-edit-risk.c shares. Each call is one transaction, so the change log has the old and the
 * new values; bad input is refused in words before anything is written.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "risk-model-private.h"

const TryggLinkKind trygg_risk_link_asset = { "risk_analysis_asset", "analysis_id", "asset_id" };
const TryggLinkKind trygg_risk_link_system = { "risk_analysis_system", "analysis_id", "system_id" };
const TryggLinkKind trygg_risk_link_process = {
  "risk_analysis_process", "analysis_id", "process_id"
};
const TryggLinkKind trygg_risk_link_unit = { "risk_analysis_unit", "analysis_id", "unit_id" };

const char * const trygg_risk_treatments[] = { "reduce", "accept", "avoid", "transfer", NULL };
const char * const trygg_risk_statuses[] = { "open", "in_treatment", "accepted", "closed", NULL };

static const struct {
  const char *value;
  const char *label;
} labels[] = {
  { "reduce", NC_ ("risk treatment", "Reduce") },
  { "accept", NC_ ("risk treatment", "Accept") },
  { "avoid", NC_ ("risk treatment", "Avoid") },
  { "transfer", NC_ ("risk treatment", "Transfer") },
};

static const struct {
  const char *value;
  const char *label;
} status_labels[] = {
  { "open", N_("Open") },
  { "in_treatment", N_("In treatment") },
  { "accepted", N_("Accepted") },
  { "closed", N_("Closed") },
  { "not_started", N_("Not started") },
  { "in_progress", N_("In progress") },
  { "done", N_("Done") },
  { "postponed", N_("Postponed") },
  { "cancelled", N_("Cancelled") },
};

/* Returns: (transfer none): the translated name of a treatment, "" for none */
const char *
trygg_risk_treatment_label (const char *treatment)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].value, treatment) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "risk treatment", labels[i].label);
  return "";
}

static const char *
status_label (const char *status,
              guint       first,
              guint       last)
{
  for (guint i = first; i < last; i++)
    if (g_strcmp0 (status_labels[i].value, status) == 0)
      return _(status_labels[i].label);
  return status != NULL ? status : "";
}

/* Returns: (transfer none): the translated name of a risk's status */
const char *
trygg_risk_status_label (const char *status)
{
  return status_label (status, 0, 4);
}

/* Returns: (transfer none): the translated status of a measure's action */
const char *
trygg_risk_action_status_label (const char *status)
{
  return status_label (status, 4, G_N_ELEMENTS (status_labels));
}

gboolean
trygg_risk_invalid (GError     **error,
                    const char  *message)
{
  g_set_error_literal (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
trygg_risk_in_list (const char * const *list,
                    const char         *value)
{
  return value != NULL && g_strv_contains (list, value);
}

/* One UPDATE of one row, its own transaction: ?1 the value (text, or an integer with 0 for
 * NULL), ?2 the row. A row that is gone is reported with @gone. */
gboolean
trygg_risk_update_row (TryggDatabase         *db,
                       const char            *sql,
                       gint64                 id,
                       const TryggRiskValue  *value,
                       const char            *gone,
                       GError               **error)
{
  sqlite3_stmt *stmt;

  if (!trygg_database_begin (db, error))
    return FALSE;
  stmt = trygg_database_prepare_cached (db, sql, error);
  if (stmt == NULL)
    goto fail;
  if (value->is_text && value->text != NULL)
    sqlite3_bind_text (stmt, 1, value->text, -1, SQLITE_TRANSIENT);
  else if (!value->is_text && value->number != 0)
    sqlite3_bind_int64 (stmt, 1, value->number);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!trygg_database_step_done (db, stmt, error))
    goto fail;
  if (sqlite3_changes (trygg_database_get_handle (db)) == 0)
    {
      trygg_risk_not_found (error, gone);
      goto fail;
    }
  return trygg_database_commit (db, error);

fail:
  trygg_database_rollback (db);
  return FALSE;
}

static gboolean
valid_date (const char *text)
{
  int y, m, d;
  char rest;

  return text != NULL && strlen (text) == 10 &&
         sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &rest) == 3 && g_date_valid_dmy (d, m, y);
}

/* Analyses */

/**
 * trygg_risk_analysis_set_text:
 * @column: "title", "purpose", "scope", "out_of_scope", "method_notes" or "analysed_on"
 * @value: (nullable): the text; for "analysed_on" YYYY-MM-DD, or %NULL or "" for none
 */
gboolean
trygg_risk_analysis_set_text (TryggDatabase  *db,
                              gint64          analysis_id,
                              const char     *column,
                              const char     *value,
                              GError        **error)
{
  static const char * const columns[] = {
    "title", "purpose", "scope", "out_of_scope", "method_notes", "analysed_on", NULL
  };
  g_autofree char *sql = NULL;
  TryggRiskValue v = { value != NULL ? value : "", 0, TRUE };

  g_return_val_if_fail (trygg_risk_in_list (columns, column), FALSE);

  if (g_str_equal (column, "analysed_on"))
    {
      if (value == NULL || *value == '\0')
        v.text = NULL;
      else if (!valid_date (value))
        return trygg_risk_invalid (error, _("Write the date of the analysis as YYYY-MM-DD, for example "
                                 "2025-03-14."));
    }
  if (g_str_equal (column, "title"))
    {
      g_autofree char *copy = g_strstrip (g_strdup (v.text));
      if (*copy == '\0')
        return trygg_risk_invalid (error, _("A risk analysis needs a title."));
    }
  sql = g_strdup_printf ("UPDATE risk_analysis SET %s = ?1, updated_at = "
                         "strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now') WHERE id = ?2", column);
  return trygg_risk_update_row (db, sql, analysis_id, &v, _("The risk analysis no longer exists."), error);
}

/* @person_id: the analysis lead, or 0 for none */
gboolean
trygg_risk_analysis_set_lead (TryggDatabase  *db,
                              gint64          analysis_id,
                              gint64          person_id,
                              GError        **error)
{
  TryggRiskValue v = { NULL, person_id, FALSE };

  return trygg_risk_update_row (db, "UPDATE risk_analysis SET lead_id = ?1, updated_at = "
                     "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?2", analysis_id, &v,
                     _("The risk analysis no longer exists."), error);
}

static gboolean
set_approval (TryggDatabase  *db,
              gint64          analysis_id,
              gboolean        approved,
              gint64          approved_by_id,
              const char     *approved_on,
              GError        **error)
{
  sqlite3_stmt *stmt;

  if (!trygg_database_begin (db, error))
    return FALSE;
  stmt = trygg_database_prepare_cached (db,
      "UPDATE risk_analysis SET status = ?1, approved_by_id = ?2, approved_on = ?3, "
      "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?4", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, approved ? "approved" : "draft", -1, SQLITE_STATIC);
  if (approved)
    {
      sqlite3_bind_int64 (stmt, 2, approved_by_id);
      sqlite3_bind_text (stmt, 3, approved_on, -1, SQLITE_TRANSIENT);
    }
  sqlite3_bind_int64 (stmt, 4, analysis_id);
  if (!trygg_database_step_done (db, stmt, error))
    goto fail;
  if (sqlite3_changes (trygg_database_get_handle (db)) == 0)
    {
      trygg_risk_not_found (error, _("The risk analysis no longer exists."));
      goto fail;
    }
  return trygg_database_commit (db, error);

fail:
  trygg_database_rollback (db);
  return FALSE;
}

/**
 * trygg_risk_analysis_approve:
 * @approved_by_id: the person who approved it
 * @approved_on: (nullable): YYYY-MM-DD; %NULL for today
 *
 * Marks an analysis approved, by whom and when.
 */
gboolean
trygg_risk_analysis_approve (TryggDatabase  *db,
                             gint64          analysis_id,
                             gint64          approved_by_id,
                             const char     *approved_on,
                             GError        **error)
{
  g_autofree char *today = NULL;

  if (approved_by_id <= 0)
    return trygg_risk_invalid (error, _("Say who approved the risk analysis."));
  if (approved_on == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      approved_on = today = g_date_time_format (now, "%Y-%m-%d");
    }
  else if (!valid_date (approved_on))
    return trygg_risk_invalid (error, _("Write the date of the approval as YYYY-MM-DD, for example "
                             "2025-03-14."));
  return set_approval (db, analysis_id, TRUE, approved_by_id, approved_on, error);
}

/* Back to draft: who approved it and when are cleared (the change log keeps them). */
gboolean
trygg_risk_analysis_reopen (TryggDatabase  *db,
                            gint64          analysis_id,
                            GError        **error)
{
  return set_approval (db, analysis_id, FALSE, 0, NULL, error);
}

/* One DELETE of one row (and its cascades), its own transaction, with its change-log range */
gboolean
trygg_risk_delete_row (TryggDatabase  *db,
                       const char     *sql,
                       gint64          id,
                       const char     *gone,
                       gint64         *first_change,
                       gint64         *last_change,
                       GError        **error)
{
  sqlite3_stmt *stmt;
  gint64 before;

  if (!trygg_database_begin (db, error))
    return FALSE;
  before = trygg_database_last_change_id (db);
  stmt = trygg_database_prepare_cached (db, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!trygg_database_step_done (db, stmt, error))
    goto fail;
  if (sqlite3_changes (trygg_database_get_handle (db)) == 0)
    {
      trygg_risk_not_found (error, gone);
      goto fail;
    }
  if (first_change != NULL)
    *first_change = before + 1;
  if (last_change != NULL)
    *last_change = trygg_database_last_change_id (db);
  return trygg_database_commit (db, error);

fail:
  trygg_database_rollback (db);
  return FALSE;
}

/**
 * trygg_risk_analysis_delete:
 * @first_change: (out) (optional): the first change-log entry of the delete
 * @last_change: (out) (optional): the last one, cascades included
 *
 * Deletes an analysis with its matrix, risks, measures, participants and links; the actions
 * of its measures stay in the tracker. trygg_database_revert_changes() on the range undoes it.
 */
gboolean
trygg_risk_analysis_delete (TryggDatabase  *db,
                            gint64          analysis_id,
                            gint64         *first_change,
                            gint64         *last_change,
                            GError        **error)
{
  return trygg_risk_delete_row (db, "DELETE FROM risk_analysis WHERE id = ?1", analysis_id,
                     _("The risk analysis no longer exists."), first_change, last_change,
                     error);
}

/**
 * trygg_risk_locate:
 * @uuid: the uuid of an analysis or of a risk
 * @analysis_id: (out): the analysis, or the risk's analysis
 * @risk_id: (out): the risk, or 0 for an analysis
 *
 * Returns: %FALSE when @uuid is neither
 */
gboolean
trygg_risk_locate (TryggDatabase *db,
                   const char    *uuid,
                   gint64        *analysis_id,
                   gint64        *risk_id)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  *analysis_id = *risk_id = 0;
  if (uuid == NULL)
    return FALSE;
  stmt = trygg_database_prepare_cached (db,
      "SELECT id, 0 FROM risk_analysis WHERE uuid = ?1 UNION ALL "
      "SELECT analysis_id, id FROM risk WHERE uuid = ?1", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *analysis_id = sqlite3_column_int64 (stmt, 0);
      *risk_id = sqlite3_column_int64 (stmt, 1);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

/* Participants */

void
trygg_risk_participant_free (TryggRiskParticipant *participant)
{
  if (participant == NULL)
    return;
  g_free (participant->name);
  g_free (participant->role);
  g_free (participant);
}

/* @participant_id: (out) (optional) */
gboolean
trygg_risk_participant_add (TryggDatabase  *db,
                            gint64          analysis_id,
                            gint64          person_id,
                            const char     *role,
                            gint64         *participant_id,
                            GError        **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt;

  if (person_id <= 0)
    return trygg_risk_invalid (error, _("Choose the person who takes part."));
  stmt = trygg_database_prepare_cached (db,
      "SELECT 1 FROM risk_participant WHERE analysis_id = ?1 AND person_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  sqlite3_bind_int64 (stmt, 2, person_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return trygg_risk_invalid (error, _("The person already takes part in the analysis."));
    }
  sqlite3_reset (stmt);

  if (!trygg_database_begin (db, error))
    return FALSE;
  stmt = trygg_database_prepare_cached (db,
      "INSERT INTO risk_participant (uuid, analysis_id, person_id, role) "
      "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, analysis_id);
  sqlite3_bind_int64 (stmt, 3, person_id);
  sqlite3_bind_text (stmt, 4, role != NULL ? role : "", -1, SQLITE_TRANSIENT);
  if (!trygg_database_step_done (db, stmt, error))
    goto fail;
  if (participant_id != NULL)
    *participant_id = trygg_risk_last_id (db);
  return trygg_database_commit (db, error);

fail:
  trygg_database_rollback (db);
  return FALSE;
}

gboolean
trygg_risk_participant_set_role (TryggDatabase  *db,
                                 gint64          participant_id,
                                 const char     *role,
                                 GError        **error)
{
  TryggRiskValue v = { role != NULL ? role : "", 0, TRUE };

  return trygg_risk_update_row (db, "UPDATE risk_participant SET role = ?1, updated_at = "
                     "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?2", participant_id, &v,
                     _("The participant is no longer in the analysis."), error);
}

gboolean
trygg_risk_participant_remove (TryggDatabase  *db,
                               gint64          participant_id,
                               GError        **error)
{
  return trygg_risk_delete_row (db, "DELETE FROM risk_participant WHERE id = ?1", participant_id,
                     _("The participant is no longer in the analysis."), NULL, NULL, error);
}

/**
 * trygg_risk_participants_list:
 *
 * Returns: (transfer full) (element-type TryggRiskParticipant): by name
 */
GPtrArray *
trygg_risk_participants_list (TryggDatabase  *db,
                              gint64          analysis_id,
                              GError        **error)
{
  GPtrArray *list;
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT rp.id, rp.person_id, p.name, rp.role FROM risk_participant rp "
      "JOIN person p ON p.id = rp.person_id WHERE rp.analysis_id = ?1 "
      "ORDER BY p.name COLLATE NOCASE", error);

  if (stmt == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_risk_participant_free);
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TryggRiskParticipant *p = g_new0 (TryggRiskParticipant, 1);

      p->id = sqlite3_column_int64 (stmt, 0);
      p->person_id = sqlite3_column_int64 (stmt, 1);
      p->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      p->role = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (list, p);
    }
  sqlite3_reset (stmt);
  return list;
}
