/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggClassificationAssetList: the Classification page's list of information assets.
 *
 * One query reads the ids of the assets that match the filter — what is shown (all, not
 * classified, review overdue, classified), a unit with its sub-units, the highest level of
 * any aspect, words of the name — ordered by name. Items are read when a list view asks for
 * them and shared through a weak cache, so that a reload announces only the range that
 * differs and a selected item stays the same object. Loaded items are read again on reload.
 *
 * The current version of an asset is its highest version number: the UNIQUE (asset_id,
 * version) index finds it.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include "classification-asset-list.h"

struct _TryggClassificationAssetList
{
  GObject                  parent_instance;

  TryggDatabase           *db;
  GArray                  *ids;
  GHashTable              *cache;  /* id → GWeakRef* */
  guint                    n_total;

  TryggClassificationShow  show;
  gint64                   unit_id;
  int                      level;
  char                    *text;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TryggClassificationAssetList, trygg_classification_asset_list,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return TRYGG_TYPE_CLASSIFICATION_ASSET_ITEM;
}

static guint
get_n_items (GListModel *model)
{
  return TRYGG_CLASSIFICATION_ASSET_LIST (model)->ids->len;
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  TryggClassificationAssetList *self = TRYGG_CLASSIFICATION_ASSET_LIST (model);
  g_autoptr(GError) error = NULL;
  TryggClassificationAssetItem *item;
  GWeakRef *ref;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;
  id = g_array_index (self->ids, gint64, position);
  ref = g_hash_table_lookup (self->cache, &id);
  if (ref != NULL && (item = g_weak_ref_get (ref)) != NULL)
    return item;

  item = trygg_classification_asset_item_load (self->db, id, &error);
  if (item == NULL)
    {
      /* deleted since the ids were read: an empty row until the reload */
      g_debug ("Asset %" G_GINT64_FORMAT ": %s", id, error->message);
      return g_object_new (TRYGG_TYPE_CLASSIFICATION_ASSET_ITEM, NULL);
    }
  if (ref == NULL)
    {
      ref = g_new0 (GWeakRef, 1);
      g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), ref);
    }
  g_weak_ref_set (ref, item);
  return item;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
trygg_classification_asset_list_dispose (GObject *object)
{
  TryggClassificationAssetList *self = TRYGG_CLASSIFICATION_ASSET_LIST (object);

  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_classification_asset_list_parent_class)->dispose (object);
}

static void
trygg_classification_asset_list_finalize (GObject *object)
{
  TryggClassificationAssetList *self = TRYGG_CLASSIFICATION_ASSET_LIST (object);

  g_array_unref (self->ids);
  g_hash_table_unref (self->cache);
  g_free (self->text);
  G_OBJECT_CLASS (trygg_classification_asset_list_parent_class)->finalize (object);
}

static void
trygg_classification_asset_list_class_init (TryggClassificationAssetListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_classification_asset_list_dispose;
  G_OBJECT_CLASS (klass)->finalize = trygg_classification_asset_list_finalize;
}

static void
trygg_classification_asset_list_init (TryggClassificationAssetList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, free_weak_ref);
  self->level = -1;
}

/* Returns: (transfer full): every information asset, by name; call set_filter() to narrow */
TryggClassificationAssetList *
trygg_classification_asset_list_new (TryggDatabase *db)
{
  TryggClassificationAssetList *self = g_object_new (TRYGG_TYPE_CLASSIFICATION_ASSET_LIST, NULL);

  self->db = g_object_ref (db);
  trygg_classification_asset_list_reload (self);
  return self;
}

/**
 * trygg_classification_asset_list_set_filter:
 * @unit_id: a unit (its sub-units included), or 0 for every unit
 * @level: the highest level of any aspect of the current version, or -1 for any
 * @text: (nullable): words the name contains
 */
void
trygg_classification_asset_list_set_filter (TryggClassificationAssetList *self,
                                            TryggClassificationShow       show,
                                            gint64                        unit_id,
                                            int                           level,
                                            const char                   *text)
{
  g_return_if_fail (TRYGG_IS_CLASSIFICATION_ASSET_LIST (self));

  self->show = show;
  self->unit_id = unit_id;
  self->level = level;
  g_free (self->text);
  self->text = text != NULL && *text != '\0' ? g_strstrip (g_strdup (text)) : NULL;
  trygg_classification_asset_list_reload (self);
}

