/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The change log ("spårbarhet"): every insert, update and delete of every table writes
 * exactly one row with the time, the OS user, the table, the row's uuid, the operation and
 * the old and new values as JSON, in the writing transaction.
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "test-util.h"

typedef struct
{
  char       *time;
  char       *os_user;
  char       *table_name;
  char       *row_uuid;
  char       *operation;
  JsonObject *old_values;  /* NULL for SQL NULL */
  JsonObject *new_values;
} Change;

static void
change_free (gpointer data)
{
  Change *change = data;

  g_free (change->time);
  g_free (change->os_user);
  g_free (change->table_name);
  g_free (change->row_uuid);
  g_free (change->operation);
  g_clear_pointer (&change->old_values, json_object_unref);
  g_clear_pointer (&change->new_values, json_object_unref);
  g_free (change);
}

static JsonObject *
parse_object (sqlite3_stmt *stmt,
              int           col)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return NULL;
  parser = json_parser_new ();
  json_parser_load_from_data (parser, (const char *) sqlite3_column_text (stmt, col), -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_object_ref (json_node_get_object (root));
}

/* Returns: (element-type Change): the change-log rows after @mark, oldest first */
static GPtrArray *
changes_since (TryggDatabase *db,
               gint64         mark)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray *changes = g_ptr_array_new_with_free_func (change_free);

  stmt = trygg_database_prepare (db, "SELECT time, os_user, table_name, row_uuid, operation, "
                                 "old_values, new_values FROM change_log WHERE id > ? "
                                 "ORDER BY id", &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, mark);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Change *change = g_new0 (Change, 1);

      change->time = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      change->os_user = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      change->table_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      change->row_uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      change->operation = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      change->old_values = parse_object (stmt, 5);
      change->new_values = parse_object (stmt, 6);
      g_ptr_array_add (changes, change);
    }
  return changes;
}

/* The one change after @mark; asserts that there is exactly one. */
static GPtrArray *
one_change_since (TryggDatabase  *db,
                  gint64          mark,
                  Change        **change)
{
  GPtrArray *changes = changes_since (db, mark);

  g_assert_cmpuint (changes->len, ==, 1);
  *change = g_ptr_array_index (changes, 0);
  return changes;
}

static void
assert_common (const Change *change,
               const char   *table,
               const char   *uuid,
               const char   *operation)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_assert_cmpstr (change->table_name, ==, table);
  g_assert_cmpstr (change->row_uuid, ==, uuid);
  g_assert_cmpstr (change->operation, ==, operation);
  g_assert_cmpstr (change->os_user, ==, g_get_user_name ());

  /* ISO 8601 UTC, and now */
  g_assert_true (g_str_has_suffix (change->time, "Z"));
  time = g_date_time_new_from_iso8601 (change->time, NULL);
  g_assert_nonnull (time);
  g_assert_cmpint (ABS (g_date_time_difference (now, time)), <, 5 * 60 * G_TIME_SPAN_SECOND);

  g_assert_true (g_str_equal (operation, "insert") == (change->old_values == NULL));
  g_assert_true (g_str_equal (operation, "delete") == (change->new_values == NULL));
}

