/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskItem: a risk as the page's lists show it — number, event, initial and residual
 * scores with their values and bands, treatment, owner, status and how many measures it
 * has — and the loading of an analysis's risks by number. Values are probability ×
 * consequence; a band follows trygg_risk_matrix_band(). A reload keeps the objects of risks
 * still there and updates them in place, so that selections and rows on screen stay.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-item.h"

/* integer properties, then string properties: property id = index + 1 */
enum {
  I_NUMBER, I_PROBABILITY, I_CONSEQUENCE, I_VALUE, I_RESIDUAL_PROBABILITY,
  I_RESIDUAL_CONSEQUENCE, I_RESIDUAL_VALUE, I_MEASURES, N_INTS
};
enum {
  S_EVENT, S_CAUSE, S_BAND_NAME, S_BAND_COLOUR, S_RESIDUAL_TEXT, S_RESIDUAL_BAND_NAME,
  S_RESIDUAL_BAND_COLOUR, S_TREATMENT, S_TREATMENT_LABEL, S_OWNER_NAME, S_STATUS,
  S_STATUS_LABEL, N_STRINGS
};

static const char * const int_names[N_INTS] = {
  "number", "probability", "consequence", "value", "residual-probability",
  "residual-consequence", "residual-value", "measure-count"
};
static const char * const string_names[N_STRINGS] = {
  "event", "cause", "band-name", "band-colour", "residual-text", "residual-band-name",
  "residual-band-colour", "treatment", "treatment-label", "owner-name", "status",
  "status-label"
};

struct _TryggRiskItem
{
  GObject  parent_instance;

  gint64   id;
  char    *uuid;
  int      ints[N_INTS];
  char    *strings[N_STRINGS];
};

G_DEFINE_FINAL_TYPE (TryggRiskItem, trygg_risk_item, G_TYPE_OBJECT)

static GParamSpec *properties[N_INTS + N_STRINGS + 1];

static void
trygg_risk_item_finalize (GObject *object)
{
  TryggRiskItem *self = TRYGG_RISK_ITEM (object);

  g_free (self->uuid);
  for (guint i = 0; i < N_STRINGS; i++)
    g_free (self->strings[i]);
  G_OBJECT_CLASS (trygg_risk_item_parent_class)->finalize (object);
}

static void
trygg_risk_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TryggRiskItem *self = TRYGG_RISK_ITEM (object);

  if (prop_id >= 1 && prop_id <= N_INTS)
    g_value_set_int (value, self->ints[prop_id - 1]);
  else if (prop_id > N_INTS && prop_id <= N_INTS + N_STRINGS)
    g_value_set_string (value, self->strings[prop_id - 1 - N_INTS]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
trygg_risk_item_class_init (TryggRiskItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = trygg_risk_item_finalize;
  object_class->get_property = trygg_risk_item_get_property;
  for (guint i = 0; i < N_INTS; i++)
    properties[i + 1] = g_param_spec_int (int_names[i], NULL, NULL, 0, G_MAXINT, 0,
                                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < N_STRINGS; i++)
    properties[N_INTS + i + 1] = g_param_spec_string (string_names[i], NULL, NULL, "",
                                                      G_PARAM_READABLE |
                                                      G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, G_N_ELEMENTS (properties), properties);
}

static void
trygg_risk_item_init (TryggRiskItem *self)
{
}

gint64
trygg_risk_item_get_id (TryggRiskItem *self)
{
  return self->id;
}

const char *
trygg_risk_item_get_uuid (TryggRiskItem *self)
{
  return self->uuid;
}

int
trygg_risk_item_get_number (TryggRiskItem *self)
{
  return self->ints[I_NUMBER];
}

const char *
trygg_risk_item_get_event (TryggRiskItem *self)
{
  return self->strings[S_EVENT];
}

/* Returns: the palette key of the band of the current value (residual once assessed) */
const char *
trygg_risk_item_get_band_colour (TryggRiskItem *self)
{
  return self->ints[I_RESIDUAL_VALUE] > 0 ? self->strings[S_RESIDUAL_BAND_COLOUR]
                                          : self->strings[S_BAND_COLOUR];
}

void
trygg_risk_item_get_scores (TryggRiskItem   *self,
                            TryggRiskScores *scores)
{
  scores->probability = self->ints[I_PROBABILITY];
  scores->consequence = self->ints[I_CONSEQUENCE];
  scores->residual_probability = self->ints[I_RESIDUAL_PROBABILITY];
  scores->residual_consequence = self->ints[I_RESIDUAL_CONSEQUENCE];
}

static void
update (TryggRiskItem *self,
        TryggRiskItem *from)
{
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < N_INTS; i++)
    if (self->ints[i] != from->ints[i])
      {
        self->ints[i] = from->ints[i];
        g_object_notify_by_pspec (G_OBJECT (self), properties[i + 1]);
      }
  for (guint i = 0; i < N_STRINGS; i++)
    if (g_strcmp0 (self->strings[i], from->strings[i]) != 0)
      {
        g_free (self->strings[i]);
        self->strings[i] = g_strdup (from->strings[i]);
        g_object_notify_by_pspec (G_OBJECT (self), properties[N_INTS + i + 1]);
      }
  g_object_thaw_notify (G_OBJECT (self));
}

guint
trygg_risk_items_find (GListModel *model,
                       gint64      id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TryggRiskItem) item = g_list_model_get_item (model, i);
      if (item->id == id)
        return i;
    }
  return G_MAXUINT;
}

