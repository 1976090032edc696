/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading analyses for the report and the CSV, without GTK: an analysis with the names of its
 * lead and approver, what it is about, its participants, its level texts, its risks with their
 * measures (title, responsible and deadline from core's action tracker), every analysis for
 * the yearly report, and the measures past their deadline. Every text comes back non-NULL.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-query.h"

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

/* Steps @stmt to its end: %TRUE when it ended well, else @error is set. */
static gboolean
finished (TryggDatabase  *db,
          int             rc,
          GError        **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;
  trygg_database_set_error (db, error);
  return FALSE;
}

/**
 * trygg_risk_query_lookup:
 *
 * Returns: the id of the analysis with @analysis_uuid, or 0 with a G_IO_ERROR_INVALID_ARGUMENT
 *   error in words
 */
gint64
trygg_risk_query_lookup (TryggDatabase  *db,
                         const char     *analysis_uuid,
                         GError        **error)
{
  gint64 id = analysis_uuid != NULL
    ? trygg_database_lookup_id (db, "risk_analysis", analysis_uuid) : 0;

  if (id <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %s is the identifier (a UUID) that was asked for */
                   _("There is no risk analysis with the identifier %s"),
                   analysis_uuid != NULL ? analysis_uuid : "");
      return 0;
    }
  return id;
}

void
trygg_risk_query_analysis_free (TryggRiskReportAnalysis *info)
{
  if (info == NULL)
    return;
  g_free (info->uuid);
  g_free (info->title);
  g_free (info->purpose);
  g_free (info->scope);
  g_free (info->out_of_scope);
  g_free (info->method_notes);
  g_free (info->lead);
  g_free (info->analysed_on);
  g_free (info->approved_by);
  g_free (info->approved_on);
  g_free (info->created_on);
  g_free (info);
}

#define ANALYSIS_SELECT \
  "SELECT a.id, a.uuid, a.title, a.purpose, a.scope, a.out_of_scope, a.method_notes, " \
  "l.name, a.analysed_on, a.status = 'approved', p.name, a.approved_on, " \
  "substr(a.created_at, 1, 10), (SELECT count(*) FROM risk r WHERE r.analysis_id = a.id) " \
  "FROM risk_analysis a LEFT JOIN person l ON l.id = a.lead_id " \
  "LEFT JOIN person p ON p.id = a.approved_by_id "

static TryggRiskReportAnalysis *
read_analysis (sqlite3_stmt *stmt)
{
  TryggRiskReportAnalysis *info = g_new0 (TryggRiskReportAnalysis, 1);

  info->id = sqlite3_column_int64 (stmt, 0);
  info->uuid = column_text (stmt, 1);
  info->title = column_text (stmt, 2);
  info->purpose = column_text (stmt, 3);
  info->scope = column_text (stmt, 4);
  info->out_of_scope = column_text (stmt, 5);
  info->method_notes = column_text (stmt, 6);
  info->lead = column_text (stmt, 7);
  info->analysed_on = column_text (stmt, 8);
  info->approved = sqlite3_column_int (stmt, 9) != 0;
  info->approved_by = column_text (stmt, 10);
  info->approved_on = column_text (stmt, 11);
  info->created_on = column_text (stmt, 12);
  info->n_risks = sqlite3_column_int (stmt, 13);
  return info;
}

/**
 * trygg_risk_query_analysis:
 *
 * Returns: (transfer full): the analysis, or %NULL with a TRYGG_DATABASE_ERROR_NOT_FOUND error
 */
TryggRiskReportAnalysis *
trygg_risk_query_analysis (TryggDatabase  *db,
                           gint64          analysis_id,
                           GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db,
      ANALYSIS_SELECT "WHERE a.id = ?1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND,
                           _("The risk analysis no longer exists."));
      return NULL;
    }
  return read_analysis (stmt);
}

