/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Risk analysis without GTK: the matrix presets, making an analysis with its own matrix,
 * values and bands, scoring risks, resizing a matrix that has risks on it, measures as
 * actions in core's tracker, and the counts of the overview card. DOMAIN.md §2 has the facts.
 *
 * The rules: value = probability × consequence. A value's band is the one whose bounds hold
 * it; a value that falls between two bands (possible only once bands are edited or rescaled)
 * belongs to the lower one. The SQL of trygg_risk_overview() follows the same rule.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-model.h"

const TryggRiskPreset trygg_risk_presets[] = {
  { "default", N_("4 × 4 (default)"), 4,
    { NC_ ("risk probability", "Very low"),
      NC_ ("risk probability", "Low"),
      NC_ ("risk probability", "High"),
      NC_ ("risk probability", "Very high") },
    { N_("Less often than once in 10 years"),
      N_("Once in 1–10 years"),
      N_("About once a year"),
      N_("More than once a year") },
    { NC_ ("risk consequence", "Negligible"),
      NC_ ("risk consequence", "Moderate"),
      NC_ ("risk consequence", "Considerable"),
      NC_ ("risk consequence", "Serious") },
    { N_("No or negligible harm"),
      N_("Moderate harm"),
      N_("Considerable harm"),
      N_("Serious harm") },
    4,
    { { NC_ ("risk band", "Low"), 1, 2, "green",
        NC_ ("risk acceptance", "Risk owner"), -1, "" },
      { NC_ ("risk band", "Medium"), 3, 6, "yellow",
        NC_ ("risk acceptance", "Risk owner"), 365,
        NC_ ("risk acceptance", "Information-security coordinator") },
      { NC_ ("risk band", "High"), 8, 12, "orange",
        NC_ ("risk acceptance", "Head of administration"), 90,
        NC_ ("risk acceptance", "Information-security coordinator") },
      { NC_ ("risk band", "Extreme"), 16, 16, "red",
        NC_ ("risk acceptance", "Chief executive"), 30,
        NC_ ("risk acceptance", "Management") } } },
  { "five", N_("5 × 5"), 5,
    { NC_ ("risk probability", "Very unlikely"),
      NC_ ("risk probability", "Unlikely"),
      NC_ ("risk probability", "Possible"),
      NC_ ("risk probability", "Likely"),
      NC_ ("risk probability", "Very likely") },
    { N_("Less often than once in 10 years"),
      N_("Once in 5–10 years"),
      N_("Once in 1–5 years"),
      N_("Once or more a year"),
      N_("Monthly or more often") },
    { NC_ ("risk consequence", "Negligible"),
      NC_ ("risk consequence", "Minor"),
      NC_ ("risk consequence", "Moderate"),
      NC_ ("risk consequence", "Serious"),
      NC_ ("risk consequence", "Very serious") },
    { N_("No or negligible harm"),
      N_("Minor harm"),
      N_("Moderate harm"),
      N_("Serious harm"),
      N_("Very serious harm") },
    3,
    { { NC_ ("risk band", "Green"), 1, 4, "green",
        NC_ ("risk acceptance", "Risk owner"), -1, "" },
      { NC_ ("risk band", "Yellow"), 5, 10, "yellow",
        NC_ ("risk acceptance", "Head of administration"), 180,
        NC_ ("risk acceptance", "Information-security coordinator") },
      { NC_ ("risk band", "Red"), 12, 25, "red",
        NC_ ("risk acceptance", "Chief executive"), 30,
        NC_ ("risk acceptance", "Management") } } },
  { "norwegian", N_("Norwegian handbook, 4 × 4"), 4,
    { NC_ ("risk probability", "Unlikely"),
      NC_ ("risk probability", "Less likely"),
      NC_ ("risk probability", "Possible"),
      NC_ ("risk probability", "Likely") },
    { N_("Every 5 years or less often"),
      N_("About once a year"),
      N_("About once a month"),
      N_("About daily") },
    { NC_ ("risk consequence", "Insignificant"),
      NC_ ("risk consequence", "Less serious"),
      NC_ ("risk consequence", "Serious"),
      NC_ ("risk consequence", "Critical") },
    { N_("Outage under 10 minutes; no unauthorised access"),
      N_("Outage of 10 minutes to 1 hour; unauthorised access to little information"),
      N_("Outage of 1 to 8 hours; unauthorised access to sensitive information"),
      N_("Outage of 8 hours or more; full unauthorised access; breach of law") },
    3,
    { { NC_ ("risk band", "Green"), 1, 3, "green",
        NC_ ("risk acceptance", "Risk owner"), -1, "" },
      { NC_ ("risk band", "Yellow"), 4, 6, "yellow",
        NC_ ("risk acceptance", "Risk owner"), 180,
        NC_ ("risk acceptance", "Information-security coordinator") },
      { NC_ ("risk band", "Red"), 8, 16, "red",
        NC_ ("risk acceptance", "Chief executive"), 30,
        NC_ ("risk acceptance", "Management") } } },
  { NULL, NULL, 0, { NULL }, { NULL }, { NULL }, { NULL }, 0, { { NULL } } }
};

G_STATIC_ASSERT (G_N_ELEMENTS (trygg_risk_presets) == TRYGG_RISK_N_PRESETS + 1);

const TryggRiskPreset *
trygg_risk_preset_lookup (const char *id)
{
  for (guint i = 0; trygg_risk_presets[i].id != NULL; i++)
    if (g_strcmp0 (trygg_risk_presets[i].id, id) == 0)
      return &trygg_risk_presets[i];
  return NULL;
}

