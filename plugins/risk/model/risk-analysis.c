/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Making an analysis with its own matrix copied from a preset, and adding and scoring its
 * risks: value = probability × consequence, and a risk's band (risk-model.c) holds its
 * acceptance rule.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-model-private.h"

/* Making an analysis */

static gboolean
insert_level (TryggDatabase  *db,
              gint64          matrix_id,
              const char     *axis,
              int             level,
              const char     *name,
              const char     *description,
              GError        **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "INSERT INTO risk_level (uuid, matrix_id, axis, level, name, description) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, matrix_id);
  sqlite3_bind_text (stmt, 3, axis, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, level);
  sqlite3_bind_text (stmt, 5, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, description, -1, SQLITE_TRANSIENT);
  return trygg_database_step_done (db, stmt, error);
}

/* The levels of one axis: the translated texts of @preset, or empty ones without a preset. */
static gboolean
insert_levels (TryggDatabase          *db,
               gint64                  matrix_id,
               const char             *axis,
               int                     size,
               const TryggRiskPreset  *preset,
               GError                **error)
{
  gboolean probability = g_str_equal (axis, "probability");

  for (int i = 0; i < size; i++)
    {
      const char *name = "";
      const char *description = "";

      if (preset != NULL)
        {
          name = probability
            ? g_dpgettext2 (GETTEXT_PACKAGE, "risk probability", preset->probability[i])
            : g_dpgettext2 (GETTEXT_PACKAGE, "risk consequence", preset->consequence[i]);
          description = _(probability ? preset->probability_descriptions[i]
                                      : preset->consequence_descriptions[i]);
        }
      if (!insert_level (db, matrix_id, axis, i + 1, name, description, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_band (TryggDatabase              *db,
             gint64                      matrix_id,
             int                         position,
             const TryggRiskPresetBand  *band,
             GError                    **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "INSERT INTO risk_band (uuid, matrix_id, position, name, lower_value, upper_value, "
      "colour, accept_by, treat_within_days, inform) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, matrix_id);
  sqlite3_bind_int (stmt, 3, position);
  sqlite3_bind_text (stmt, 4, g_dpgettext2 (GETTEXT_PACKAGE, "risk band", band->name), -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, band->lower);
  sqlite3_bind_int (stmt, 6, band->upper);
  sqlite3_bind_text (stmt, 7, band->colour, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, g_dpgettext2 (GETTEXT_PACKAGE, "risk acceptance",
                                            band->accept_by), -1, SQLITE_TRANSIENT);
  if (band->treat_within_days >= 0)
    sqlite3_bind_int (stmt, 9, band->treat_within_days);
  else
    sqlite3_bind_null (stmt, 9);
  sqlite3_bind_text (stmt, 10, *band->inform != '\0'
                     ? g_dpgettext2 (GETTEXT_PACKAGE, "risk acceptance", band->inform)
                     : "", -1, SQLITE_TRANSIENT);
  return trygg_database_step_done (db, stmt, error);
}

static gboolean
write_analysis (TryggDatabase          *db,
                const char             *title,
                const TryggRiskPreset  *preset,
                gint64                 *analysis_id,
                GError                **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *matrix_uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt;
  gint64 id, matrix_id;

  stmt = trygg_database_prepare_cached (db,
      "INSERT INTO risk_analysis (uuid, title) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, title != NULL ? title : "", -1, SQLITE_TRANSIENT);
  if (!trygg_database_step_done (db, stmt, error))
    return FALSE;
  id = trygg_risk_last_id (db);

  stmt = trygg_database_prepare_cached (db,
      "INSERT INTO risk_matrix (uuid, analysis_id, preset, probability_levels, "
      "consequence_levels) VALUES (?1, ?2, ?3, ?4, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, matrix_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  sqlite3_bind_text (stmt, 3, preset->id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, preset->size);
  if (!trygg_database_step_done (db, stmt, error))
    return FALSE;
  matrix_id = trygg_risk_last_id (db);

  if (!insert_levels (db, matrix_id, "probability", preset->size, preset, error) ||
      !insert_levels (db, matrix_id, "consequence", preset->size, preset, error))
    return FALSE;
  for (int i = 0; i < preset->n_bands; i++)
    if (!insert_band (db, matrix_id, i, &preset->bands[i], error))
      return FALSE;
  *analysis_id = id;
  return TRUE;
}

/**
 * trygg_risk_create_analysis:
 * @preset: (nullable): a preset id; %NULL for the default 4 × 4
 * @analysis_id: (out): the new analysis
 *
 * Makes a draft analysis with its own matrix copied from @preset — sizes, level texts,
 * bands and acceptance rules, translated into the current language — in one transaction.
 */
gboolean
trygg_risk_create_analysis (TryggDatabase  *db,
                            const char     *title,
                            const char     *preset,
                            gint64         *analysis_id,
                            GError        **error)
{
  const TryggRiskPreset *p = preset != NULL ? trygg_risk_preset_lookup (preset)
                                            : &trygg_risk_presets[0];
  gint64 id = 0;

  g_return_val_if_fail (analysis_id != NULL, FALSE);

  if (p == NULL)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("There is no risk matrix preset “%s”."), preset);
      return FALSE;
    }
  if (!trygg_database_begin (db, error))
    return FALSE;
  if (write_analysis (db, title, p, &id, error) && trygg_database_commit (db, error))
    {
      *analysis_id = id;
      return TRUE;
    }
  trygg_database_rollback (db);
  return FALSE;
}

/* Risks */

static gboolean
check_levels (const TryggRiskMatrix  *matrix,
              int                     probability,
              int                     consequence,
              GError                **error)
{
  if (probability >= 1 && probability <= matrix->probability_levels &&
      consequence >= 1 && consequence <= matrix->consequence_levels)
    return TRUE;
  g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
               /* Translators: probability, consequence, then the matrix's size ("4 × 4") */
               _("Probability %d and consequence %d are outside the analysis’s %d × %d "
                 "matrix."),
               probability, consequence, matrix->probability_levels,
               matrix->consequence_levels);
  return FALSE;
}

/**
 * trygg_risk_add:
 * @risk_id: (out) (optional): the new risk
 *
 * Adds a risk with the next free number of its analysis and its initial scores.
 */
gboolean
trygg_risk_add (TryggDatabase  *db,
                gint64          analysis_id,
                const char     *event,
                int             probability,
                int             consequence,
                gint64         *risk_id,
                GError        **error)
{
  g_autoptr(TryggRiskMatrix) matrix = trygg_risk_matrix_load (db, analysis_id, error);
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt;

  if (matrix == NULL || !check_levels (matrix, probability, consequence, error))
    return FALSE;
  if (!trygg_database_begin (db, error))
    return FALSE;
  stmt = trygg_database_prepare_cached (db,
      "INSERT INTO risk (uuid, analysis_id, number, event, probability, consequence) "
      "VALUES (?1, ?2, (SELECT coalesce(max(number), 0) + 1 FROM risk WHERE analysis_id = ?2), "
      "?3, ?4, ?5)", error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, analysis_id);
      sqlite3_bind_text (stmt, 3, event != NULL ? event : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 4, probability);
      sqlite3_bind_int (stmt, 5, consequence);
      if (trygg_database_step_done (db, stmt, error))
        {
          gint64 id = trygg_risk_last_id (db);

          if (trygg_database_commit (db, error))
            {
              if (risk_id != NULL)
                *risk_id = id;
              return TRUE;
            }
          return FALSE;
        }
    }
  trygg_database_rollback (db);
  return FALSE;
}

/* the scores and analysis of a risk */
static gboolean
read_risk (TryggDatabase    *db,
           gint64            risk_id,
           TryggRiskScores  *scores,
           gint64           *analysis_id,
           GError          **error)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT probability, consequence, coalesce(residual_probability, 0), "
      "coalesce(residual_consequence, 0), analysis_id FROM risk WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, risk_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return trygg_risk_not_found (error, _("The risk no longer exists."));
    }
  scores->probability = sqlite3_column_int (stmt, 0);
  scores->consequence = sqlite3_column_int (stmt, 1);
  scores->residual_probability = sqlite3_column_int (stmt, 2);
  scores->residual_consequence = sqlite3_column_int (stmt, 3);
  if (analysis_id != NULL)
    *analysis_id = sqlite3_column_int64 (stmt, 4);
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
trygg_risk_get_scores (TryggDatabase    *db,
                       gint64            risk_id,
                       TryggRiskScores  *scores,
                       GError          **error)
{
  return read_risk (db, risk_id, scores, NULL, error);
}

static gboolean
write_scores (TryggDatabase          *db,
              gint64                  risk_id,
              const TryggRiskScores  *scores,
              GError                **error)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "UPDATE risk SET probability = ?1, consequence = ?2, residual_probability = ?3, "
      "residual_consequence = ?4, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
      "WHERE id = ?5", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, scores->probability);
  sqlite3_bind_int (stmt, 2, scores->consequence);
  if (scores->residual_probability > 0)
    {
      sqlite3_bind_int (stmt, 3, scores->residual_probability);
      sqlite3_bind_int (stmt, 4, scores->residual_consequence);
    }
  else
    {
      sqlite3_bind_null (stmt, 3);
      sqlite3_bind_null (stmt, 4);
    }
  sqlite3_bind_int64 (stmt, 5, risk_id);
  return trygg_database_step_done (db, stmt, error);
}