static void
set_band (TryggRiskItem         *item,
          const TryggRiskMatrix *matrix,
          int                    value,
          int                    name,
          int                    colour)
{
  const TryggRiskBand *band = value > 0 ? trygg_risk_matrix_band (matrix, value) : NULL;

  item->strings[name] = g_strdup (band != NULL ? band->name : "");
  item->strings[colour] = g_strdup (band != NULL ? band->colour : "");
}

static TryggRiskItem *
item_from_row (sqlite3_stmt          *stmt,
               const TryggRiskMatrix *matrix)
{
  TryggRiskItem *item = g_object_new (TRYGG_TYPE_RISK_ITEM, NULL);
  int *v = item->ints;

  item->id = sqlite3_column_int64 (stmt, 0);
  item->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  v[I_NUMBER] = sqlite3_column_int (stmt, 2);
  item->strings[S_EVENT] = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  item->strings[S_CAUSE] = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  v[I_PROBABILITY] = sqlite3_column_int (stmt, 5);
  v[I_CONSEQUENCE] = sqlite3_column_int (stmt, 6);
  v[I_RESIDUAL_PROBABILITY] = sqlite3_column_int (stmt, 7);
  v[I_RESIDUAL_CONSEQUENCE] = sqlite3_column_int (stmt, 8);
  item->strings[S_TREATMENT] = g_strdup ((const char *) sqlite3_column_text (stmt, 9));
  item->strings[S_OWNER_NAME] = g_strdup ((const char *) sqlite3_column_text (stmt, 10));
  item->strings[S_STATUS] = g_strdup ((const char *) sqlite3_column_text (stmt, 11));
  v[I_MEASURES] = sqlite3_column_int (stmt, 12);

  v[I_VALUE] = v[I_PROBABILITY] * v[I_CONSEQUENCE];
  v[I_RESIDUAL_VALUE] = v[I_RESIDUAL_PROBABILITY] * v[I_RESIDUAL_CONSEQUENCE];
  set_band (item, matrix, v[I_VALUE], S_BAND_NAME, S_BAND_COLOUR);
  set_band (item, matrix, v[I_RESIDUAL_VALUE], S_RESIDUAL_BAND_NAME, S_RESIDUAL_BAND_COLOUR);
  item->strings[S_RESIDUAL_TEXT] = v[I_RESIDUAL_VALUE] > 0
    ? g_strdup_printf ("%d", v[I_RESIDUAL_VALUE])
    /* Translators: a residual risk not assessed yet */
    : g_strdup (C_("residual risk", "—"));
  item->strings[S_TREATMENT_LABEL] = g_strdup (trygg_risk_treatment_label (
      item->strings[S_TREATMENT]));
  item->strings[S_STATUS_LABEL] = g_strdup (trygg_risk_status_label (item->strings[S_STATUS]));
  return item;
}

/**
 * trygg_risk_items_load:
 * @store: a store of #TryggRiskItem
 * @analysis_id: the analysis, or 0 to empty @store
 *
 * Fills @store with the risks of an analysis by number, keeping the objects of the risks
 * already in it.
 */
gboolean
trygg_risk_items_load (GListStore     *store,
                       TryggDatabase  *db,
                       gint64          analysis_id,
                       GError        **error)
{
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TryggRiskMatrix) matrix = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autofree gpointer *old = g_new0 (gpointer, n_old + 1);
  g_autoptr(GHashTable) by_id = NULL;
  sqlite3_stmt *stmt;
  int rc = SQLITE_DONE;

  if (analysis_id > 0)
    {
      matrix = trygg_risk_matrix_load (db, analysis_id, error);
      if (matrix == NULL)
        return FALSE;
      stmt = trygg_database_prepare_cached (db,
          "SELECT r.id, r.uuid, r.number, r.event, r.cause, r.probability, r.consequence, "
          "coalesce(r.residual_probability, 0), coalesce(r.residual_consequence, 0), "
          "coalesce(r.treatment, ''), coalesce(p.name, ''), r.status, "
          "(SELECT count(*) FROM risk_measure me WHERE me.risk_id = r.id) "
          "FROM risk r LEFT JOIN person p ON p.id = r.owner_id WHERE r.analysis_id = ?1 "
          "ORDER BY r.number", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, analysis_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (fresh, item_from_row (stmt, matrix));
      sqlite3_reset (stmt);
    }
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return FALSE;
    }

  /* the objects already there, by id: one lookup per risk, not a scan of the store */
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < n_old; i++)
    {
      old[i] = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_hash_table_insert (by_id, &((TryggRiskItem *) old[i])->id, old[i]);
    }
  for (guint i = 0; i < fresh->len && n_old > 0; i++)
    {
      TryggRiskItem *item = g_ptr_array_index (fresh, i);
      TryggRiskItem *kept = g_hash_table_lookup (by_id, &item->id);

      if (kept != NULL)
        {
          update (kept, item);
          g_ptr_array_index (fresh, i) = g_object_ref (kept);
          g_object_unref (item);
        }
    }
  {
    guint i = 0;

    while (i < fresh->len && i < n_old && old[i] == g_ptr_array_index (fresh, i))
      i++;
    if (i < fresh->len || i < n_old)
      g_list_store_splice (store, i, n_old - i, fresh->pdata + i, fresh->len - i);
  }
  for (guint i = 0; i < n_old; i++)
    g_clear_object (&old[i]);
  return TRUE;
}
