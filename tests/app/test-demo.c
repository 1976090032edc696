/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo municipality, headless, with the real plugins of the build tree: every core table
 * has rows; every plugin that implements the demo extension point contributed its file's rows;
 * the action plan covers every plan status and every quarter of 2026, each item with its
 * action in the tracker and each such action with its item; a second demo starts fresh; and
 * the user's own database is neither created nor touched.
 *
 * XDG_DATA_HOME points into a temporary folder for the whole run, set before anything asks
 * for it, so that the demo (and the default database path) never reach the user's data.
 */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "trygg-demo.h"
#include "trygg-plugins.h"

#define DEMO_YEAR 2026

static char *tmp_dir;
static TryggPlugins *plugins;

static TryggDatabase *
create_demo (void)
{
  g_autoptr(GError) error = NULL;
  TryggDatabase *db = trygg_demo_create (plugins, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

static void
close_demo (TryggDatabase *db)
{
  trygg_plugins_set_database (plugins, NULL);
  g_assert_finalize_object (db);
}

static gint64
query_int (TryggDatabase *db,
           const char    *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* The user's database where the application would open it without --database; built here
 * rather than with trygg_paths_default_database(), which makes its folder. */
static char *
user_database_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "trygg", "trygg.db", NULL);
}

/* ---- core ---------------------------------------------------------------------------------- */

/* The tables of core alone: a database opened without any plugin. */
static GStrv
core_tables (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (tmp_dir, "core-only", NULL);
  g_autofree char *path = g_build_filename (dir, "core.db", NULL);
  const char *suffixes[] = { "", "-wal", "-shm" };
  TryggDatabase *db;
  GStrv tables;

  g_mkdir_with_parents (dir, 0700);
  db = trygg_database_open (path, NULL, 0, &error);
  g_assert_no_error (error);
  tables = trygg_database_list_tables (db);
  g_assert_finalize_object (db);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
  g_rmdir (dir);
  return tables;
}

static void
test_core_tables (void)
{
  g_auto(GStrv) tables = core_tables ();
  TryggDatabase *db = create_demo ();

  g_assert_cmpuint (g_strv_length (tables), >, 0);
  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_test_message ("core table %s: %" G_GINT64_FORMAT " rows", tables[i],
                      trygg_database_count_rows (db, tables[i]));
      g_assert_cmpint (trygg_database_count_rows (db, tables[i]), >, 0);
    }
  close_demo (db);
}

/* ---- every plugin's part ------------------------------------------------------------------- */

static JsonObject *
load_part (const char  *resource,
           JsonParser  *parser)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, &error);
  JsonNode *root;

  g_assert_no_error (error);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_node_get_object (root);
}

/* How many of @rows (a table of an exchange file) the database has, found by uuid. */
static guint
count_in_database (TryggDatabase *db,
                   const char    *table,
                   JsonArray     *rows)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\" WHERE uuid = ?", table);
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db, sql, NULL);
  guint found = 0;

  g_assert_nonnull (stmt);
  for (guint r = 0; r < json_array_get_length (rows); r++)
    {
      JsonObject *row = json_array_get_object_element (rows, r);
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, json_object_get_string_member (row, "uuid"), -1,
                         SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      found += sqlite3_column_int (stmt, 0);
    }
  return found;
}

static void
test_plugin_parts (void)
{
  g_autoptr(GPtrArray) parts = trygg_plugins_get_extensions (plugins, TRYGG_TYPE_DEMO_EXTENSION);
  TryggDatabase *db = create_demo ();
  gboolean actionplan_part = FALSE;

  /* the action plan is built in this tree, so at least its part is there */
  g_assert_cmpuint (parts->len, >, 0);
  for (guint i = 0; i < parts->len; i++)
    {
      const char *resource = trygg_demo_extension_get_demo_resource (g_ptr_array_index (parts, i));
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *file, *tables, *components;
      g_autoptr(GList) names = NULL;
      guint total = 0;

      g_assert_nonnull (resource);
      g_test_message ("demo part %s", resource);
      file = load_part (resource, parser);
      components = json_object_get_object_member (file, "components");
      tables = json_object_get_object_member (file, "tables");
      g_assert_nonnull (components);
      g_assert_nonnull (tables);

      /* every component the part needs is in the demo database */
      names = json_object_get_members (components);
      for (GList *l = names; l != NULL; l = l->next)
        {
          g_assert_cmpint (trygg_database_get_schema_version (db, l->data), >=,
                           json_object_get_int_member (components, l->data));
          if (g_str_equal (l->data, "actionplan"))
            actionplan_part = TRUE;
        }

      /* every row of every table of the file, once */
      g_clear_pointer (&names, g_list_free);
      names = json_object_get_members (tables);
      for (GList *l = names; l != NULL; l = l->next)
        {
          JsonArray *rows = json_object_get_array_member (tables, l->data);
          guint n = json_array_get_length (rows);

          g_test_message ("  %s: %u rows", (char *) l->data, n);
          g_assert_cmpuint (count_in_database (db, l->data, rows), ==, n);
          total += n;
        }
      g_assert_cmpuint (total, >, 0);
    }
  g_assert_true (actionplan_part);
  close_demo (db);
}

