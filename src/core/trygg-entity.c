/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggEntity: a row as a GObject, stored and loaded by code that reads the properties.
 *
 * Subclasses only declare their columns as properties; the values live in a table of GValues
 * kept here, so that assets, systems, persons … need no get/set boilerplate each, and the same
 * code saves every kind (and every plugin's kind) in one transaction with its change log.
 */
#define G_LOG_DOMAIN "trygg-entity"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "trygg-entity.h"

typedef struct
{
  gint64      id;
  char       *uuid;
  char       *created_at;
  char       *updated_at;
  GHashTable *values;  /* GParamSpec* → GValue* */
} TryggEntityPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TryggEntity, trygg_entity, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, PROP_UUID, PROP_CREATED_AT, PROP_UPDATED_AT, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
replace_str (char       **ptr,
             const char  *value)
{
  if (*ptr != value)
    {
      g_free (*ptr);
      *ptr = g_strdup (value);
    }
}

static void
free_value (gpointer data)
{
  g_value_unset (data);
  g_free (data);
}

static GValue *
lookup_value (TryggEntity *self,
              GParamSpec  *pspec)
{
  TryggEntityPrivate *priv = trygg_entity_get_instance_private (self);
  GValue *value = g_hash_table_lookup (priv->values, pspec);

  if (value == NULL)
    {
      value = g_new0 (GValue, 1);
      g_value_init (value, pspec->value_type);
      g_param_value_set_default (pspec, value);
      g_hash_table_insert (priv->values, pspec, value);
    }
  return value;
}

static void
column_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  g_value_copy (lookup_value (TRYGG_ENTITY (object), pspec), value);
}

static void
column_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  GValue *stored = lookup_value (TRYGG_ENTITY (object), pspec);

  if (g_param_values_cmp (pspec, stored, value) == 0 &&
      !(G_VALUE_HOLDS_STRING (value) &&
        (g_value_get_string (value) == NULL) != (g_value_get_string (stored) == NULL)))
    return;
  g_value_unset (stored);
  g_value_init (stored, pspec->value_type);
  g_value_copy (value, stored);
  g_object_notify_by_pspec (object, pspec);
}

/**
 * trygg_entity_class_install_column:
 * @pspec: (transfer full): a string, gint64, int or boolean property with
 *   %G_PARAM_EXPLICIT_NOTIFY
 */
void
trygg_entity_class_install_column (TryggEntityClass *klass,
                                   GParamSpec       *pspec)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  guint n = 0;
  g_autofree GParamSpec **all = g_object_class_list_properties (object_class, &n);

  /* property ids only need to be unique within the installing class */
  object_class->get_property = column_get_property;
  object_class->set_property = column_set_property;
  g_object_class_install_property (object_class, n + 1, pspec);
}

#define COLUMN_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* A TEXT column; @default_value %NULL for a nullable one. @name must be static. */
void
trygg_entity_class_add_string (TryggEntityClass *klass,
                               const char       *name,
                               const char       *default_value)
{
  trygg_entity_class_install_column (klass, g_param_spec_string (name, NULL, NULL, default_value,
                                                                 COLUMN_FLAGS));
}

/* A foreign key: the id of the referenced row, 0 for none (NULL). */
void
trygg_entity_class_add_reference (TryggEntityClass *klass,
                                  const char       *name)
{
  trygg_entity_class_install_column (klass, g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64,
                                                                0, COLUMN_FLAGS));
}

void
trygg_entity_class_add_boolean (TryggEntityClass *klass,
                                const char       *name)
{
  trygg_entity_class_install_column (klass, g_param_spec_boolean (name, NULL, NULL, FALSE,
                                                                  COLUMN_FLAGS));
}

static void
trygg_entity_finalize (GObject *object)
{
  TryggEntityPrivate *priv = trygg_entity_get_instance_private (TRYGG_ENTITY (object));

  g_free (priv->uuid);
  g_free (priv->created_at);
  g_free (priv->updated_at);
  g_hash_table_unref (priv->values);

  G_OBJECT_CLASS (trygg_entity_parent_class)->finalize (object);
}