/* The SQL of the ids; the parameters are ?1 unit, ?2 level, ?3 text (unused ones unbound) */
static char *
build_query (TryggClassificationAssetList *self)
{
  GString *sql = g_string_new ("SELECT a.id FROM information_asset a ");
  gboolean where = FALSE;

#define AND() (g_string_append (sql, where ? " AND " : " WHERE "), where = TRUE)
  if (self->show != TRYGG_CLASSIFICATION_SHOW_ALL || self->level >= 0)
    g_string_append (sql,
        "LEFT JOIN classification c ON c.asset_id = a.id AND c.version = "
        "(SELECT max(version) FROM classification WHERE asset_id = a.id) ");
  switch (self->show)
    {
    case TRYGG_CLASSIFICATION_SHOW_UNCLASSIFIED:
      AND ();
      g_string_append (sql, "c.id IS NULL");
      break;
    case TRYGG_CLASSIFICATION_SHOW_OVERDUE:
      AND ();
      g_string_append (sql, "c.next_review < date('now', 'localtime')");
      break;
    case TRYGG_CLASSIFICATION_SHOW_CLASSIFIED:
      AND ();
      g_string_append (sql, "c.id IS NOT NULL");
      break;
    case TRYGG_CLASSIFICATION_SHOW_ALL:
    default:
      break;
    }
  if (self->unit_id > 0)
    {
      AND ();
      g_string_append (sql,
          "a.unit_id IN (WITH RECURSIVE sub (id) AS (SELECT ?1 UNION "
          "SELECT o.id FROM org_unit o JOIN sub ON o.parent_id = sub.id) SELECT id FROM sub)");
    }
  if (self->level >= 0)
    {
      AND ();
      g_string_append (sql, "(SELECT max(level) FROM classification_aspect "
                            "WHERE classification_id = c.id) = ?2");
    }
  if (self->text != NULL)
    {
      AND ();
      g_string_append (sql, "a.name LIKE '%' || ?3 || '%' ESCAPE '\\'");
    }
#undef AND
  g_string_append (sql, " ORDER BY a.name COLLATE NOCASE, a.id");
  return g_string_free (sql, FALSE);
}

static char *
escape_like (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (s, '\\');
      g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

static void
count_total (TryggClassificationAssetList *self)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (self->db,
      "SELECT count(*) FROM information_asset", NULL);

  if (stmt == NULL)
    return;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    self->n_total = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
}

/* Items a view holds are read again, after the new ids are in place: "changed" handlers may
 * ask the list for items. */
static void
refresh_loaded (TryggClassificationAssetList *self)
{
  g_autoptr(GPtrArray) alive = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer ref;

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, NULL, &ref))
    {
      TryggClassificationAssetItem *item = g_weak_ref_get (ref);

      if (item != NULL)
        g_ptr_array_add (alive, item);
      else
        g_hash_table_iter_remove (&iter);
    }
  for (guint i = 0; i < alive->len; i++)
    trygg_classification_asset_item_refresh (g_ptr_array_index (alive, i), self->db, NULL);
}

/* Reads the ids again and announces the smallest range that differs. */
void
trygg_classification_asset_list_reload (TryggClassificationAssetList *self)
{
  g_autofree char *sql = build_query (self);
  g_autofree char *like = self->text != NULL ? escape_like (self->text) : NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) old = NULL;
  sqlite3_stmt *stmt;
  guint prefix = 0, suffix = 0;

  g_return_if_fail (TRYGG_IS_CLASSIFICATION_ASSET_LIST (self));

  stmt = trygg_database_prepare_cached (self->db, sql, NULL);
  if (stmt == NULL)
    {
      g_critical ("Cannot list the information assets: %s",
                  sqlite3_errmsg (trygg_database_get_handle (self->db)));
      return;
    }
  if (self->unit_id > 0)
    sqlite3_bind_int64 (stmt, 1, self->unit_id);
  if (self->level >= 0)
    sqlite3_bind_int (stmt, 2, self->level);
  if (like != NULL)
    sqlite3_bind_text (stmt, 3, like, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  count_total (self);

  old = self->ids;
  self->ids = g_steal_pointer (&ids);
  while (prefix < old->len && prefix < self->ids->len &&
         g_array_index (old, gint64, prefix) == g_array_index (self->ids, gint64, prefix))
    prefix++;
  while (suffix < old->len - prefix && suffix < self->ids->len - prefix &&
         g_array_index (old, gint64, old->len - 1 - suffix) ==
         g_array_index (self->ids, gint64, self->ids->len - 1 - suffix))
    suffix++;
  if (prefix < old->len || prefix < self->ids->len)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old->len - prefix - suffix,
                                self->ids->len - prefix - suffix);
  refresh_loaded (self);
}

/* The position of the asset @id, or G_MAXUINT (GTK_INVALID_LIST_POSITION) */
guint
trygg_classification_asset_list_find (TryggClassificationAssetList *self,
                                      gint64                        id)
{
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

/* The number of information assets, filtered or not */
guint
trygg_classification_asset_list_get_n_total (TryggClassificationAssetList *self)
{
  return self->n_total;
}

/* Returns: (transfer full) (element-type gint64): the ids shown, in order */
GArray *
trygg_classification_asset_list_get_ids (TryggClassificationAssetList *self)
{
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->ids->len);

  g_array_append_vals (ids, self->ids->data, self->ids->len);
  return ids;
}
