/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggEntityList: a GListModel over a query, for lists of any size.
 *
 * It holds only the ids of the matching rows (one indexed query); rows are loaded when a
 * list view asks for them. Loaded rows are shared through a weak cache, so the row a detail
 * pane edits is the same object the list shows. When a committed transaction touches the
 * table the ids are queried again and only the changed range is announced.
 */
#define G_LOG_DOMAIN "trygg-entity-list"

#include "config.h"

#include "trygg-entity-list.h"

struct _TryggEntityList
{
  GObject        parent_instance;
  TryggDatabase *db;
  GType          entity_type;
  char          *table;
  char          *order_by;
  char          *where_sql;
  GStrv          params;
  GArray        *ids;
  GHashTable    *cache;  /* id → GWeakRef* */
  gulong         changed_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TryggEntityList, trygg_entity_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return TRYGG_ENTITY_LIST (model)->entity_type;
}

static guint
get_n_items (GListModel *model)
{
  return TRYGG_ENTITY_LIST (model)->ids->len;
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
  TryggEntityList *self = TRYGG_ENTITY_LIST (model);
  g_autoptr(GError) error = NULL;
  GWeakRef *ref;
  TryggEntity *entity;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;
  id = g_array_index (self->ids, gint64, position);
  ref = g_hash_table_lookup (self->cache, &id);
  if (ref != NULL && (entity = g_weak_ref_get (ref)) != NULL)
    return entity;

  entity = trygg_entity_load (self->db, self->entity_type, id, &error);
  if (entity == NULL)
    {
      /* deleted since the ids were read: show an empty row until the reload */
      g_debug ("Row %" G_GINT64_FORMAT " of %s: %s", id, self->table, error->message);
      return g_object_new (self->entity_type, NULL);
    }
  if (ref == NULL)
    {
      gint64 *key = g_memdup2 (&id, sizeof id);
      ref = g_new0 (GWeakRef, 1);
      g_hash_table_insert (self->cache, key, ref);
    }
  g_weak_ref_set (ref, entity);
  return entity;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
on_database_changed (TryggDatabase   *db,
                     const char      *table,
                     TryggEntityList *self)
{
  trygg_entity_list_reload (self);
}

static void
trygg_entity_list_dispose (GObject *object)
{
  TryggEntityList *self = TRYGG_ENTITY_LIST (object);

  g_clear_signal_handler (&self->changed_id, self->db);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_entity_list_parent_class)->dispose (object);
}

static void
trygg_entity_list_finalize (GObject *object)
{
  TryggEntityList *self = TRYGG_ENTITY_LIST (object);

  g_free (self->table);
  g_free (self->order_by);
  g_free (self->where_sql);
  g_strfreev (self->params);
  g_array_unref (self->ids);
  g_hash_table_unref (self->cache);
  G_OBJECT_CLASS (trygg_entity_list_parent_class)->finalize (object);
}

static void
trygg_entity_list_class_init (TryggEntityListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_entity_list_dispose;
  G_OBJECT_CLASS (klass)->finalize = trygg_entity_list_finalize;
}

static void
trygg_entity_list_init (TryggEntityList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, free_weak_ref);
}

/**
 * trygg_entity_list_new:
 * @order_by: an SQL ORDER BY expression over the table's columns, e.g. "name COLLATE NOCASE"
 *
 * Returns: (transfer full): the rows of @entity_type's table, kept current
 */
TryggEntityList *
trygg_entity_list_new (TryggDatabase *db,
                       GType          entity_type,
                       const char    *order_by)
{
  TryggEntityList *self = g_object_new (TRYGG_TYPE_ENTITY_LIST, NULL);
  g_autoptr(GTypeClass) klass = g_type_class_ref (entity_type);
  g_autofree char *detailed = NULL;

  self->db = g_object_ref (db);
  self->entity_type = entity_type;
  self->table = g_strdup (TRYGG_ENTITY_CLASS (klass)->table);
  self->order_by = g_strdup (order_by != NULL ? order_by : "id");
  detailed = g_strconcat ("changed::", self->table, NULL);
  self->changed_id = g_signal_connect (db, detailed, G_CALLBACK (on_database_changed), self);
  trygg_entity_list_reload (self);
  return self;
}

TryggDatabase *
trygg_entity_list_get_database (TryggEntityList *self)
{
  return self->db;
}

/**
 * trygg_entity_list_set_filter:
 * @where_sql: (nullable): an SQL condition with `?` parameters, %NULL for every row
 * @params: (nullable): the text bound to the parameters, in order
 */
void
trygg_entity_list_set_filter (TryggEntityList    *self,
                              const char         *where_sql,
                              const char * const *params)
{
  g_free (self->where_sql);
  g_strfreev (self->params);
  self->where_sql = g_strdup (where_sql);
  self->params = g_strdupv ((char **) params);
  trygg_entity_list_reload (self);
}

/* A row updated in place keeps its position and gets no items-changed: bring the objects
 * that are loaded up to date instead (an edit through another object, an Undo). Weak
 * references whose object is gone are dropped on the way. */
static void
refresh_loaded (TryggEntityList *self)
{
  g_autoptr(GPtrArray) alive = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer ref;

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, NULL, &ref))
    {
      TryggEntity *entity = g_weak_ref_get (ref);

      if (entity != NULL)
        g_ptr_array_add (alive, entity);
      else
        g_hash_table_iter_remove (&iter);
    }
  /* after the iteration: notify handlers may ask the list for items */
  for (guint i = 0; i < alive->len; i++)
    trygg_entity_reload (g_ptr_array_index (alive, i), self->db, NULL);
}

/* Re-reads the ids and announces the smallest range that differs. */
void
trygg_entity_list_reload (TryggEntityList *self)
{
  g_autofree char *sql = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) old = NULL;
  sqlite3_stmt *stmt;
  guint prefix = 0, suffix = 0;

  sql = g_strdup_printf ("SELECT id FROM \"%s\"%s%s ORDER BY %s, id", self->table,
                         self->where_sql ? " WHERE " : "",
                         self->where_sql ? self->where_sql : "", self->order_by);
  stmt = trygg_database_prepare_cached (self->db, sql, NULL);
  if (stmt == NULL)
    {
      g_critical ("Cannot list %s: %s", self->table,
                  sqlite3_errmsg (trygg_database_get_handle (self->db)));
      return;
    }
  for (guint i = 0; self->params != NULL && self->params[i] != NULL; i++)
    sqlite3_bind_text (stmt, i + 1, self->params[i], -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

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

/* Returns the position of the row @id, or %GTK_INVALID_LIST_POSITION's value G_MAXUINT. */
guint
trygg_entity_list_find (TryggEntityList *self,
                        gint64           id)
{
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}