static void
trygg_entity_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TryggEntityPrivate *priv = trygg_entity_get_instance_private (TRYGG_ENTITY (object));

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, priv->id); break;
    case PROP_UUID: g_value_set_string (value, priv->uuid); break;
    case PROP_CREATED_AT: g_value_set_string (value, priv->created_at); break;
    case PROP_UPDATED_AT: g_value_set_string (value, priv->updated_at); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trygg_entity_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TryggEntityPrivate *priv = trygg_entity_get_instance_private (TRYGG_ENTITY (object));

  switch (prop_id)
    {
    case PROP_ID: priv->id = g_value_get_int64 (value); break;
    case PROP_UUID:
      if (g_value_get_string (value) != NULL)
        replace_str (&priv->uuid, g_value_get_string (value));
      break;
    case PROP_CREATED_AT: replace_str (&priv->created_at, g_value_get_string (value)); break;
    case PROP_UPDATED_AT: replace_str (&priv->updated_at, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trygg_entity_class_init (TryggEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = trygg_entity_finalize;
  object_class->get_property = trygg_entity_get_property;
  object_class->set_property = trygg_entity_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL,
                                               G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL,
                                                     G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL,
                                                     G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
trygg_entity_init (TryggEntity *self)
{
  TryggEntityPrivate *priv = trygg_entity_get_instance_private (self);

  priv->uuid = g_uuid_string_random ();
  priv->values = g_hash_table_new_full (NULL, NULL, NULL, free_value);
}

gint64
trygg_entity_get_id (TryggEntity *self)
{
  TryggEntityPrivate *priv = trygg_entity_get_instance_private (self);
  return priv->id;
}

const char *
trygg_entity_get_uuid (TryggEntity *self)
{
  TryggEntityPrivate *priv = trygg_entity_get_instance_private (self);
  return priv->uuid;
}

const char *
trygg_entity_get_created_at (TryggEntity *self)
{
  TryggEntityPrivate *priv = trygg_entity_get_instance_private (self);
  return priv->created_at;
}

const char *
trygg_entity_get_updated_at (TryggEntity *self)
{
  TryggEntityPrivate *priv = trygg_entity_get_instance_private (self);
  return priv->updated_at;
}

const char *
trygg_entity_get_table (TryggEntity *self)
{
  return TRYGG_ENTITY_GET_CLASS (self)->table;
}

/* Returns: (transfer none): the string value of a column property, never %NULL */
const char *
trygg_entity_get_string (TryggEntity *self,
                         const char  *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);
  const char *s;

  g_return_val_if_fail (pspec != NULL && pspec->value_type == G_TYPE_STRING, "");
  s = g_value_get_string (lookup_value (self, pspec));
  return s != NULL ? s : "";
}

gint64
trygg_entity_get_int64 (TryggEntity *self,
                        const char  *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);
  GValue *value;

  g_return_val_if_fail (pspec != NULL, 0);
  value = lookup_value (self, pspec);
  if (G_VALUE_HOLDS_INT64 (value))
    return g_value_get_int64 (value);
  if (G_VALUE_HOLDS_INT (value))
    return g_value_get_int (value);
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_value_get_boolean (value);
  return 0;
}

const char *
trygg_entity_get_title (TryggEntity *self)
{
  return trygg_entity_get_string (self, TRYGG_ENTITY_GET_CLASS (self)->title_property);
}

/* Column properties: those installed by subclasses, in installation order. */
static GPtrArray *
list_columns (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  guint n = 0;
  g_autofree GParamSpec **all = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n);
  GPtrArray *columns = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    if (all[i]->owner_type != TRYGG_TYPE_ENTITY &&
        g_type_is_a (all[i]->owner_type, TRYGG_TYPE_ENTITY))
      g_ptr_array_add (columns, all[i]);
  return columns;
}

static char *
column_name (GParamSpec *pspec)
{
  return g_strdelimit (g_strdup (pspec->name), "-", '_');
}

static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            const GValue *value)
{
  if (G_VALUE_HOLDS_STRING (value))
    {
      if (g_value_get_string (value) == NULL)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_text (stmt, index, g_value_get_string (value), -1, SQLITE_TRANSIENT);
    }
  else if (G_VALUE_HOLDS_INT64 (value))
    {
      if (g_value_get_int64 (value) == 0)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
    }
  else if (G_VALUE_HOLDS_INT (value))
    sqlite3_bind_int (stmt, index, g_value_get_int (value));
  else if (G_VALUE_HOLDS_BOOLEAN (value))
    sqlite3_bind_int (stmt, index, g_value_get_boolean (value));
  else
    g_critical ("Column type %s is not supported", G_VALUE_TYPE_NAME (value));
}