/* ---- the action plan ----------------------------------------------------------------------- */

static void
test_actionplan_coverage (void)
{
  static const char *statuses[] = {
    "not_started", "partly_started", "in_progress", "done", "postponed", "cancelled"
  };
  TryggDatabase *db = create_demo ();

  g_assert_cmpint (trygg_database_get_schema_version (db, "actionplan"), >, 0);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autofree char *sql = g_strdup_printf (
          "SELECT count(*) FROM actionplan_item WHERE year = %d AND plan_status = '%s'",
          DEMO_YEAR, statuses[i]);
      g_test_message ("%s: %" G_GINT64_FORMAT, statuses[i], query_int (db, sql));
      g_assert_cmpint (query_int (db, sql), >, 0);
    }
  for (guint q = 1; q <= 4; q++)
    {
      g_autofree char *sql = g_strdup_printf (
          "SELECT count(*) FROM actionplan_item WHERE year = %d AND quarters & %u",
          DEMO_YEAR, 1u << (q - 1));
      g_test_message ("Q%u: %" G_GINT64_FORMAT, q, query_int (db, sql));
      g_assert_cmpint (query_int (db, sql), >, 0);
    }
  close_demo (db);
}

static void
test_actionplan_actions (void)
{
  TryggDatabase *db = create_demo ();

  g_assert_cmpint (query_int (db, "SELECT count(*) FROM actionplan_item"), >, 0);

  /* every action of the plan has its item … */
  g_assert_cmpint (query_int (db,
      "SELECT count(*) FROM action a WHERE a.source_plugin = 'actionplan' AND NOT EXISTS "
      "(SELECT 1 FROM actionplan_item i WHERE i.uuid = a.source_uuid AND i.action_id = a.id)"),
      ==, 0);
  /* … and every item its action, from the plan */
  g_assert_cmpint (query_int (db,
      "SELECT count(*) FROM actionplan_item i WHERE NOT EXISTS "
      "(SELECT 1 FROM action a WHERE a.id = i.action_id AND a.source_plugin = 'actionplan' "
      "AND a.source_uuid = i.uuid)"),
      ==, 0);
  g_assert_cmpint (query_int (db,
      "SELECT count(*) FROM action WHERE source_plugin = 'actionplan'"), ==,
      query_int (db, "SELECT count(*) FROM actionplan_item"));

  /* as the plugin writes them: due the item's last quarter, the status mapped, done on a day,
   * someone responsible */
  g_assert_cmpint (query_int (db,
      "SELECT count(*) FROM actionplan_item i JOIN action a ON a.id = i.action_id WHERE "
      "a.due_quarter IS NOT i.year || '-Q' || CASE WHEN i.quarters & 8 THEN 4 "
      "WHEN i.quarters & 4 THEN 3 WHEN i.quarters & 2 THEN 2 ELSE 1 END "
      "OR a.due_date IS NOT NULL "
      "OR a.status IS NOT CASE i.plan_status WHEN 'partly_started' THEN 'in_progress' "
      "ELSE i.plan_status END "
      "OR (a.status = 'done') = (a.completed_on IS NULL) "
      "OR a.responsible_id IS NULL OR i.status_comment = ''"),
      ==, 0);
  /* the triggers found nothing to change: no row of the plan was updated by the import */
  g_assert_cmpint (query_int (db,
      "SELECT count(*) FROM change_log WHERE operation = 'update' AND "
      "(table_name = 'actionplan_item' OR row_uuid IN "
      "(SELECT uuid FROM action WHERE source_plugin = 'actionplan'))"),
      ==, 0);
  close_demo (db);
}

/* ---- made anew ----------------------------------------------------------------------------- */

static GHashTable *
count_tables (TryggDatabase *db)
{
  g_auto(GStrv) tables = trygg_database_list_tables (db);
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; tables[i] != NULL; i++)
    g_hash_table_insert (counts, g_strdup (tables[i]),
                         GINT_TO_POINTER ((int) trygg_database_count_rows (db, tables[i])));
  return counts;
}

