/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measures against risks, as actions in core's tracker, and the counts of the overview card.
 * The SQL of trygg_risk_overview() puts a value in a band by the rule of
 * trygg_risk_matrix_band() in risk-model.c.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-model-private.h"

/* Measures */

static gboolean
write_measure (TryggDatabase  *db,
               gint64          risk_id,
               const char     *title,
               const char     *description,
               gint64          responsible_id,
               const char     *due_date,
               gint64         *measure_id,
               gint64         *action_id,
               GError        **error)
{
  g_autoptr(TryggAction) action = trygg_action_new ();
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt;

  g_object_set (action,
                "title", title,
                "description", description != NULL ? description : "",
                "source-plugin", "risk",
                "source-uuid", uuid,
                "responsible-id", responsible_id,
                "due-date", due_date,
                NULL);
  if (!trygg_entity_write (TRYGG_ENTITY (action), db, error))
    return FALSE;
  stmt = trygg_database_prepare_cached (db,
      "INSERT INTO risk_measure (uuid, risk_id, action_id) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, risk_id);
  sqlite3_bind_int64 (stmt, 3, trygg_entity_get_id (TRYGG_ENTITY (action)));
  if (!trygg_database_step_done (db, stmt, error))
    return FALSE;
  *measure_id = trygg_risk_last_id (db);
  *action_id = trygg_entity_get_id (TRYGG_ENTITY (action));
  return TRUE;
}

/**
 * trygg_risk_propose_measure:
 * @responsible_id: a person, or 0
 * @due_date: (nullable): the deadline, YYYY-MM-DD
 * @measure_id: (out) (optional): the measure row
 * @action_id: (out) (optional): its action
 *
 * Proposes a measure against a risk: an action in core's tracker (source "risk", the
 * measure's uuid) and the measure that links it to the risk, in one transaction.
 */
gboolean
trygg_risk_propose_measure (TryggDatabase  *db,
                            gint64          risk_id,
                            const char     *title,
                            const char     *description,
                            gint64          responsible_id,
                            const char     *due_date,
                            gint64         *measure_id,
                            gint64         *action_id,
                            GError        **error)
{
  gint64 measure = 0, action = 0;

  if (title == NULL || *title == '\0')
    {
      g_set_error_literal (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                           _("A measure needs a title."));
      return FALSE;
    }
  if (!trygg_database_begin (db, error))
    return FALSE;
  if (write_measure (db, risk_id, title, description, responsible_id, due_date,
                     &measure, &action, error) &&
      trygg_database_commit (db, error))
    {
      if (measure_id != NULL)
        *measure_id = measure;
      if (action_id != NULL)
        *action_id = action;
      return TRUE;
    }
  trygg_database_rollback (db);
  return FALSE;
}

/* The overview card */

static gboolean
count (TryggDatabase  *db,
       const char     *sql,
       const char     *param,
       gint64         *result,
       GError        **error)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *result = sqlite3_column_int64 (stmt, 0);
  else
    trygg_database_set_error (db, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

/**
 * trygg_risk_overview:
 * @today: (nullable): YYYY-MM-DD; %NULL for today
 *
 * The counts of the overview card; see #TryggRiskOverview.
 */
gboolean
trygg_risk_overview (TryggDatabase      *db,
                     const char         *today,
                     TryggRiskOverview  *overview,
                     GError            **error)
{
  g_autofree char *now = NULL;

  if (today == NULL)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_now_local ();

      today = now = g_date_time_format (dt, "%Y-%m-%d");
    }
  return count (db,
                "SELECT count(*) FROM (SELECT m.id AS matrix_id, coalesce("
                "r.residual_probability * r.residual_consequence, r.probability * "
                "r.consequence) AS value FROM risk r JOIN risk_matrix m "
                "ON m.analysis_id = r.analysis_id WHERE r.status <> 'closed') AS rv "
                "WHERE coalesce((SELECT b.colour FROM risk_band b WHERE b.matrix_id = "
                "rv.matrix_id AND b.lower_value <= rv.value AND rv.value <= b.upper_value), "
                "(SELECT b.colour FROM risk_band b WHERE b.matrix_id = rv.matrix_id AND "
                "b.lower_value <= rv.value ORDER BY b.lower_value DESC LIMIT 1)) = 'red'",
                NULL, &overview->red_risks, error) &&
         count (db, "SELECT count(*) FROM risk_analysis WHERE status = 'draft'", NULL,
                &overview->unapproved_analyses, error) &&
         count (db, "SELECT count(*) FROM risk_measure me JOIN action a ON a.id = me.action_id "
                "WHERE a.due_sort < ?1 AND a.status NOT IN ('done', 'cancelled')", today,
                &overview->overdue_measures, error);
}