static void
read_value (sqlite3_stmt *stmt,
            int           col,
            GValue       *value)
{
  gboolean null = sqlite3_column_type (stmt, col) == SQLITE_NULL;

  if (G_VALUE_HOLDS_STRING (value))
    g_value_set_string (value, null ? NULL : (const char *) sqlite3_column_text (stmt, col));
  else if (G_VALUE_HOLDS_INT64 (value))
    g_value_set_int64 (value, sqlite3_column_int64 (stmt, col));
  else if (G_VALUE_HOLDS_INT (value))
    g_value_set_int (value, sqlite3_column_int (stmt, col));
  else if (G_VALUE_HOLDS_BOOLEAN (value))
    g_value_set_boolean (value, sqlite3_column_int (stmt, col) != 0);
}

/**
 * trygg_entity_new_from_statement:
 * @stmt: a statement positioned on a row of `SELECT * FROM <table>`
 *
 * Returns: (transfer full): a new entity holding the row's values
 */
TryggEntity *
trygg_entity_new_from_statement (GType         type,
                                 sqlite3_stmt *stmt)
{
  TryggEntity *self = g_object_new (type, NULL);
  TryggEntityPrivate *priv = trygg_entity_get_instance_private (self);
  int n = sqlite3_column_count (stmt);

  for (int col = 0; col < n; col++)
    {
      g_autofree char *prop = g_strdelimit (g_strdup (sqlite3_column_name (stmt, col)), "_", '-');
      GParamSpec *pspec;
      const char *text = (const char *) sqlite3_column_text (stmt, col);

      if (g_str_equal (prop, "id"))
        priv->id = sqlite3_column_int64 (stmt, col);
      else if (g_str_equal (prop, "uuid"))
        replace_str (&priv->uuid, text);
      else if (g_str_equal (prop, "created-at"))
        replace_str (&priv->created_at, text);
      else if (g_str_equal (prop, "updated-at"))
        replace_str (&priv->updated_at, text);
      else if ((pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), prop)) != NULL &&
               pspec->owner_type != TRYGG_TYPE_ENTITY)
        read_value (stmt, col, lookup_value (self, pspec));
    }
  return self;
}

static TryggEntity *
load_where (TryggDatabase  *db,
            GType           type,
            const char     *where,
            gint64          id,
            const char     *uuid,
            GError        **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" WHERE %s",
                                          TRYGG_ENTITY_CLASS (klass)->table, where);
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db, sql, error);
  TryggEntity *entity;
  int rc;

  if (stmt == NULL)
    return NULL;
  if (uuid != NULL)
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      entity = trygg_entity_new_from_statement (type, stmt);
      sqlite3_reset (stmt);
      return entity;
    }
  if (rc == SQLITE_DONE)
    g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND,
                 _("The row no longer exists."));
  else
    trygg_database_set_error (db, error);
  sqlite3_reset (stmt);
  return NULL;
}

TryggEntity *
trygg_entity_load (TryggDatabase  *db,
                   GType           type,
                   gint64          id,
                   GError        **error)
{
  return load_where (db, type, "id = ?", id, NULL, error);
}

TryggEntity *
trygg_entity_load_by_uuid (TryggDatabase  *db,
                           GType           type,
                           const char     *uuid,
                           GError        **error)
{
  return load_where (db, type, "uuid = ?", 0, uuid, error);
}

/* Re-reads the row, e.g. after an Undo restored it. */
gboolean
trygg_entity_reload (TryggEntity    *self,
                     TryggDatabase  *db,
                     GError        **error)
{
  g_autoptr(TryggEntity) fresh = trygg_entity_load (db, G_OBJECT_TYPE (self),
                                                    trygg_entity_get_id (self), error);
  g_autoptr(GPtrArray) columns = NULL;

  if (fresh == NULL)
    return FALSE;
  columns = list_columns (G_OBJECT_TYPE (self));
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (columns, i);
      g_object_set_property (G_OBJECT (self), pspec->name, lookup_value (fresh, pspec));
    }
  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