static void
test_asset (TryggTestFixture *f,
            gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggPerson) owner = trygg_person_new ();
  g_autoptr(TryggAsset) asset = trygg_asset_new ();
  g_autoptr(GPtrArray) changes = NULL;
  TryggEntity *entity = TRYGG_ENTITY (asset);
  const char *uuid = trygg_entity_get_uuid (entity);
  Change *change;
  gint64 mark;

  g_object_set (owner, "name", "Per Ola Olsen", NULL);
  trygg_test_save (owner, f->db);

  /* insert */
  mark = trygg_database_last_change_id (f->db);
  g_object_set (asset, "name", "Elevregister", "description", "Uppgifter om elever i grundskolan",
                "personal-data", TRUE, NULL);
  trygg_test_save (asset, f->db);
  changes = one_change_since (f->db, mark, &change);
  assert_common (change, "information_asset", uuid, "insert");
  g_assert_cmpint (json_object_get_int_member (change->new_values, "id"), ==,
                   trygg_entity_get_id (entity));
  g_assert_cmpstr (json_object_get_string_member (change->new_values, "uuid"), ==, uuid);
  g_assert_cmpstr (json_object_get_string_member (change->new_values, "name"), ==,
                   "Elevregister");
  g_assert_cmpstr (json_object_get_string_member (change->new_values, "description"), ==,
                   "Uppgifter om elever i grundskolan");
  g_assert_cmpint (json_object_get_int_member (change->new_values, "personal_data"), ==, 1);
  g_assert_true (json_object_has_member (change->new_values, "owner_id"));
  g_assert_true (json_object_get_null_member (change->new_values, "owner_id"));
  g_assert_cmpstr (json_object_get_string_member (change->new_values, "created_at"), ==,
                   trygg_entity_get_created_at (entity));
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* update */
  mark = trygg_database_last_change_id (f->db);
  g_object_set (asset, "name", "Betygsregister",
                "owner-id", trygg_entity_get_id (TRYGG_ENTITY (owner)), NULL);
  trygg_test_save (asset, f->db);
  changes = one_change_since (f->db, mark, &change);
  assert_common (change, "information_asset", uuid, "update");
  g_assert_cmpstr (json_object_get_string_member (change->old_values, "name"), ==,
                   "Elevregister");
  g_assert_cmpstr (json_object_get_string_member (change->new_values, "name"), ==,
                   "Betygsregister");
  g_assert_true (json_object_get_null_member (change->old_values, "owner_id"));
  g_assert_cmpint (json_object_get_int_member (change->new_values, "owner_id"), ==,
                   trygg_entity_get_id (TRYGG_ENTITY (owner)));
  g_assert_cmpstr (json_object_get_string_member (change->new_values, "updated_at"), ==,
                   trygg_entity_get_updated_at (entity));
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* delete */
  mark = trygg_database_last_change_id (f->db);
  TRYGG_ASSERT_OK (trygg_entity_delete (entity, f->db, NULL, NULL, &error), error);
  changes = one_change_since (f->db, mark, &change);
  assert_common (change, "information_asset", uuid, "delete");
  g_assert_cmpstr (json_object_get_string_member (change->old_values, "name"), ==,
                   "Betygsregister");
  g_assert_cmpstr (json_object_get_string_member (change->old_values, "uuid"), ==, uuid);
  g_assert_cmpint (json_object_get_int_member (change->old_values, "id"), ==,
                   trygg_entity_get_id (entity));
}

static void
test_link (TryggTestFixture *f,
           gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggAsset) asset = trygg_asset_new ();
  g_autoptr(TryggSystem) system = trygg_system_new ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *link_uuid = NULL;
  g_autofree char *sql = NULL;
  gint64 asset_id, system_id, mark;
  Change *change;

  g_object_set (asset, "name", "Elevregister", NULL);
  g_object_set (system, "name", "Skolplattformen", NULL);
  trygg_test_save (asset, f->db);
  trygg_test_save (system, f->db);
  asset_id = trygg_entity_get_id (TRYGG_ENTITY (asset));
  system_id = trygg_entity_get_id (TRYGG_ENTITY (system));

  /* insert */
  mark = trygg_database_last_change_id (f->db);
  TRYGG_ASSERT_OK (trygg_links_add (f->db, &trygg_link_asset_system, asset_id, system_id,
                                    &error), error);
  link_uuid = trygg_test_query_text (f->db, "SELECT uuid FROM asset_system", NULL);
  g_assert_nonnull (link_uuid);
  changes = one_change_since (f->db, mark, &change);
  assert_common (change, "asset_system", link_uuid, "insert");
  g_assert_cmpint (json_object_get_int_member (change->new_values, "asset_id"), ==, asset_id);
  g_assert_cmpint (json_object_get_int_member (change->new_values, "system_id"), ==, system_id);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* linking again changes nothing, so it logs nothing */
  mark = trygg_database_last_change_id (f->db);
  TRYGG_ASSERT_OK (trygg_links_add (f->db, &trygg_link_asset_system, asset_id, system_id,
                                    &error), error);
  changes = changes_since (f->db, mark);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* update */
  mark = trygg_database_last_change_id (f->db);
  sql = g_strdup_printf ("UPDATE asset_system SET updated_at = '2030-01-01T00:00:00.000Z' "
                         "WHERE uuid = '%s'", link_uuid);
  trygg_test_exec (f->db, sql);
  changes = one_change_since (f->db, mark, &change);
  assert_common (change, "asset_system", link_uuid, "update");
  g_assert_cmpstr (json_object_get_string_member (change->new_values, "updated_at"), ==,
                   "2030-01-01T00:00:00.000Z");
  g_assert_cmpstr (json_object_get_string_member (change->old_values, "updated_at"), !=,
                   "2030-01-01T00:00:00.000Z");
  g_assert_cmpint (json_object_get_int_member (change->old_values, "asset_id"), ==, asset_id);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* delete */
  mark = trygg_database_last_change_id (f->db);
  TRYGG_ASSERT_OK (trygg_links_remove (f->db, &trygg_link_asset_system, asset_id, system_id,
                                       &error), error);
  changes = one_change_since (f->db, mark, &change);
  assert_common (change, "asset_system", link_uuid, "delete");
  g_assert_cmpint (json_object_get_int_member (change->old_values, "asset_id"), ==, asset_id);
  g_assert_cmpint (json_object_get_int_member (change->old_values, "system_id"), ==, system_id);
}

