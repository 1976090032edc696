/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing an analysis's matrix without GTK: the names and descriptions of its levels, and its
 * bands with their acceptance rules. The size is changed by risk-resize.c;
 * trygg_risk_count_moves() tells beforehand how many risks a resize would move.
 *
 * The rule for bands: lowest first, each starting above the one before (no overlap), and
 * every value a cell of the matrix can have (probability × consequence) in one of them. A gap
 * is allowed only where no cell has that value (7 on a 4 × 4 matrix), as in the presets.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-model-private.h"

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
valid_axis (const char *axis)
{
  return g_strcmp0 (axis, "probability") == 0 || g_strcmp0 (axis, "consequence") == 0;
}

/* Levels */

void
trygg_risk_level_free (TryggRiskLevel *level)
{
  if (level == NULL)
    return;
  g_free (level->name);
  g_free (level->description);
  g_free (level);
}

/**
 * trygg_risk_levels_list:
 * @axis: "probability" or "consequence"
 *
 * Returns: (transfer full) (element-type TryggRiskLevel): the levels of one axis, from 1
 */
GPtrArray *
trygg_risk_levels_list (TryggDatabase  *db,
                        gint64          analysis_id,
                        const char     *axis,
                        GError        **error)
{
  GPtrArray *list;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (valid_axis (axis), NULL);
  stmt = trygg_database_prepare_cached (db,
      "SELECT l.level, l.name, l.description FROM risk_level l JOIN risk_matrix m "
      "ON m.id = l.matrix_id WHERE m.analysis_id = ?1 AND l.axis = ?2 AND l.level <= "
      "CASE ?2 WHEN 'probability' THEN m.probability_levels ELSE m.consequence_levels END "
      "ORDER BY l.level", error);
  if (stmt == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_risk_level_free);
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  sqlite3_bind_text (stmt, 2, axis, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TryggRiskLevel *level = g_new0 (TryggRiskLevel, 1);

      level->level = sqlite3_column_int (stmt, 0);
      level->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      level->description = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (list, level);
    }
  sqlite3_reset (stmt);
  return list;
}

static gboolean
write_level (TryggDatabase  *db,
             gint64          analysis_id,
             const char     *axis,
             int             level,
             const char     *name,
             const char     *description,
             GError        **error)
{
  g_autoptr(TryggRiskMatrix) matrix = trygg_risk_matrix_load (db, analysis_id, error);
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt;
  int size;

  if (matrix == NULL)
    return FALSE;
  size = g_str_equal (axis, "probability") ? matrix->probability_levels
                                            : matrix->consequence_levels;
  if (level < 1 || level > size)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   /* Translators: a level, then the number of levels of the axis */
                   _("There is no level %d: the axis has %d levels."), level, size);
      return FALSE;
    }
  /* an update when the level is there (one change-log entry), else an insert */
  stmt = trygg_database_prepare_cached (db,
      "INSERT INTO risk_level (uuid, matrix_id, axis, level, name, description) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (matrix_id, axis, level) DO UPDATE SET "
      "name = excluded.name, description = excluded.description, "
      "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, matrix->id);
  sqlite3_bind_text (stmt, 3, axis, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, level);
  sqlite3_bind_text (stmt, 5, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, description != NULL ? description : "", -1, SQLITE_TRANSIENT);
  return trygg_database_step_done (db, stmt, error);
}

/**
 * trygg_risk_level_set:
 * @axis: "probability" or "consequence"
 * @description: (nullable): what the level means, e.g. a frequency
 *
 * Names a level of an analysis's matrix and says what it means.
 */
gboolean
trygg_risk_level_set (TryggDatabase  *db,
                      gint64          analysis_id,
                      const char     *axis,
                      int             level,
                      const char     *name,
                      const char     *description,
                      GError        **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

  g_return_val_if_fail (valid_axis (axis), FALSE);
  if (*stripped == '\0')
    return invalid (error, _("A level needs a name."));
  if (!trygg_database_begin (db, error))
    return FALSE;
  if (write_level (db, analysis_id, axis, level, name, description, error) &&
      trygg_database_commit (db, error))
    return TRUE;
  trygg_database_rollback (db);
  return FALSE;
}

/* Bands */

static gboolean
is_cell_value (int value,
               int probability_levels,
               int consequence_levels)
{
  for (int p = 1; p <= probability_levels; p++)
    if (value % p == 0 && value / p >= 1 && value / p <= consequence_levels)
      return TRUE;
  return FALSE;
}

