/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the heatmap shows, read in one go and without GTK: the matrix (risk-model.c), the
 * level names in one query, and every risk of the analysis in one query along the index of
 * UNIQUE (analysis_id, number), so already in number order. The risks are then sorted into
 * per-cell lists for each view (counts, prefix sums, fill), so that drawing a frame never
 * walks the risks.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <string.h>

#include "risk-heatmap-data.h"

typedef struct
{
  TryggRiskHeatmapEntry *entries;
  guint                  offsets[TRYGG_RISK_HEATMAP_MAX_CELLS + 1];
} ViewCells;

struct _TryggRiskHeatmapData
{
  gint64           analysis_id;
  TryggRiskMatrix *matrix;
  int              n_probability;
  int              n_consequence;
  char            *probability_names[TRYGG_RISK_MAX_LEVELS + 1];
  char            *consequence_names[TRYGG_RISK_MAX_LEVELS + 1];
  GArray          *risks;   /* TryggRiskHeatmapRisk, by number */
  GHashTable      *by_id;   /* id → index + 1 */
  ViewCells        views[TRYGG_RISK_HEATMAP_N_VIEWS];
  guint            n_moved;
  guint            n_unassessed;
  guint           *moves;   /* cells × cells */
};

void
trygg_risk_heatmap_data_free (TryggRiskHeatmapData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->matrix, trygg_risk_matrix_free);
  for (int i = 0; i <= TRYGG_RISK_MAX_LEVELS; i++)
    {
      g_free (data->probability_names[i]);
      g_free (data->consequence_names[i]);
    }
  for (int v = 0; v < TRYGG_RISK_HEATMAP_N_VIEWS; v++)
    g_free (data->views[v].entries);
  g_clear_pointer (&data->risks, g_array_unref);
  g_clear_pointer (&data->by_id, g_hash_table_unref);
  g_free (data->moves);
  g_free (data);
}

static gboolean
load_levels (TryggRiskHeatmapData  *data,
             TryggDatabase         *db,
             GError               **error)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT axis, level, name FROM risk_level WHERE matrix_id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->matrix->id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gboolean probability = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0),
                                        "probability") == 0;
      int level = sqlite3_column_int (stmt, 1);
      char **names = probability ? data->probability_names : data->consequence_names;

      if (level < 1 || level > TRYGG_RISK_MAX_LEVELS)
        continue;
      g_free (names[level]);
      names[level] = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static TryggRiskStatus
parse_status (const char *status)
{
  if (g_strcmp0 (status, "in_treatment") == 0)
    return TRYGG_RISK_STATUS_IN_TREATMENT;
  if (g_strcmp0 (status, "accepted") == 0)
    return TRYGG_RISK_STATUS_ACCEPTED;
  if (g_strcmp0 (status, "closed") == 0)
    return TRYGG_RISK_STATUS_CLOSED;
  return TRYGG_RISK_STATUS_OPEN;
}

/* levels outside the matrix (a file from elsewhere) are drawn at its edge, never lost */
static guint8
clamp_level (int level,
             int size)
{
  return (guint8) CLAMP (level, 1, size);
}

static gboolean
load_risks (TryggRiskHeatmapData  *data,
            TryggDatabase         *db,
            GError               **error)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT id, number, probability, consequence, coalesce(residual_probability, 0), "
      "coalesce(residual_consequence, 0), status FROM risk WHERE analysis_id = ?1 "
      "ORDER BY number", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->analysis_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggRiskHeatmapRisk risk;
      int rp = sqlite3_column_int (stmt, 4);
      int rcons = sqlite3_column_int (stmt, 5);

      risk.id = sqlite3_column_int64 (stmt, 0);
      risk.number = sqlite3_column_int (stmt, 1);
      risk.probability = clamp_level (sqlite3_column_int (stmt, 2), data->n_probability);
      risk.consequence = clamp_level (sqlite3_column_int (stmt, 3), data->n_consequence);
      risk.residual_probability = rp > 0 ? clamp_level (rp, data->n_probability) : 0;
      risk.residual_consequence = rp > 0 ? clamp_level (rcons, data->n_consequence) : 0;
      risk.status = parse_status ((const char *) sqlite3_column_text (stmt, 6));
      g_array_append_val (data->risks, risk);
      g_hash_table_insert (data->by_id, GSIZE_TO_POINTER ((gsize) risk.id),
                           GUINT_TO_POINTER (data->risks->len));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return FALSE;
    }
  return TRUE;
}

static int
cell_of (const TryggRiskHeatmapData *data,
         int                         probability,
         int                         consequence)
{
  return (probability - 1) * data->n_consequence + (consequence - 1);
}