static void
test_rollback_logs_nothing (TryggTestFixture *f,
                            gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggAsset) asset = trygg_asset_new ();
  g_autoptr(TryggAsset) other = trygg_asset_new ();
  g_autoptr(GPtrArray) changes = NULL;
  gint64 mark, count;

  g_object_set (asset, "name", "Elevregister", NULL);
  trygg_test_save (asset, f->db);
  mark = trygg_database_last_change_id (f->db);
  count = trygg_database_count_rows (f->db, "change_log");

  TRYGG_ASSERT_OK (trygg_database_begin (f->db, &error), error);
  g_object_set (asset, "name", "Betygsregister", NULL);
  TRYGG_ASSERT_OK (trygg_entity_write (TRYGG_ENTITY (asset), f->db, &error), error);
  g_object_set (other, "name", "Ekonomisystem", NULL);
  TRYGG_ASSERT_OK (trygg_entity_write (TRYGG_ENTITY (other), f->db, &error), error);
  TRYGG_ASSERT_OK (trygg_database_exec (f->db, "DELETE FROM information_asset", &error), error);
  /* written inside the transaction … */
  g_assert_cmpint (trygg_database_count_rows (f->db, "change_log"), ==, count + 4);
  trygg_database_rollback (f->db);

  /* … and gone with it */
  g_assert_cmpint (trygg_database_last_change_id (f->db), ==, mark);
  g_assert_cmpint (trygg_database_count_rows (f->db, "change_log"), ==, count);
  changes = changes_since (f->db, mark);
  g_assert_cmpuint (changes->len, ==, 0);
}

/* Every user table carries the three triggers, so that no table escapes the log. */
static void
test_every_table_logged (TryggTestFixture *f,
                         gconstpointer     data)
{
  g_auto(GStrv) tables = trygg_database_list_tables (f->db);
  static const char *ops[] = { "insert", "update", "delete" };

  g_assert_cmpuint (g_strv_length (tables), >=, 10);
  for (guint i = 0; tables[i] != NULL; i++)
    for (guint j = 0; j < G_N_ELEMENTS (ops); j++)
      {
        g_autofree char *name = g_strdup_printf ("log_%s_%s", tables[i], ops[j]);
        g_test_message ("%s", name);
        g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM sqlite_master WHERE "
                                               "type = 'trigger' AND name = ?", name), ==, 1);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, TryggTestFixture, NULL, trygg_test_fixture_setup_open, func, \
              trygg_test_fixture_teardown)

  ADD ("/change-log/asset", test_asset);
  ADD ("/change-log/link", test_link);
  ADD ("/change-log/rollback", test_rollback_logs_nothing);
  ADD ("/change-log/every-table", test_every_table_logged);

#undef ADD

  return g_test_run ();
}
