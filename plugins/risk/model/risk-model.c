/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Risk analysis without GTK: the matrix presets, mapping levels between matrix sizes, an
 * analysis's matrix with its bands and level names, and the helpers the other parts share
 * (risk-model-private.h). Making analyses and scoring risks are in risk-analysis.c, measures
 * and the overview counts in risk-measures.c, resizing in risk-resize.c. DOMAIN.md §2 has
 * the facts.
 *
 * The rules: value = probability × consequence. A value's band is the one whose bounds hold
 * it; a value that falls between two bands (possible only once bands are edited or rescaled)
 * belongs to the lower one. The SQL of trygg_risk_overview() follows the same rule.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-model-private.h"

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

gboolean
trygg_risk_not_found (GError     **error,
                      const char  *message)
{
  g_set_error_literal (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND, message);
  return FALSE;
}

gint64
trygg_risk_last_id (TryggDatabase *db)
{
  return sqlite3_last_insert_rowid (trygg_database_get_handle (db));
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
      trygg_risk_not_found (error, _("The risk analysis no longer exists."));
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