static void
test_fresh (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) first = NULL;
  g_autoptr(GHashTable) second = NULL;
  g_autofree char *path = NULL;
  TryggDatabase *db = create_demo ();
  GHashTableIter iter;
  gpointer table, count;

  path = g_strdup (trygg_database_get_path (db));
  first = count_tables (db);
  /* a change made in the demo … */
  g_assert_true (trygg_database_exec (db,
      "INSERT INTO person (uuid, name) VALUES ('0b7c1c2e-6a55-4f0e-9d7e-3d2f3f0c9a11', "
      "'Testperson')", &error));
  g_assert_no_error (error);
  close_demo (db);

  /* … is gone in the next one, which has the same rows, once each */
  db = create_demo ();
  g_assert_cmpstr (trygg_database_get_path (db), ==, path);
  second = count_tables (db);
  g_assert_cmpuint (g_hash_table_size (second), ==, g_hash_table_size (first));
  g_hash_table_iter_init (&iter, first);
  while (g_hash_table_iter_next (&iter, &table, &count))
    {
      g_assert_true (g_hash_table_contains (second, table));
      g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (second, table)), ==,
                       GPOINTER_TO_INT (count));
    }
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM person WHERE name = 'Testperson'"),
                   ==, 0);
  g_assert_cmpint (query_int (db,
      "SELECT count(*) FROM (SELECT title, source_plugin FROM action "
      "GROUP BY title, source_plugin HAVING count(*) > 1)"), ==, 0);
  g_assert_cmpint (query_int (db,
      "SELECT count(*) FROM (SELECT name FROM person GROUP BY name HAVING count(*) > 1)"),
      ==, 0);
  close_demo (db);
}

/* ---- the user's database ------------------------------------------------------------------- */

static void
assert_no_companions (const char *path)
{
  const char *suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
    }
}

static void
test_user_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *user = user_database_path ();
  g_autofree char *demo = trygg_demo_path ();
  g_autofree char *contents = NULL;
  const char *sentinel = "the user's own database: not to be touched by the demo\n";
  GStatBuf before, after;
  TryggDatabase *db;

  g_assert_cmpstr (user, !=, demo);
  g_assert_true (g_str_has_prefix (user, tmp_dir));

  /* not created when there is none … */
  g_assert_false (g_file_test (user, G_FILE_TEST_EXISTS));
  db = create_demo ();
  g_assert_cmpstr (trygg_database_get_path (db), ==, demo);
  close_demo (db);
  g_assert_false (g_file_test (user, G_FILE_TEST_EXISTS));
  assert_no_companions (user);

  /* … and left as it was when there is one */
  g_assert_true (g_file_set_contents (user, sentinel, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (user, &before), ==, 0);
  g_usleep (20 * G_TIME_SPAN_MILLISECOND);  /* a later write would show in the times */
  db = create_demo ();
  close_demo (db);
  g_assert_cmpint (g_stat (user, &after), ==, 0);
  g_assert_true (g_file_get_contents (user, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, sentinel);
  g_assert_cmpint (after.st_size, ==, before.st_size);
  g_assert_cmpint (after.st_mtime, ==, before.st_mtime);
  g_assert_cmpint (after.st_ctime, ==, before.st_ctime);
  assert_no_companions (user);
  g_unlink (user);
}

/* ---- setup --------------------------------------------------------------------------------- */

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
    }
  g_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *data_home = NULL;
  int status;

  /* before anything reads it: g_get_user_data_dir() keeps the first answer */
  tmp_dir = g_dir_make_tmp ("trygg-demo-XXXXXX", &error);
  g_assert_no_error (error);
  data_home = g_build_filename (tmp_dir, "data", NULL);
  g_mkdir_with_parents (data_home, 0700);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  g_assert_cmpstr (g_get_user_data_dir (), ==, data_home);

  backend = g_memory_settings_backend_new ();
  settings = g_settings_new_with_backend (APP_ID, backend);
  plugins = trygg_plugins_new (settings);

  g_test_add_func ("/demo/core-tables", test_core_tables);
  g_test_add_func ("/demo/plugin-parts", test_plugin_parts);
  g_test_add_func ("/demo/actionplan/coverage", test_actionplan_coverage);
  g_test_add_func ("/demo/actionplan/actions", test_actionplan_actions);
  g_test_add_func ("/demo/fresh", test_fresh);
  g_test_add_func ("/demo/user-database", test_user_database);
  status = g_test_run ();

  g_clear_object (&plugins);
  remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