/**
 * trygg_risk_bands_check:
 * @bands: (element-type TryggRiskBand): lowest first
 *
 * Whether @bands can be the bands of a matrix of this size: one to five bands, each with a
 * name and a colour of the palette, bounds in order without overlap, every value a cell can
 * have in a band, and a time limit of 0 days or more (or -1 for none).
 */
gboolean
trygg_risk_bands_check (GPtrArray  *bands,
                        int         probability_levels,
                        int         consequence_levels,
                        GError    **error)
{
  static const char * const colours[] = { "green", "yellow", "orange", "red", NULL };
  int max = probability_levels * consequence_levels;
  int previous_upper = 0;

  if (bands == NULL || bands->len == 0)
    return invalid (error, _("A matrix needs at least one band."));
  if (bands->len > TRYGG_RISK_MAX_BANDS)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("A matrix has at most %d bands."), TRYGG_RISK_MAX_BANDS);
      return FALSE;
    }
  for (guint i = 0; i < bands->len; i++)
    {
      const TryggRiskBand *band = g_ptr_array_index (bands, i);
      g_autofree char *name = g_strstrip (g_strdup (band->name != NULL ? band->name : ""));

      if (*name == '\0')
        return invalid (error, _("Every band needs a name."));
      if (band->colour == NULL || !g_strv_contains (colours, band->colour))
        return invalid (error, _("A band is green, yellow, orange or red."));
      if (band->treat_within_days < -1)
        return invalid (error, _("The time to treat a risk is 0 days or more."));
      if (band->lower < 1)
        return invalid (error, _("A band starts at 1 or above."));
      if (band->lower > band->upper)
        {
          g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                       /* Translators: the name of a band, then its bounds */
                       _("The band “%s” starts at %d, above its end %d."), band->name,
                       band->lower, band->upper);
          return FALSE;
        }
      if (band->lower <= previous_upper)
        {
          const TryggRiskBand *before = g_ptr_array_index (bands, i - 1);

          g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                       /* Translators: two band names, then the last value of the first */
                       _("The bands “%s” and “%s” overlap: “%s” must start above %d."),
                       before->name, band->name, band->name, previous_upper);
          return FALSE;
        }
      for (int v = previous_upper + 1; v < band->lower; v++)
        if (is_cell_value (v, probability_levels, consequence_levels))
          {
            g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                         /* Translators: a risk value that no band holds */
                         _("No band holds the value %d: every value from 1 to %d that a "
                           "cell can have must be in a band."), v, max);
            return FALSE;
          }
      previous_upper = band->upper;
    }
  if (previous_upper < max)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   /* Translators: the highest value of the matrix */
                   _("The last band must reach %d, the highest value of the matrix."), max);
      return FALSE;
    }
  if (previous_upper > max)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("The last band ends at %d, above the highest value of the matrix, %d."),
                   previous_upper, max);
      return FALSE;
    }
  return TRUE;
}

static gboolean
step (TryggDatabase  *db,
      const char     *sql,
      gint64          a,
      gint64          b,
      GError        **error)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  return trygg_database_step_done (db, stmt, error);
}

static gboolean
write_band (TryggDatabase        *db,
            gint64                matrix_id,
            int                   position,
            const TryggRiskBand  *band,
            GError              **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db, band->id > 0
      ? "UPDATE risk_band SET position = ?3, name = ?4, lower_value = ?5, upper_value = ?6, "
        "colour = ?7, accept_by = ?8, treat_within_days = ?9, inform = ?10, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1 AND matrix_id = ?2"
      : "INSERT INTO risk_band (uuid, matrix_id, position, name, lower_value, upper_value, "
        "colour, accept_by, treat_within_days, inform) "
        "VALUES (?11, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);

  if (stmt == NULL)
    return FALSE;
  if (band->id > 0)
    sqlite3_bind_int64 (stmt, 1, band->id);
  else
    sqlite3_bind_text (stmt, 11, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, matrix_id);
  sqlite3_bind_int (stmt, 3, position);
  sqlite3_bind_text (stmt, 4, band->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, band->lower);
  sqlite3_bind_int (stmt, 6, band->upper);
  sqlite3_bind_text (stmt, 7, band->colour, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, band->accept_by != NULL ? band->accept_by : "", -1,
                     SQLITE_TRANSIENT);
  if (band->treat_within_days >= 0)
    sqlite3_bind_int (stmt, 9, band->treat_within_days);
  else
    sqlite3_bind_null (stmt, 9);
  sqlite3_bind_text (stmt, 10, band->inform != NULL ? band->inform : "", -1, SQLITE_TRANSIENT);
  if (!trygg_database_step_done (db, stmt, error))
    return FALSE;
  if (band->id > 0 && sqlite3_changes (trygg_database_get_handle (db)) == 0)
    return trygg_risk_not_found (error, _("A band was removed meanwhile. Look at the "
                                          "matrix again."));
  return TRUE;
}

