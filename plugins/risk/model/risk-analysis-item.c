/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskAnalysisItem: an analysis as the page's list shows it — title, draft or approved,
 * date and how many risks it has — and the loading of that list, newest first. A reload
 * keeps the objects of the analyses that are still there (it updates them), so that the
 * selection and the rows on screen stay.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include "risk-analysis-item.h"

struct _TryggRiskAnalysisItem
{
  GObject  parent_instance;

  gint64   id;
  char    *uuid;
  char    *title;
  char    *analysed_on;
  gboolean approved;
  int      risk_count;
};

G_DEFINE_FINAL_TYPE (TryggRiskAnalysisItem, trygg_risk_analysis_item, G_TYPE_OBJECT)

enum { PROP_0, PROP_TITLE, PROP_APPROVED, PROP_ANALYSED_ON, PROP_RISK_COUNT, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
trygg_risk_analysis_item_finalize (GObject *object)
{
  TryggRiskAnalysisItem *self = TRYGG_RISK_ANALYSIS_ITEM (object);

  g_free (self->uuid);
  g_free (self->title);
  g_free (self->analysed_on);
  G_OBJECT_CLASS (trygg_risk_analysis_item_parent_class)->finalize (object);
}

static void
trygg_risk_analysis_item_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  TryggRiskAnalysisItem *self = TRYGG_RISK_ANALYSIS_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_APPROVED: g_value_set_boolean (value, self->approved); break;
    case PROP_ANALYSED_ON: g_value_set_string (value, self->analysed_on); break;
    case PROP_RISK_COUNT: g_value_set_int (value, self->risk_count); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trygg_risk_analysis_item_class_init (TryggRiskAnalysisItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = trygg_risk_analysis_item_finalize;
  object_class->get_property = trygg_risk_analysis_item_get_property;
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "",
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_APPROVED] = g_param_spec_boolean ("approved", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANALYSED_ON] = g_param_spec_string ("analysed-on", NULL, NULL, NULL,
                                                      G_PARAM_READABLE |
                                                      G_PARAM_STATIC_STRINGS);
  properties[PROP_RISK_COUNT] = g_param_spec_int ("risk-count", NULL, NULL, 0, G_MAXINT, 0,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
trygg_risk_analysis_item_init (TryggRiskAnalysisItem *self)
{
}

gint64
trygg_risk_analysis_item_get_id (TryggRiskAnalysisItem *self)
{
  return self->id;
}

const char *
trygg_risk_analysis_item_get_uuid (TryggRiskAnalysisItem *self)
{
  return self->uuid;
}

const char *
trygg_risk_analysis_item_get_title (TryggRiskAnalysisItem *self)
{
  return self->title;
}

gboolean
trygg_risk_analysis_item_get_approved (TryggRiskAnalysisItem *self)
{
  return self->approved;
}

/* Returns: (nullable): YYYY-MM-DD */
const char *
trygg_risk_analysis_item_get_analysed_on (TryggRiskAnalysisItem *self)
{
  return self->analysed_on;
}

int
trygg_risk_analysis_item_get_risk_count (TryggRiskAnalysisItem *self)
{
  return self->risk_count;
}

/* copies @from's values into @self, telling what changed */
static void
update (TryggRiskAnalysisItem *self,
        TryggRiskAnalysisItem *from)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (self->title, from->title) != 0)
    {
      g_free (self->title);
      self->title = g_strdup (from->title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
  if (g_strcmp0 (self->analysed_on, from->analysed_on) != 0)
    {
      g_free (self->analysed_on);
      self->analysed_on = g_strdup (from->analysed_on);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANALYSED_ON]);
    }
  if (self->approved != from->approved)
    {
      self->approved = from->approved;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPROVED]);
    }
  if (self->risk_count != from->risk_count)
    {
      self->risk_count = from->risk_count;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISK_COUNT]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

guint
trygg_risk_analysis_items_find (GListModel *model,
                                gint64      id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TryggRiskAnalysisItem) item = g_list_model_get_item (model, i);
      if (item->id == id)
        return i;
    }
  return G_MAXUINT;
}

/**
 * trygg_risk_analysis_items_load:
 * @store: a store of #TryggRiskAnalysisItem
 *
 * Fills @store with every analysis, the latest date first (undated ones last, newest made
 * first), keeping the objects of the analyses already in it.
 */
gboolean
trygg_risk_analysis_items_load (GListStore     *store,
                                TryggDatabase  *db,
                                GError        **error)
{
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT a.id, a.uuid, a.title, a.analysed_on, a.status = 'approved', "
      "(SELECT count(*) FROM risk r WHERE r.analysis_id = a.id) FROM risk_analysis a "
      "ORDER BY a.analysed_on IS NULL, a.analysed_on DESC, a.id DESC", error);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autofree gpointer *old = g_new0 (gpointer, n_old + 1);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggRiskAnalysisItem *item = g_object_new (TRYGG_TYPE_RISK_ANALYSIS_ITEM, NULL);

      item->id = sqlite3_column_int64 (stmt, 0);
      item->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      item->title = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      item->analysed_on = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      item->approved = sqlite3_column_int (stmt, 4) != 0;
      item->risk_count = sqlite3_column_int (stmt, 5);
      g_ptr_array_add (fresh, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return FALSE;
    }

  /* keep the old objects of the same analyses, in the new order */
  for (guint i = 0; i < n_old; i++)
    old[i] = g_list_model_get_item (G_LIST_MODEL (store), i);
  for (guint i = 0; i < fresh->len; i++)
    {
      TryggRiskAnalysisItem *item = g_ptr_array_index (fresh, i);

      for (guint j = 0; j < n_old; j++)
        if (old[j] != NULL && TRYGG_RISK_ANALYSIS_ITEM (old[j])->id == item->id)
          {
            update (old[j], item);
            g_ptr_array_index (fresh, i) = g_object_ref (old[j]);
            g_object_unref (item);
            break;
          }
    }
  /* replace only what differs, so that unchanged rows keep their widgets and selection */
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
