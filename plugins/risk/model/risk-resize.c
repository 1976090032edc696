/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Changing the size of an analysis's matrix while risks are on it. Every risk stays; its
 * initial and residual levels are mapped by the caller's rule (trygg_risk_level_map()), each
 * moved risk is one update of its row (so the change log has where it was), and the caller
 * gets a list of where every risk went. A resized axis gets the level texts of the preset
 * with that many levels (the analysis's own preset first), or empty texts where no preset has
 * that size (3 and 6). The bands keep their names, colours and acceptance rules; their
 * bounds are scaled to the new highest value, staying in order and leaving none empty.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "risk-model.h"

/* the preset whose axes have @size levels, preferring @preferred */
static const TryggRiskPreset *
preset_of_size (const char *preferred,
                int         size)
{
  const TryggRiskPreset *preset = trygg_risk_preset_lookup (preferred);

  if (preset != NULL && preset->size == size)
    return preset;
  for (guint i = 0; trygg_risk_presets[i].id != NULL; i++)
    if (trygg_risk_presets[i].size == size)
      return &trygg_risk_presets[i];
  return NULL;
}

static gboolean
replace_levels (TryggDatabase          *db,
                const TryggRiskMatrix  *matrix,
                const char             *axis,
                int                     size,
                GError                **error)
{
  const TryggRiskPreset *preset = preset_of_size (matrix->preset, size);
  gboolean probability = g_str_equal (axis, "probability");
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "DELETE FROM risk_level WHERE matrix_id = ?1 AND axis = ?2", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, matrix->id);
  sqlite3_bind_text (stmt, 2, axis, -1, SQLITE_STATIC);
  if (!trygg_database_step_done (db, stmt, error))
    return FALSE;

  for (int i = 0; i < size; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();
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
      stmt = trygg_database_prepare_cached (db,
          "INSERT INTO risk_level (uuid, matrix_id, axis, level, name, description) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, matrix->id);
      sqlite3_bind_text (stmt, 3, axis, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 4, i + 1);
      sqlite3_bind_text (stmt, 5, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, description, -1, SQLITE_TRANSIENT);
      if (!trygg_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* a × b / c, rounded half up, for positive numbers */
static int
scale (int a,
       int b,
       int c)
{
  return (2 * a * b + c) / (2 * c);
}

static gboolean
rescale_bands (TryggDatabase          *db,
               const TryggRiskMatrix  *matrix,
               int                     old_max,
               int                     new_max,
               GError                **error)
{
  guint n = matrix->bands->len;
  int previous_upper = 0;

  if (n > (guint) new_max)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   /* Translators: the number of bands, then the highest value of the matrix */
                   _("The matrix’s %u bands do not fit in the values 1 to %d. Remove a band "
                     "first."), n, new_max);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      const TryggRiskBand *band = g_ptr_array_index (matrix->bands, i);
      int cap = new_max - (int) (n - 1 - i);
      int lower = i == 0 ? 1 : scale (band->lower, new_max, old_max);
      int upper = i == n - 1 ? new_max : scale (band->upper, new_max, old_max);
      sqlite3_stmt *stmt;

      lower = CLAMP (lower, previous_upper + 1, cap);
      upper = CLAMP (upper, lower, cap);
      previous_upper = upper;
      if (lower == band->lower && upper == band->upper)
        continue;
      stmt = trygg_database_prepare_cached (db,
          "UPDATE risk_band SET lower_value = ?1, upper_value = ?2, "
          "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?3", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, lower);
      sqlite3_bind_int (stmt, 2, upper);
      sqlite3_bind_int64 (stmt, 3, band->id);
      if (!trygg_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
move_risks (TryggDatabase          *db,
            const TryggRiskMatrix  *matrix,
            int                     probability_levels,
            int                     consequence_levels,
            TryggRiskMapping        mapping,
            GArray                 *moves,
            GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db,
      "SELECT id, number, probability, consequence, coalesce(residual_probability, 0), "
      "coalesce(residual_consequence, 0) FROM risk WHERE analysis_id = ?1 ORDER BY number",
      error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, matrix->analysis_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggRiskMove move = { 0 };
      int p = matrix->probability_levels, c = matrix->consequence_levels;

      move.risk_id = sqlite3_column_int64 (stmt, 0);
      move.number = sqlite3_column_int (stmt, 1);
      move.before.probability = sqlite3_column_int (stmt, 2);
      move.before.consequence = sqlite3_column_int (stmt, 3);
      move.before.residual_probability = sqlite3_column_int (stmt, 4);
      move.before.residual_consequence = sqlite3_column_int (stmt, 5);
      move.after.probability =
        trygg_risk_level_map (move.before.probability, p, probability_levels, mapping);
      move.after.consequence =
        trygg_risk_level_map (move.before.consequence, c, consequence_levels, mapping);
      move.after.residual_probability =
        trygg_risk_level_map (move.before.residual_probability, p, probability_levels, mapping);
      move.after.residual_consequence =
        trygg_risk_level_map (move.before.residual_consequence, c, consequence_levels, mapping);
      g_array_append_val (moves, move);
    }
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return FALSE;
    }

  for (guint i = 0; i < moves->len; i++)
    {
      const TryggRiskMove *move = &g_array_index (moves, TryggRiskMove, i);
      sqlite3_stmt *update;

      if (memcmp (&move->before, &move->after, sizeof move->before) == 0)
        continue;
      update = trygg_database_prepare_cached (db,
          "UPDATE risk SET probability = ?1, consequence = ?2, residual_probability = "
          "nullif(?3, 0), residual_consequence = nullif(?4, 0), "
          "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?5", error);
      if (update == NULL)
        return FALSE;
      sqlite3_bind_int (update, 1, move->after.probability);
      sqlite3_bind_int (update, 2, move->after.consequence);
      sqlite3_bind_int (update, 3, move->after.residual_probability);
      sqlite3_bind_int (update, 4, move->after.residual_consequence);
      sqlite3_bind_int64 (update, 5, move->risk_id);
      if (!trygg_database_step_done (db, update, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_resize (TryggDatabase          *db,
              const TryggRiskMatrix  *matrix,
              int                     probability_levels,
              int                     consequence_levels,
              TryggRiskMapping        mapping,
              GArray                 *moves,
              GError                **error)
{
  sqlite3_stmt *stmt;

  if (!move_risks (db, matrix, probability_levels, consequence_levels, mapping, moves, error))
    return FALSE;
  stmt = trygg_database_prepare_cached (db,
      "UPDATE risk_matrix SET probability_levels = ?1, consequence_levels = ?2, "
      "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?3", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, probability_levels);
  sqlite3_bind_int (stmt, 2, consequence_levels);
  sqlite3_bind_int64 (stmt, 3, matrix->id);
  if (!trygg_database_step_done (db, stmt, error))
    return FALSE;
  if (probability_levels != matrix->probability_levels &&
      !replace_levels (db, matrix, "probability", probability_levels, error))
    return FALSE;
  if (consequence_levels != matrix->consequence_levels &&
      !replace_levels (db, matrix, "consequence", consequence_levels, error))
    return FALSE;
  return rescale_bands (db, matrix, matrix->probability_levels * matrix->consequence_levels,
                        probability_levels * consequence_levels, error);
}

/**
 * trygg_risk_resize_matrix:
 * @mapping: how risks move to the new levels
 * @moves: (out) (optional) (element-type TryggRiskMove): where each risk of the analysis
 *   went, by number, unmoved ones included
 *
 * Gives an analysis's matrix new sizes (3–6 levels per axis) in one transaction; see the
 * top of this file for what happens to risks, level texts and bands.
 */
gboolean
trygg_risk_resize_matrix (TryggDatabase     *db,
                          gint64             analysis_id,
                          int                probability_levels,
                          int                consequence_levels,
                          TryggRiskMapping   mapping,
                          GArray           **moves,
                          GError           **error)
{
  g_autoptr(TryggRiskMatrix) matrix = NULL;
  g_autoptr(GArray) list = g_array_new (FALSE, TRUE, sizeof (TryggRiskMove));

  if (probability_levels < TRYGG_RISK_MIN_LEVELS || probability_levels > TRYGG_RISK_MAX_LEVELS ||
      consequence_levels < TRYGG_RISK_MIN_LEVELS || consequence_levels > TRYGG_RISK_MAX_LEVELS)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("A risk matrix has from %d to %d levels on each axis."),
                   TRYGG_RISK_MIN_LEVELS, TRYGG_RISK_MAX_LEVELS);
      return FALSE;
    }
  if (!trygg_database_begin (db, error))
    return FALSE;
  /* read inside the transaction, so that nothing changes between reading and writing */
  matrix = trygg_risk_matrix_load (db, analysis_id, error);
  if (matrix != NULL &&
      write_resize (db, matrix, probability_levels, consequence_levels, mapping, list, error) &&
      trygg_database_commit (db, error))
    {
      if (moves != NULL)
        *moves = g_steal_pointer (&list);
      return TRUE;
    }
  trygg_database_rollback (db);
  return FALSE;
}
