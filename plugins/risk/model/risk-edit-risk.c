/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing risks without GTK: a risk's texts, aspects breached, treatment, owner and status,
 * clearing its residual scores, deleting it, and listing its measures with their actions.
 * Each call is one transaction (risk-edit.c has the helpers), so the change log has the old
 * and the new values; bad input is refused in words before anything is written.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-model-private.h"

/* Risks */

/**
 * trygg_risk_set_text:
 * @column: "cause", "event", "consequence_text" or "existing_measures"
 */
gboolean
trygg_risk_set_text (TryggDatabase  *db,
                     gint64          risk_id,
                     const char     *column,
                     const char     *value,
                     GError        **error)
{
  static const char * const columns[] = {
    "cause", "event", "consequence_text", "existing_measures", NULL
  };
  g_autofree char *sql = NULL;
  TryggRiskValue v = { value != NULL ? value : "", 0, TRUE };

  g_return_val_if_fail (trygg_risk_in_list (columns, column), FALSE);
  sql = g_strdup_printf ("UPDATE risk SET %s = ?1, updated_at = "
                         "strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now') WHERE id = ?2", column);
  return trygg_risk_update_row (db, sql, risk_id, &v, _("The risk no longer exists."), error);
}

/* Which aspects the risk breaches: confidentiality, integrity, availability (K/R/T, K/I/T). */
gboolean
trygg_risk_set_aspects (TryggDatabase  *db,
                        gint64          risk_id,
                        gboolean        confidentiality,
                        gboolean        integrity,
                        gboolean        availability,
                        GError        **error)
{
  TryggRiskValue v = { NULL, (confidentiality ? 1 : 0) | (integrity ? 2 : 0) | (availability ? 4 : 0),
              FALSE };

  /* 0 binds NULL: coalesce it back to no aspects */
  return trygg_risk_update_row (db, "UPDATE risk SET breaches_confidentiality = coalesce(?1, 0) & 1, "
                     "breaches_integrity = (coalesce(?1, 0) >> 1) & 1, "
                     "breaches_availability = (coalesce(?1, 0) >> 2) & 1, "
                     "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?2",
                     risk_id, &v, _("The risk no longer exists."), error);
}

/* @treatment: (nullable): "reduce", "accept", "avoid", "transfer", or %NULL for not decided */
gboolean
trygg_risk_set_treatment (TryggDatabase  *db,
                          gint64          risk_id,
                          const char     *treatment,
                          GError        **error)
{
  TryggRiskValue v = { treatment, 0, TRUE };

  if (treatment != NULL && *treatment == '\0')
    v.text = NULL;
  else if (treatment != NULL && !trygg_risk_in_list (trygg_risk_treatments, treatment))
    return trygg_risk_invalid (error, _("A risk is treated by reducing, accepting, avoiding or "
                             "transferring it."));
  return trygg_risk_update_row (db, "UPDATE risk SET treatment = ?1, updated_at = "
                     "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?2", risk_id, &v,
                     _("The risk no longer exists."), error);
}

/* @status: "open", "in_treatment", "accepted" or "closed" */
gboolean
trygg_risk_set_status (TryggDatabase  *db,
                       gint64          risk_id,
                       const char     *status,
                       GError        **error)
{
  TryggRiskValue v = { status, 0, TRUE };

  if (!trygg_risk_in_list (trygg_risk_statuses, status))
    return trygg_risk_invalid (error, _("A risk is open, in treatment, accepted or closed."));
  return trygg_risk_update_row (db, "UPDATE risk SET status = ?1, updated_at = "
                     "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?2", risk_id, &v,
                     _("The risk no longer exists."), error);
}

/* @person_id: the risk owner, or 0 for none */
gboolean
trygg_risk_set_owner (TryggDatabase  *db,
                      gint64          risk_id,
                      gint64          person_id,
                      GError        **error)
{
  TryggRiskValue v = { NULL, person_id, FALSE };

  return trygg_risk_update_row (db, "UPDATE risk SET owner_id = ?1, updated_at = "
                     "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?2", risk_id, &v,
                     _("The risk no longer exists."), error);
}

/* The residual scores back to not assessed. */
gboolean
trygg_risk_clear_residual (TryggDatabase  *db,
                           gint64          risk_id,
                           GError        **error)
{
  TryggRiskValue v = { NULL, 0, FALSE };

  return trygg_risk_update_row (db, "UPDATE risk SET residual_probability = ?1, residual_consequence = ?1, "
                     "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?2",
                     risk_id, &v, _("The risk no longer exists."), error);
}

/**
 * trygg_risk_delete:
 * @first_change: (out) (optional): the first change-log entry of the delete
 * @last_change: (out) (optional): the last one, its measures included
 *
 * Deletes a risk and its measures; their actions stay in the tracker. The numbers of the
 * other risks do not change.
 */
gboolean
trygg_risk_delete (TryggDatabase  *db,
                   gint64          risk_id,
                   gint64         *first_change,
                   gint64         *last_change,
                   GError        **error)
{
  return trygg_risk_delete_row (db, "DELETE FROM risk WHERE id = ?1", risk_id,
                     _("The risk no longer exists."), first_change, last_change, error);
}

void
trygg_risk_measure_free (TryggRiskMeasure *measure)
{
  if (measure == NULL)
    return;
  g_free (measure->title);
  g_free (measure->responsible);
  g_free (measure->due_date);
  g_free (measure->status);
  g_free (measure);
}

/**
 * trygg_risk_measures_list:
 *
 * Returns: (transfer full) (element-type TryggRiskMeasure): the measures of a risk with their
 *   actions' title, responsible, deadline and status, by deadline
 */
GPtrArray *
trygg_risk_measures_list (TryggDatabase  *db,
                          gint64          risk_id,
                          GError        **error)
{
  GPtrArray *list;
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT me.id, a.id, a.title, coalesce(a.responsible_id, 0), coalesce(p.name, ''), "
      "a.due_date, a.status FROM risk_measure me JOIN action a ON a.id = me.action_id "
      "LEFT JOIN person p ON p.id = a.responsible_id WHERE me.risk_id = ?1 "
      "ORDER BY a.due_sort IS NULL, a.due_sort, me.id", error);

  if (stmt == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_risk_measure_free);
  sqlite3_bind_int64 (stmt, 1, risk_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TryggRiskMeasure *m = g_new0 (TryggRiskMeasure, 1);

      m->id = sqlite3_column_int64 (stmt, 0);
      m->action_id = sqlite3_column_int64 (stmt, 1);
      m->title = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      m->responsible_id = sqlite3_column_int64 (stmt, 3);
      m->responsible = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      m->due_date = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      m->status = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      g_ptr_array_add (list, m);
    }
  sqlite3_reset (stmt);
  return list;
}