/**
 * trygg_risk_query_analyses:
 *
 * Returns: (transfer container) (element-type TryggRiskReportAnalysis): every analysis, by
 *   date (the analysis's, else its creation) and title
 */
GPtrArray *
trygg_risk_query_analyses (TryggDatabase  *db,
                           GError        **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (
      (GDestroyNotify) trygg_risk_query_analysis_free);
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db,
      ANALYSIS_SELECT "ORDER BY coalesce(a.analysed_on, substr(a.created_at, 1, 10)), "
      "a.title COLLATE NOCASE, a.id", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read_analysis (stmt));
  return finished (db, rc, error) ? g_steal_pointer (&list) : NULL;
}

/* Fills @list with the first text column of every row of @stmt, bound to @analysis_id. */
static GPtrArray *
names (TryggDatabase  *db,
       const char     *sql,
       gint64          analysis_id,
       GError        **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, column_text (stmt, 0));
  return finished (db, rc, error) ? g_steal_pointer (&list) : NULL;
}

/**
 * trygg_risk_query_objects:
 *
 * Returns: (transfer container) (element-type utf8): the names of the units, systems,
 *   information assets or processes the analysis is about, sorted
 */
GPtrArray *
trygg_risk_query_objects (TryggDatabase        *db,
                          gint64                analysis_id,
                          TryggRiskReportObject   kind,
                          GError              **error)
{
  static const char * const sql[] = {
    [TRYGG_RISK_REPORT_OBJECT_UNIT] =
      "SELECT o.name FROM risk_analysis_unit x JOIN org_unit o ON o.id = x.unit_id "
      "WHERE x.analysis_id = ?1 ORDER BY o.name COLLATE NOCASE",
    [TRYGG_RISK_REPORT_OBJECT_SYSTEM] =
      "SELECT o.name FROM risk_analysis_system x JOIN system o ON o.id = x.system_id "
      "WHERE x.analysis_id = ?1 ORDER BY o.name COLLATE NOCASE",
    [TRYGG_RISK_REPORT_OBJECT_ASSET] =
      "SELECT o.name FROM risk_analysis_asset x JOIN information_asset o ON o.id = x.asset_id "
      "WHERE x.analysis_id = ?1 ORDER BY o.name COLLATE NOCASE",
    [TRYGG_RISK_REPORT_OBJECT_PROCESS] =
      "SELECT o.name FROM risk_analysis_process x JOIN process o ON o.id = x.process_id "
      "WHERE x.analysis_id = ?1 ORDER BY o.name COLLATE NOCASE",
  };

  g_return_val_if_fail (kind <= TRYGG_RISK_REPORT_OBJECT_PROCESS, NULL);
  return names (db, sql[kind], analysis_id, error);
}

static void
participant_free (TryggRiskReportParticipant *participant)
{
  g_free (participant->name);
  g_free (participant->role);
  g_free (participant->title);
  g_free (participant->unit);
  g_free (participant);
}

/**
 * trygg_risk_query_participants:
 *
 * Returns: (transfer container) (element-type TryggRiskReportParticipant): by name
 */
GPtrArray *
trygg_risk_query_participants (TryggDatabase  *db,
                               gint64          analysis_id,
                               GError        **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) participant_free);
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db,
      "SELECT p.name, x.role, p.role, u.name FROM risk_participant x "
      "JOIN person p ON p.id = x.person_id LEFT JOIN org_unit u ON u.id = p.unit_id "
      "WHERE x.analysis_id = ?1 ORDER BY p.name COLLATE NOCASE", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggRiskReportParticipant *participant = g_new0 (TryggRiskReportParticipant, 1);

      participant->name = column_text (stmt, 0);
      participant->role = column_text (stmt, 1);
      participant->title = column_text (stmt, 2);
      participant->unit = column_text (stmt, 3);
      g_ptr_array_add (list, participant);
    }
  return finished (db, rc, error) ? g_steal_pointer (&list) : NULL;
}