/**
 * trygg_risk_level_map:
 *
 * Where @level of a scale of @old_size levels goes on one of @new_size levels.
 * Proportional: the same place between the lowest and the highest level, rounded half up,
 * so 1 stays 1 and the top stays the top (4 → 5 levels: 1 2 4 5; 5 → 3: 1 2 2 3 3; 3 → 4:
 * 1 3 4). Clamp: the same number, at most @new_size (5 → 3: 1 2 3 3 3). Level 0 (a
 * residual not assessed) stays 0.
 */
int
trygg_risk_level_map (int              level,
                      int              old_size,
                      int              new_size,
                      TryggRiskMapping mapping)
{
  g_return_val_if_fail (old_size > 0 && new_size > 0, level);

  if (level < 1)
    return level;
  if (mapping == TRYGG_RISK_MAP_CLAMP)
    return MIN (level, new_size);
  level = MIN (level, old_size);
  if (old_size == 1)
    return 1;
  return 1 + (2 * (level - 1) * (new_size - 1) + (old_size - 1)) / (2 * (old_size - 1));
}

static gboolean
not_found (GError     **error,
           const char  *message)
{
  g_set_error_literal (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND, message);
  return FALSE;
}

static gint64
last_id (TryggDatabase *db)
{
  return sqlite3_last_insert_rowid (trygg_database_get_handle (db));
}

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
  id = last_id (db);

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
  matrix_id = last_id (db);

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

/* The matrix */

void
trygg_risk_band_free (TryggRiskBand *band)
{
  if (band == NULL)
    return;
  g_free (band->name);
  g_free (band->colour);
  g_free (band->accept_by);
  g_free (band->inform);
  g_free (band);
}

TryggRiskBand *
trygg_risk_band_copy (const TryggRiskBand *band)
{
  TryggRiskBand *copy;

  g_return_val_if_fail (band != NULL, NULL);
  copy = g_memdup2 (band, sizeof *band);
  copy->name = g_strdup (band->name);
  copy->colour = g_strdup (band->colour);
  copy->accept_by = g_strdup (band->accept_by);
  copy->inform = g_strdup (band->inform);
  return copy;
}

void
trygg_risk_matrix_free (TryggRiskMatrix *matrix)
{
  if (matrix == NULL)
    return;
  g_free (matrix->preset);
  g_clear_pointer (&matrix->bands, g_ptr_array_unref);
  g_free (matrix);
}

/**
 * trygg_risk_matrix_load:
 *
 * Returns: (transfer full): the matrix of an analysis with its bands, or %NULL
 */
TryggRiskMatrix *
trygg_risk_matrix_load (TryggDatabase  *db,
                        gint64          analysis_id,
                        GError        **error)
{
  g_autoptr(TryggRiskMatrix) matrix = NULL;
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT id, preset, probability_levels, consequence_levels FROM risk_matrix "
      "WHERE analysis_id = ?1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      not_found (error, _("The risk analysis no longer exists."));
      return NULL;
    }
  matrix = g_new0 (TryggRiskMatrix, 1);
  matrix->id = sqlite3_column_int64 (stmt, 0);
  matrix->analysis_id = analysis_id;
  matrix->preset = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  matrix->probability_levels = sqlite3_column_int (stmt, 2);
  matrix->consequence_levels = sqlite3_column_int (stmt, 3);
  matrix->bands = g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_risk_band_free);
  sqlite3_reset (stmt);

  stmt = trygg_database_prepare_cached (db,
      "SELECT id, position, name, lower_value, upper_value, colour, accept_by, "
      "coalesce(treat_within_days, -1), inform FROM risk_band WHERE matrix_id = ?1 "
      "ORDER BY position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, matrix->id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TryggRiskBand *band = g_new0 (TryggRiskBand, 1);

      band->id = sqlite3_column_int64 (stmt, 0);
      band->position = sqlite3_column_int (stmt, 1);
      band->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      band->lower = sqlite3_column_int (stmt, 3);
      band->upper = sqlite3_column_int (stmt, 4);
      band->colour = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      band->accept_by = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      band->treat_within_days = sqlite3_column_int (stmt, 7);
      band->inform = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
      g_ptr_array_add (matrix->bands, band);
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&matrix);
}

/**
 * trygg_risk_matrix_band:
 *
 * Returns: (transfer none) (nullable): the band of @value: the one whose bounds hold it,
 *   else (a value between two bands) the highest band starting below it
 */
const TryggRiskBand *
trygg_risk_matrix_band (const TryggRiskMatrix *matrix,
                        int                    value)
{
  const TryggRiskBand *below = NULL;

  for (guint i = 0; i < matrix->bands->len; i++)
    {
      const TryggRiskBand *band = g_ptr_array_index (matrix->bands, i);

      if (band->lower <= value && value <= band->upper)
        return band;
      if (band->lower <= value && (below == NULL || band->lower > below->lower))
        below = band;
    }
  return below;
}

/**
 * trygg_risk_level_name:
 * @axis: "probability" or "consequence"
 *
 * Returns: (transfer full) (nullable): the analysis's name of a level
 */
char *
trygg_risk_level_name (TryggDatabase *db,
                       gint64         analysis_id,
                       const char    *axis,
                       int            level)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT l.name FROM risk_level l JOIN risk_matrix m ON m.id = l.matrix_id "
      "WHERE m.analysis_id = ?1 AND l.axis = ?2 AND l.level = ?3", NULL);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  sqlite3_bind_text (stmt, 2, axis, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, level);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name;
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
          gint64 id = last_id (db);

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
      return not_found (error, _("The risk no longer exists."));
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
  TryggRiskScores scores;
  gint64 analysis_id;

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
  *measure_id = last_id (db);
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