/* calls @add for each chip of @risk in @view */
typedef void (*AddEntry) (ViewCells *cells, int cell, guint risk, TryggRiskChipKind kind);

static void
entries_of (const TryggRiskHeatmapData *data,
            TryggRiskHeatmapView        view,
            guint                       index,
            ViewCells                  *cells,
            AddEntry                    add)
{
  const TryggRiskHeatmapRisk *r = &g_array_index (data->risks, TryggRiskHeatmapRisk, index);
  int initial = cell_of (data, r->probability, r->consequence);
  int residual = r->residual_probability > 0
    ? cell_of (data, r->residual_probability, r->residual_consequence) : -1;

  switch (view)
    {
    case TRYGG_RISK_HEATMAP_INITIAL:
      add (cells, initial, index, TRYGG_RISK_CHIP_INITIAL);
      break;
    case TRYGG_RISK_HEATMAP_RESIDUAL:
      if (residual >= 0)
        add (cells, residual, index, TRYGG_RISK_CHIP_RESIDUAL);
      else
        add (cells, initial, index, TRYGG_RISK_CHIP_UNASSESSED);
      break;
    case TRYGG_RISK_HEATMAP_BOTH:
    default:
      if (residual < 0)
        add (cells, initial, index, TRYGG_RISK_CHIP_INITIAL);
      else
        {
          if (residual != initial)
            add (cells, initial, index, TRYGG_RISK_CHIP_GHOST);
          add (cells, residual, index, TRYGG_RISK_CHIP_RESIDUAL);
        }
      break;
    }
}

static void
count_entry (ViewCells         *cells,
             int                cell,
             guint              risk,
             TryggRiskChipKind  kind)
{
  cells->offsets[cell + 1]++;
}

static void
fill_entry (ViewCells         *cells,
            int                cell,
            guint              risk,
            TryggRiskChipKind  kind)
{
  /* offsets[cell] is the next free slot of @cell while filling */
  TryggRiskHeatmapEntry *entry = &cells->entries[cells->offsets[cell]++];

  entry->risk = risk;
  entry->kind = kind;
}

static void
sort_into_cells (TryggRiskHeatmapData *data)
{
  int n_cells = data->n_probability * data->n_consequence;

  for (int v = 0; v < TRYGG_RISK_HEATMAP_N_VIEWS; v++)
    {
      ViewCells *cells = &data->views[v];

      memset (cells->offsets, 0, sizeof cells->offsets);
      for (guint i = 0; i < data->risks->len; i++)
        entries_of (data, v, i, cells, count_entry);
      for (int c = 0; c < n_cells; c++)
        cells->offsets[c + 1] += cells->offsets[c];
      cells->entries = g_new (TryggRiskHeatmapEntry, MAX (1, cells->offsets[n_cells]));
      for (guint i = 0; i < data->risks->len; i++)
        entries_of (data, v, i, cells, fill_entry);
      /* filling moved each start to the next cell's start: shift back */
      for (int c = n_cells; c > 0; c--)
        cells->offsets[c] = cells->offsets[c - 1];
      cells->offsets[0] = 0;
    }

  data->moves = g_new0 (guint, n_cells * n_cells);
  for (guint i = 0; i < data->risks->len; i++)
    {
      const TryggRiskHeatmapRisk *r = &g_array_index (data->risks, TryggRiskHeatmapRisk, i);
      int from, to;

      if (r->residual_probability == 0)
        {
          data->n_unassessed++;
          continue;
        }
      from = cell_of (data, r->probability, r->consequence);
      to = cell_of (data, r->residual_probability, r->residual_consequence);
      if (from != to)
        {
          data->moves[from * n_cells + to]++;
          data->n_moved++;
        }
    }
}

/**
 * trygg_risk_heatmap_data_load:
 *
 * Returns: (transfer full): what the heatmap of an analysis shows, or %NULL with @error set
 */
TryggRiskHeatmapData *
trygg_risk_heatmap_data_load (TryggDatabase  *db,
                              gint64          analysis_id,
                              GError        **error)
{
  g_autoptr(TryggRiskHeatmapData) data = g_new0 (TryggRiskHeatmapData, 1);

  data->analysis_id = analysis_id;
  data->matrix = trygg_risk_matrix_load (db, analysis_id, error);
  if (data->matrix == NULL)
    return NULL;
  data->n_probability = CLAMP (data->matrix->probability_levels, 1, TRYGG_RISK_MAX_LEVELS);
  data->n_consequence = CLAMP (data->matrix->consequence_levels, 1, TRYGG_RISK_MAX_LEVELS);
  data->risks = g_array_new (FALSE, FALSE, sizeof (TryggRiskHeatmapRisk));
  data->by_id = g_hash_table_new (g_direct_hash, g_direct_equal);
  if (!load_levels (data, db, error) || !load_risks (data, db, error))
    return NULL;
  sort_into_cells (data);
  return g_steal_pointer (&data);
}