static gboolean
write_bands (TryggDatabase          *db,
             const TryggRiskMatrix  *matrix,
             GPtrArray              *bands,
             GError                **error)
{
  /* bands no longer in the list go */
  for (guint i = 0; i < matrix->bands->len; i++)
    {
      const TryggRiskBand *old = g_ptr_array_index (matrix->bands, i);
      gboolean kept = FALSE;

      for (guint j = 0; j < bands->len && !kept; j++)
        kept = ((TryggRiskBand *) g_ptr_array_index (bands, j))->id == old->id;
      if (!kept && !step (db, "DELETE FROM risk_band WHERE id = ?1 AND matrix_id = ?2",
                          old->id, matrix->id, error))
        return FALSE;
    }
  /* a kept band that changes its place: all out of each other's way first (positions are
   * unique); otherwise each band keeps its position and a new one takes a free one */
  for (guint i = 0; i < bands->len; i++)
    {
      const TryggRiskBand *band = g_ptr_array_index (bands, i);
      gboolean moves = FALSE;

      for (guint j = 0; j < matrix->bands->len; j++)
        {
          const TryggRiskBand *old = g_ptr_array_index (matrix->bands, j);
          if (old->id == band->id && old->position != (int) i)
            moves = TRUE;
        }
      if (moves)
        {
          if (!step (db, "UPDATE risk_band SET position = position + 100 WHERE matrix_id = ?2 "
                     "AND ?1 = ?1", 0, matrix->id, error))
            return FALSE;
          break;
        }
    }
  for (guint i = 0; i < bands->len; i++)
    if (!write_band (db, matrix->id, (int) i, g_ptr_array_index (bands, i), error))
      return FALSE;
  return TRUE;
}

/**
 * trygg_risk_bands_set:
 * @bands: (element-type TryggRiskBand): the bands, lowest first; an @id of 0 adds a band,
 *   a band of the matrix missing from the list is removed
 *
 * Replaces the bands of an analysis's matrix after trygg_risk_bands_check(), in one
 * transaction. The risks stay where they are; their bands follow from the new bounds.
 */
gboolean
trygg_risk_bands_set (TryggDatabase  *db,
                      gint64          analysis_id,
                      GPtrArray      *bands,
                      GError        **error)
{
  g_autoptr(TryggRiskMatrix) matrix = NULL;

  if (!trygg_database_begin (db, error))
    return FALSE;
  matrix = trygg_risk_matrix_load (db, analysis_id, error);
  if (matrix != NULL &&
      trygg_risk_bands_check (bands, matrix->probability_levels, matrix->consequence_levels,
                              error) &&
      write_bands (db, matrix, bands, error) &&
      trygg_database_commit (db, error))
    return TRUE;
  trygg_database_rollback (db);
  return FALSE;
}

/**
 * trygg_risk_count_moves:
 * @n_risks: (out) (optional): how many risks the analysis has
 *
 * Returns: how many risks of the analysis a resize to these sizes by @mapping would move
 *   (initial or residual scores), or -1 when the analysis is gone
 */
int
trygg_risk_count_moves (TryggDatabase    *db,
                        gint64            analysis_id,
                        int               probability_levels,
                        int               consequence_levels,
                        TryggRiskMapping  mapping,
                        int              *n_risks)
{
  g_autoptr(TryggRiskMatrix) matrix = trygg_risk_matrix_load (db, analysis_id, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int moved = 0, n = 0;

  if (n_risks != NULL)
    *n_risks = 0;
  if (matrix == NULL)
    return -1;
  stmt = trygg_database_prepare (db, "SELECT probability, consequence, "
                                 "coalesce(residual_probability, 0), "
                                 "coalesce(residual_consequence, 0) FROM risk "
                                 "WHERE analysis_id = ?1", NULL);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int p = matrix->probability_levels, c = matrix->consequence_levels;
      int scores[4];

      for (int i = 0; i < 4; i++)
        scores[i] = sqlite3_column_int (stmt, i);
      n++;
      if (trygg_risk_level_map (scores[0], p, probability_levels, mapping) != scores[0] ||
          trygg_risk_level_map (scores[1], c, consequence_levels, mapping) != scores[1] ||
          trygg_risk_level_map (scores[2], p, probability_levels, mapping) != scores[2] ||
          trygg_risk_level_map (scores[3], c, consequence_levels, mapping) != scores[3])
        moved++;
    }
  if (n_risks != NULL)
    *n_risks = n;
  return moved;
}
