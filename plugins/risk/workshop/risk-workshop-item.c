/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of the workshop's list: one risk with its scores, the bands they fall in and its
 * measures (the actions in core's tracker). Read in two queries per reload — the risks, then
 * every measure of the analysis — which is plenty for the few dozen risks of a workshop.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include "risk-workshop-item.h"

struct _TryggRiskWorkshopItem
{
  GObject          parent_instance;
  gint64           id;
  int              number;
  char            *event;
  TryggRiskScores  scores;
  TryggRiskBand   *band;
  TryggRiskBand   *residual_band;
  GPtrArray       *measures;
};

G_DEFINE_FINAL_TYPE (TryggRiskWorkshopItem, trygg_risk_workshop_item, G_TYPE_OBJECT)

static void
measure_line_free (gpointer data)
{
  TryggRiskMeasureLine *line = data;

  g_free (line->title);
  g_free (line->responsible);
  g_free (line->due);
  g_free (line->status);
  g_free (line);
}

static void
trygg_risk_workshop_item_finalize (GObject *object)
{
  TryggRiskWorkshopItem *self = TRYGG_RISK_WORKSHOP_ITEM (object);

  g_free (self->event);
  g_clear_pointer (&self->band, trygg_risk_band_free);
  g_clear_pointer (&self->residual_band, trygg_risk_band_free);
  g_ptr_array_unref (self->measures);
  G_OBJECT_CLASS (trygg_risk_workshop_item_parent_class)->finalize (object);
}

static void
trygg_risk_workshop_item_class_init (TryggRiskWorkshopItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trygg_risk_workshop_item_finalize;
}

static void
trygg_risk_workshop_item_init (TryggRiskWorkshopItem *self)
{
  self->measures = g_ptr_array_new_with_free_func (measure_line_free);
}

gint64
trygg_risk_workshop_item_get_id (TryggRiskWorkshopItem *self)
{
  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_ITEM (self), 0);
  return self->id;
}

int
trygg_risk_workshop_item_get_number (TryggRiskWorkshopItem *self)
{
  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_ITEM (self), 0);
  return self->number;
}

const char *
trygg_risk_workshop_item_get_event (TryggRiskWorkshopItem *self)
{
  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_ITEM (self), NULL);
  return self->event;
}

void
trygg_risk_workshop_item_get_scores (TryggRiskWorkshopItem *self,
                                     TryggRiskScores       *scores)
{
  g_return_if_fail (TRYGG_IS_RISK_WORKSHOP_ITEM (self));
  *scores = self->scores;
}

gboolean
trygg_risk_workshop_item_has_residual (TryggRiskWorkshopItem *self)
{
  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_ITEM (self), FALSE);
  return self->scores.residual_probability > 0;
}

const TryggRiskBand *
trygg_risk_workshop_item_get_band (TryggRiskWorkshopItem *self,
                                   gboolean               residual)
{
  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_ITEM (self), NULL);
  return residual ? self->residual_band : self->band;
}

int
trygg_risk_workshop_item_get_value (TryggRiskWorkshopItem *self,
                                    gboolean               residual)
{
  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_ITEM (self), 0);
  if (residual)
    return self->scores.residual_probability * self->scores.residual_consequence;
  return self->scores.probability * self->scores.consequence;
}

GPtrArray *
trygg_risk_workshop_item_get_measures (TryggRiskWorkshopItem *self)
{
  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_ITEM (self), NULL);
  return self->measures;
}

gboolean
trygg_risk_workshop_item_in_cell (TryggRiskWorkshopItem *self,
                                  int                    view,
                                  int                    probability,
                                  int                    consequence)
{
  gboolean initial, residual;

  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_ITEM (self), FALSE);
  if (probability <= 0 || consequence <= 0)
    return TRUE;
  initial = self->scores.probability == probability && self->scores.consequence == consequence;
  residual = self->scores.residual_probability == probability &&
             self->scores.residual_consequence == consequence;
  /* the heatmap's rule (trygg_risk_heatmap_filter_includes()): the initial view filters by
   * the initial scores, the residual and both views by the residual ones, or the initial
   * ones while the residual risk is not assessed */
  if (view == 0 || self->scores.residual_probability <= 0)
    return initial;
  return residual;
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