gint64
trygg_risk_heatmap_data_get_analysis (const TryggRiskHeatmapData *data)
{
  return data->analysis_id;
}

int
trygg_risk_heatmap_data_get_probability_levels (const TryggRiskHeatmapData *data)
{
  return data->n_probability;
}

int
trygg_risk_heatmap_data_get_consequence_levels (const TryggRiskHeatmapData *data)
{
  return data->n_consequence;
}

const TryggRiskMatrix *
trygg_risk_heatmap_data_get_matrix (const TryggRiskHeatmapData *data)
{
  return data->matrix;
}

const char *
trygg_risk_heatmap_data_level_name (const TryggRiskHeatmapData *data,
                                    gboolean                    probability,
                                    int                         level)
{
  const char *name;

  if (level < 1 || level > TRYGG_RISK_MAX_LEVELS)
    return "";
  name = probability ? data->probability_names[level] : data->consequence_names[level];
  return name != NULL ? name : "";
}

/* (nullable): the band of the cell's value */
const TryggRiskBand *
trygg_risk_heatmap_data_band (const TryggRiskHeatmapData *data,
                              int                         probability,
                              int                         consequence)
{
  return trygg_risk_matrix_band (data->matrix, probability * consequence);
}

guint
trygg_risk_heatmap_data_get_n_risks (const TryggRiskHeatmapData *data)
{
  return data->risks->len;
}

const TryggRiskHeatmapRisk *
trygg_risk_heatmap_data_get_risk (const TryggRiskHeatmapData *data,
                                  guint                       index)
{
  g_return_val_if_fail (index < data->risks->len, NULL);
  return &g_array_index (data->risks, TryggRiskHeatmapRisk, index);
}

int
trygg_risk_heatmap_data_find (const TryggRiskHeatmapData *data,
                              gint64                      risk_id)
{
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (data->by_id,
                                                      GSIZE_TO_POINTER ((gsize) risk_id))) - 1;
}

int
trygg_risk_heatmap_data_cell_index (const TryggRiskHeatmapData *data,
                                    int                         probability,
                                    int                         consequence)
{
  if (probability < 1 || probability > data->n_probability ||
      consequence < 1 || consequence > data->n_consequence)
    return -1;
  return cell_of (data, probability, consequence);
}

const TryggRiskHeatmapEntry *
trygg_risk_heatmap_data_cell (const TryggRiskHeatmapData *data,
                              TryggRiskHeatmapView        view,
                              int                         cell,
                              guint                      *n_entries)
{
  const ViewCells *cells = &data->views[CLAMP ((int) view, 0, TRYGG_RISK_HEATMAP_N_VIEWS - 1)];

  g_return_val_if_fail (cell >= 0 && cell < data->n_probability * data->n_consequence, NULL);
  *n_entries = cells->offsets[cell + 1] - cells->offsets[cell];
  return cells->entries + cells->offsets[cell];
}

void
trygg_risk_heatmap_data_entry_cell (const TryggRiskHeatmapData  *data,
                                    const TryggRiskHeatmapEntry *entry,
                                    int                         *probability,
                                    int                         *consequence)
{
  const TryggRiskHeatmapRisk *r = trygg_risk_heatmap_data_get_risk (data, entry->risk);

  if (entry->kind == TRYGG_RISK_CHIP_RESIDUAL)
    {
      *probability = r->residual_probability;
      *consequence = r->residual_consequence;
    }
  else
    {
      *probability = r->probability;
      *consequence = r->consequence;
    }
}

guint
trygg_risk_heatmap_data_get_n_unassessed (const TryggRiskHeatmapData *data)
{
  return data->n_unassessed;
}

guint
trygg_risk_heatmap_data_get_n_moved (const TryggRiskHeatmapData *data)
{
  return data->n_moved;
}

guint
trygg_risk_heatmap_data_moves (const TryggRiskHeatmapData *data,
                               int                         from,
                               int                         to)
{
  int n_cells = data->n_probability * data->n_consequence;

  if (from < 0 || to < 0 || from >= n_cells || to >= n_cells)
    return 0;
  return data->moves[from * n_cells + to];
}

char *
trygg_risk_heatmap_data_risk_event (TryggDatabase *db,
                                    gint64         risk_id)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT event FROM risk WHERE id = ?1", NULL);
  char *event = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, risk_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    event = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return event;
}