static void
level_free (TryggRiskReportLevel *level)
{
  g_free (level->name);
  g_free (level->description);
  g_free (level);
}

/**
 * trygg_risk_query_levels:
 * @axis: "probability" or "consequence"
 *
 * Returns: (transfer container) (element-type TryggRiskReportLevel): the levels of the axis
 *   within the matrix's size, lowest first
 */
GPtrArray *
trygg_risk_query_levels (TryggDatabase  *db,
                         gint64          analysis_id,
                         const char     *axis,
                         GError        **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) level_free);
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db,
      "SELECT l.level, l.name, l.description FROM risk_level l "
      "JOIN risk_matrix m ON m.id = l.matrix_id WHERE m.analysis_id = ?1 AND l.axis = ?2 "
      "AND l.level <= CASE ?2 WHEN 'probability' THEN m.probability_levels "
      "ELSE m.consequence_levels END ORDER BY l.level", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  sqlite3_bind_text (stmt, 2, axis, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggRiskReportLevel *level = g_new0 (TryggRiskReportLevel, 1);

      level->level = sqlite3_column_int (stmt, 0);
      level->name = column_text (stmt, 1);
      level->description = column_text (stmt, 2);
      g_ptr_array_add (list, level);
    }
  return finished (db, rc, error) ? g_steal_pointer (&list) : NULL;
}

static void
measure_free (TryggRiskReportMeasure *measure)
{
  g_free (measure->title);
  g_free (measure->responsible);
  g_free (measure->deadline);
  g_free (measure->due_sort);
  g_free (measure->status);
  g_free (measure->completed_on);
  g_free (measure);
}

static void
risk_free (TryggRiskReportRisk *risk)
{
  g_free (risk->cause);
  g_free (risk->event);
  g_free (risk->consequence_text);
  g_free (risk->existing_measures);
  g_free (risk->treatment);
  g_free (risk->owner);
  g_free (risk->status);
  g_ptr_array_unref (risk->measures);
  g_free (risk);
}

/* Attaches the measures of the analysis's risks, in deadline order, to @risks. */
static gboolean
read_measures (TryggDatabase  *db,
               gint64          analysis_id,
               GHashTable     *risks,
               GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db,
      "SELECT me.risk_id, a.title, p.name, coalesce(a.due_date, a.due_quarter), a.due_sort, "
      "a.status, a.completed_on FROM risk_measure me JOIN risk r ON r.id = me.risk_id "
      "JOIN action a ON a.id = me.action_id LEFT JOIN person p ON p.id = a.responsible_id "
      "WHERE r.analysis_id = ?1 ORDER BY me.risk_id, a.due_sort IS NULL, a.due_sort, me.id",
      error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 risk_id = sqlite3_column_int64 (stmt, 0);
      TryggRiskReportRisk *risk = g_hash_table_lookup (risks, &risk_id);
      TryggRiskReportMeasure *measure;

      if (risk == NULL)
        continue;
      measure = g_new0 (TryggRiskReportMeasure, 1);
      measure->title = column_text (stmt, 1);
      measure->responsible = column_text (stmt, 2);
      measure->deadline = column_text (stmt, 3);
      measure->due_sort = column_text (stmt, 4);
      measure->status = column_text (stmt, 5);
      measure->completed_on = column_text (stmt, 6);
      g_ptr_array_add (risk->measures, measure);
    }
  return finished (db, rc, error);
}

/**
 * trygg_risk_query_risks:
 *
 * Returns: (transfer container) (element-type TryggRiskReportRisk): the analysis's risks by number,
 *   each with its measures
 */