static gboolean
load_measures (TryggDatabase  *db,
               gint64          analysis_id,
               GHashTable     *by_id,
               GError        **error)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT m.risk_id, a.title, coalesce(p.name, ''), coalesce(a.due_sort, ''), a.status, "
      "a.status NOT IN ('done', 'cancelled') AND a.due_sort < date('now', 'localtime') "
      "FROM risk r JOIN risk_measure m ON m.risk_id = r.id JOIN action a ON a.id = m.action_id "
      "LEFT JOIN person p ON p.id = a.responsible_id WHERE r.analysis_id = ?1 "
      "ORDER BY r.number, m.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 risk_id = sqlite3_column_int64 (stmt, 0);
      TryggRiskWorkshopItem *item = g_hash_table_lookup (by_id, &risk_id);
      TryggRiskMeasureLine *line;

      if (item == NULL)
        continue;
      line = g_new0 (TryggRiskMeasureLine, 1);
      line->title = column_text (stmt, 1);
      line->responsible = column_text (stmt, 2);
      line->due = column_text (stmt, 3);
      line->status = column_text (stmt, 4);
      line->overdue = sqlite3_column_int (stmt, 5) != 0;
      g_ptr_array_add (item->measures, line);
    }
  if (rc != SQLITE_DONE)
    trygg_database_set_error (db, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

static TryggRiskBand *
copy_band (const TryggRiskMatrix *matrix,
           int                    value)
{
  const TryggRiskBand *band = value > 0 ? trygg_risk_matrix_band (matrix, value) : NULL;

  return band != NULL ? trygg_risk_band_copy (band) : NULL;
}

/**
 * trygg_risk_workshop_load_items:
 *
 * Returns: (transfer full) (element-type TryggRiskWorkshopItem) (nullable): the risks of the
 *   analysis by number, with the bands of their values and their measures
 */
GPtrArray *
trygg_risk_workshop_load_items (TryggDatabase  *db,
                                gint64          analysis_id,
                                GError        **error)
{
  g_autoptr(TryggRiskMatrix) matrix = trygg_risk_matrix_load (db, analysis_id, error);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (matrix == NULL)
    return NULL;
  stmt = trygg_database_prepare_cached (db,
      "SELECT id, number, event, probability, consequence, coalesce(residual_probability, 0), "
      "coalesce(residual_consequence, 0) FROM risk WHERE analysis_id = ?1 ORDER BY number",
      error);
  if (stmt == NULL)
    return NULL;
  items = g_ptr_array_new_with_free_func (g_object_unref);
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggRiskWorkshopItem *item = g_object_new (TRYGG_TYPE_RISK_WORKSHOP_ITEM, NULL);

      item->id = sqlite3_column_int64 (stmt, 0);
      item->number = sqlite3_column_int (stmt, 1);
      item->event = column_text (stmt, 2);
      item->scores.probability = sqlite3_column_int (stmt, 3);
      item->scores.consequence = sqlite3_column_int (stmt, 4);
      item->scores.residual_probability = sqlite3_column_int (stmt, 5);
      item->scores.residual_consequence = sqlite3_column_int (stmt, 6);
      item->band = copy_band (matrix, trygg_risk_workshop_item_get_value (item, FALSE));
      item->residual_band = copy_band (matrix, trygg_risk_workshop_item_get_value (item, TRUE));
      g_ptr_array_add (items, item);
      g_hash_table_insert (by_id, &item->id, item);
    }
  if (rc != SQLITE_DONE)
    trygg_database_set_error (db, error);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE || !load_measures (db, analysis_id, by_id, error))
    return NULL;
  return g_steal_pointer (&items);
}

char *
trygg_risk_workshop_analysis_title (TryggDatabase *db,
                                    gint64         analysis_id)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT title FROM risk_analysis WHERE id = ?1", NULL);
  char *title = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, analysis_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    title = column_text (stmt, 0);
  sqlite3_reset (stmt);
  return title;
}