/**
 * trygg_risk_score:
 * @residual: whether to set the residual scores rather than the initial ones
 *
 * Moves a risk to another cell: one update of its row, so that the change log has the old
 * and the new scores.
 */
gboolean
trygg_risk_score (TryggDatabase  *db,
                  gint64          risk_id,
                  gboolean        residual,
                  int             probability,
                  int             consequence,
                  GError        **error)
{
  g_autoptr(TryggRiskMatrix) matrix = NULL;
  TryggRiskScores scores = { 0 };
  gint64 analysis_id = 0;

  if (!read_risk (db, risk_id, &scores, &analysis_id, error))
    return FALSE;
  matrix = trygg_risk_matrix_load (db, analysis_id, error);
  if (matrix == NULL || !check_levels (matrix, probability, consequence, error))
    return FALSE;
  if (residual)
    {
      scores.residual_probability = probability;
      scores.residual_consequence = consequence;
    }
  else
    {
      scores.probability = probability;
      scores.consequence = consequence;
    }
  if (!trygg_database_begin (db, error))
    return FALSE;
  if (write_scores (db, risk_id, &scores, error) && trygg_database_commit (db, error))
    return TRUE;
  trygg_database_rollback (db);
  return FALSE;
}

/**
 * trygg_risk_band_of_risk:
 * @residual: the band of the residual scores rather than the initial ones
 * @value: (out) (optional): probability × consequence, 0 when not assessed
 *
 * The band of a risk, which holds its acceptance rule.
 *
 * Returns: (transfer full) (nullable): the band; %NULL without an error when the residual
 *   scores are asked for and not yet assessed
 */
TryggRiskBand *
trygg_risk_band_of_risk (TryggDatabase  *db,
                         gint64          risk_id,
                         gboolean        residual,
                         int            *value,
                         GError        **error)
{
  g_autoptr(TryggRiskMatrix) matrix = NULL;
  const TryggRiskBand *band;
  TryggRiskScores scores;
  gint64 analysis_id;
  int v;

  if (!read_risk (db, risk_id, &scores, &analysis_id, error))
    return NULL;
  v = residual ? scores.residual_probability * scores.residual_consequence
               : scores.probability * scores.consequence;
  if (value != NULL)
    *value = v;
  if (v == 0)
    return NULL;
  matrix = trygg_risk_matrix_load (db, analysis_id, error);
  if (matrix == NULL)
    return NULL;
  band = trygg_risk_matrix_band (matrix, v);
  return band != NULL ? trygg_risk_band_copy (band) : NULL;
}
