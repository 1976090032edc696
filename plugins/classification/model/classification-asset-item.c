/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggClassificationAssetItem: what a row of the Classification page shows of an
 * information asset, read in two indexed queries (the asset with its unit, the current
 * profile). refresh() reads it again and emits "changed" when anything differs, so that a
 * row bound to it redraws after a new version or an edit elsewhere.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <string.h>

#include "classification-asset-item.h"

struct _TryggClassificationAssetItem
{
  GObject                     parent_instance;

  gint64                      id;
  char                       *uuid;
  char                       *name;
  gint64                      unit_id;
  char                       *unit_uuid;
  char                       *unit_name;
  TryggClassificationProfile  profile;
  char                       *next_review;
  gboolean                    overdue;
};

G_DEFINE_FINAL_TYPE (TryggClassificationAssetItem, trygg_classification_asset_item,
                     G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
trygg_classification_asset_item_finalize (GObject *object)
{
  TryggClassificationAssetItem *self = TRYGG_CLASSIFICATION_ASSET_ITEM (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->unit_uuid);
  g_free (self->unit_name);
  g_free (self->next_review);
  G_OBJECT_CLASS (trygg_classification_asset_item_parent_class)->finalize (object);
}

static void
trygg_classification_asset_item_class_init (TryggClassificationAssetItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trygg_classification_asset_item_finalize;

  /**
   * TryggClassificationAssetItem::changed:
   *
   * The asset, its unit or its classification changed; read the item again.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
trygg_classification_asset_item_init (TryggClassificationAssetItem *self)
{
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    self->profile.levels[i] = TRYGG_CLASSIFICATION_NO_LEVEL;
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* Reads the row; returns %FALSE with @error when it is gone or the query fails. */
static gboolean
read_item (TryggClassificationAssetItem *self,
           TryggDatabase                *db,
           gboolean                     *changed,
           GError                      **error)
{
  TryggClassificationProfile profile;
  sqlite3_stmt *stmt;
  gboolean differs = FALSE;
  gboolean overdue;
  gint64 unit_id;
  int rc;

  stmt = trygg_database_prepare_cached (db,
      "SELECT a.uuid, a.name, a.unit_id, u.uuid, u.name, "
      "  (SELECT c.next_review FROM classification c WHERE c.asset_id = a.id "
      "   ORDER BY c.version DESC LIMIT 1), date('now', 'localtime') "
      "FROM information_asset a LEFT JOIN org_unit u ON u.id = a.unit_id WHERE a.id = ?1",
      error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND,
                     "No information asset %" G_GINT64_FORMAT, self->id);
      else
        trygg_database_set_error (db, error);
      return FALSE;
    }
  differs |= set_string (&self->uuid, (const char *) sqlite3_column_text (stmt, 0));
  differs |= set_string (&self->name, (const char *) sqlite3_column_text (stmt, 1));
  unit_id = sqlite3_column_int64 (stmt, 2);
  differs |= unit_id != self->unit_id;
  self->unit_id = unit_id;
  differs |= set_string (&self->unit_uuid, (const char *) sqlite3_column_text (stmt, 3));
  differs |= set_string (&self->unit_name, (const char *) sqlite3_column_text (stmt, 4));
  differs |= set_string (&self->next_review, (const char *) sqlite3_column_text (stmt, 5));
  overdue = self->next_review != NULL &&
            g_strcmp0 (self->next_review, (const char *) sqlite3_column_text (stmt, 6)) < 0;
  differs |= overdue != self->overdue;
  self->overdue = overdue;
  sqlite3_reset (stmt);

  if (!trygg_classification_current_profile (db, self->id, &profile, error))
    return FALSE;
  differs |= memcmp (&profile, &self->profile, sizeof profile) != 0;
  self->profile = profile;
  if (changed != NULL)
    *changed = differs;
  return TRUE;
}

/* Returns: (transfer full): the asset @id, or %NULL with @error */
TryggClassificationAssetItem *
trygg_classification_asset_item_load (TryggDatabase  *db,
                                      gint64          id,
                                      GError        **error)
{
  g_autoptr(TryggClassificationAssetItem) self =
    g_object_new (TRYGG_TYPE_CLASSIFICATION_ASSET_ITEM, NULL);

  self->id = id;
  if (!read_item (self, db, NULL, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* Reads the asset again; emits "changed" when something differs. */
gboolean
trygg_classification_asset_item_refresh (TryggClassificationAssetItem  *self,
                                         TryggDatabase                 *db,
                                         GError                       **error)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (TRYGG_IS_CLASSIFICATION_ASSET_ITEM (self), FALSE);

  if (!read_item (self, db, &changed, error))
    return FALSE;
  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gint64
trygg_classification_asset_item_get_id (TryggClassificationAssetItem *self)
{
  return self->id;
}

const char *
trygg_classification_asset_item_get_uuid (TryggClassificationAssetItem *self)
{
  return self->uuid;
}

const char *
trygg_classification_asset_item_get_name (TryggClassificationAssetItem *self)
{
  return self->name != NULL ? self->name : "";
}

gint64
trygg_classification_asset_item_get_unit_id (TryggClassificationAssetItem *self)
{
  return self->unit_id;
}

/* The owning unit's uuid, or %NULL */
const char *
trygg_classification_asset_item_get_unit_uuid (TryggClassificationAssetItem *self)
{
  return self->unit_uuid;
}

/* The owning unit's name, or %NULL */
const char *
trygg_classification_asset_item_get_unit_name (TryggClassificationAssetItem *self)
{
  return self->unit_name;
}

const TryggClassificationProfile *
trygg_classification_asset_item_get_profile (TryggClassificationAssetItem *self)
{
  return &self->profile;
}

/* YYYY-MM-DD, or %NULL when not classified */
const char *
trygg_classification_asset_item_get_next_review (TryggClassificationAssetItem *self)
{
  return self->next_review;
}

gboolean
trygg_classification_asset_item_get_overdue (TryggClassificationAssetItem *self)
{
  return self->overdue;
}