GPtrArray *
trygg_risk_query_risks (TryggDatabase  *db,
                        gint64          analysis_id,
                        GError        **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) risk_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db,
      "SELECT r.id, r.number, r.cause, r.event, r.consequence_text, r.existing_measures, "
      "r.breaches_confidentiality, r.breaches_integrity, r.breaches_availability, "
      "r.probability, r.consequence, coalesce(r.residual_probability, 0), "
      "coalesce(r.residual_consequence, 0), coalesce(r.treatment, ''), p.name, r.status "
      "FROM risk r LEFT JOIN person p ON p.id = r.owner_id WHERE r.analysis_id = ?1 "
      "ORDER BY r.number", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggRiskReportRisk *risk = g_new0 (TryggRiskReportRisk, 1);

      risk->id = sqlite3_column_int64 (stmt, 0);
      risk->number = sqlite3_column_int (stmt, 1);
      risk->cause = column_text (stmt, 2);
      risk->event = column_text (stmt, 3);
      risk->consequence_text = column_text (stmt, 4);
      risk->existing_measures = column_text (stmt, 5);
      risk->confidentiality = sqlite3_column_int (stmt, 6) != 0;
      risk->integrity = sqlite3_column_int (stmt, 7) != 0;
      risk->availability = sqlite3_column_int (stmt, 8) != 0;
      risk->probability = sqlite3_column_int (stmt, 9);
      risk->consequence = sqlite3_column_int (stmt, 10);
      risk->residual_probability = sqlite3_column_int (stmt, 11);
      risk->residual_consequence = sqlite3_column_int (stmt, 12);
      risk->treatment = column_text (stmt, 13);
      risk->owner = column_text (stmt, 14);
      risk->status = column_text (stmt, 15);
      risk->measures = g_ptr_array_new_with_free_func ((GDestroyNotify) measure_free);
      g_ptr_array_add (list, risk);
      g_hash_table_insert (by_id, &risk->id, risk);
    }
  if (!finished (db, rc, error) || !read_measures (db, analysis_id, by_id, error))
    return NULL;
  return g_steal_pointer (&list);
}

/* The value that counts now: the residual one once assessed, else the initial one. */
int
trygg_risk_query_current_value (const TryggRiskReportRisk *risk)
{
  if (risk->residual_probability > 0)
    return risk->residual_probability * risk->residual_consequence;
  return risk->probability * risk->consequence;
}

static void
overdue_free (TryggRiskReportOverdue *info)
{
  g_free (info->analysis);
  g_free (info->title);
  g_free (info->responsible);
  g_free (info->deadline);
  g_free (info->status);
  g_free (info);
}

/**
 * trygg_risk_query_overdue:
 * @today: YYYY-MM-DD
 *
 * Returns: (transfer container) (element-type TryggRiskReportOverdue): the measures of every
 *   analysis due before @today and neither done nor cancelled, oldest deadline first
 */
GPtrArray *
trygg_risk_query_overdue (TryggDatabase  *db,
                          const char     *today,
                          GError        **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) overdue_free);
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db,
      "SELECT an.title, r.number, a.title, p.name, coalesce(a.due_date, a.due_quarter), "
      "a.status FROM risk_measure me JOIN action a ON a.id = me.action_id "
      "JOIN risk r ON r.id = me.risk_id JOIN risk_analysis an ON an.id = r.analysis_id "
      "LEFT JOIN person p ON p.id = a.responsible_id "
      "WHERE a.due_sort < ?1 AND a.status NOT IN ('done', 'cancelled') "
      "ORDER BY a.due_sort, an.title COLLATE NOCASE, r.number", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggRiskReportOverdue *info = g_new0 (TryggRiskReportOverdue, 1);

      info->analysis = column_text (stmt, 0);
      info->risk_number = sqlite3_column_int (stmt, 1);
      info->title = column_text (stmt, 2);
      info->responsible = column_text (stmt, 3);
      info->deadline = column_text (stmt, 4);
      info->status = column_text (stmt, 5);
      g_ptr_array_add (list, info);
    }
  return finished (db, rc, error) ? g_steal_pointer (&list) : NULL;
}