/**
 * trygg_entity_write:
 *
 * Inserts the row (when it has no id yet) or updates it, inside the caller's transaction.
 */
gboolean
trygg_entity_write (TryggEntity    *self,
                    TryggDatabase  *db,
                    GError        **error)
{
  TryggEntityPrivate *priv = trygg_entity_get_instance_private (self);
  g_autoptr(GPtrArray) columns = list_columns (G_OBJECT_TYPE (self));
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *now = trygg_database_now ();
  sqlite3_stmt *stmt;
  int first;

  if (priv->id == 0)
    {
      g_string_printf (sql, "INSERT INTO \"%s\" (uuid, created_at, updated_at",
                       trygg_entity_get_table (self));
      for (guint i = 0; i < columns->len; i++)
        {
          g_autofree char *name = column_name (g_ptr_array_index (columns, i));
          g_string_append_printf (sql, ", \"%s\"", name);
        }
      g_string_append (sql, ") VALUES (?, ?, ?");
      for (guint i = 0; i < columns->len; i++)
        g_string_append (sql, ", ?");
      g_string_append (sql, ")");
      stmt = trygg_database_prepare_cached (db, sql->str, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, priv->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
      first = 4;
    }
  else
    {
      g_string_printf (sql, "UPDATE \"%s\" SET updated_at = ?", trygg_entity_get_table (self));
      for (guint i = 0; i < columns->len; i++)
        {
          g_autofree char *name = column_name (g_ptr_array_index (columns, i));
          g_string_append_printf (sql, ", \"%s\" = ?", name);
        }
      g_string_append_printf (sql, " WHERE id = ?%u", columns->len + 2);
      stmt = trygg_database_prepare_cached (db, sql->str, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, columns->len + 2, priv->id);
      first = 2;
    }

  for (guint i = 0; i < columns->len; i++)
    bind_value (stmt, first + i, lookup_value (self, g_ptr_array_index (columns, i)));
  if (!trygg_database_step_done (db, stmt, error))
    return FALSE;
  if (priv->id != 0 && sqlite3_changes (trygg_database_get_handle (db)) == 0)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND,
                   _("The row no longer exists."));
      return FALSE;
    }

  if (priv->id == 0)
    {
      priv->id = sqlite3_last_insert_rowid (trygg_database_get_handle (db));
      replace_str (&priv->created_at, now);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  replace_str (&priv->updated_at, now);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
  return TRUE;
}

/* Saves the row in a transaction of its own. */
gboolean
trygg_entity_save (TryggEntity    *self,
                   TryggDatabase  *db,
                   GError        **error)
{
  TryggEntityPrivate *priv = trygg_entity_get_instance_private (self);
  gint64 old_id = priv->id;

  if (!trygg_database_begin (db, error))
    return FALSE;
  if (!trygg_entity_write (self, db, error))
    {
      trygg_database_rollback (db);
      priv->id = old_id;
      return FALSE;
    }
  if (!trygg_database_commit (db, error))
    {
      priv->id = old_id;
      return FALSE;
    }
  return TRUE;
}

/**
 * trygg_entity_delete:
 * @first_change: (out) (optional): the first change-log entry the delete wrote
 * @last_change: (out) (optional): the last one, cascades included
 *
 * Deletes the row in a transaction; the change-log range lets trygg_database_revert_changes()
 * undo it, rows that referred to it included.
 */
gboolean
trygg_entity_delete (TryggEntity    *self,
                     TryggDatabase  *db,
                     gint64         *first_change,
                     gint64         *last_change,
                     GError        **error)
{
  TryggEntityPrivate *priv = trygg_entity_get_instance_private (self);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE id = ?",
                                          trygg_entity_get_table (self));
  sqlite3_stmt *stmt;
  gint64 before;

  if (!trygg_database_begin (db, error))
    return FALSE;
  before = trygg_database_last_change_id (db);
  stmt = trygg_database_prepare_cached (db, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, priv->id);
  if (!trygg_database_step_done (db, stmt, error))
    goto fail;
  if (first_change != NULL)
    *first_change = before + 1;
  if (last_change != NULL)
    *last_change = trygg_database_last_change_id (db);
  return trygg_database_commit (db, error);

fail:
  trygg_database_rollback (db);
  return FALSE;
}
