/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export and import keep everything: a database with rows in every core table (links, a unit
 * tree whose parents come later in id order, NULLs, booleans, åäö and emoji) is exported,
 * imported into an empty database and exported again; every table then holds the same rows,
 * field for field, compared by uuid. The file itself follows the format that
 * docs/exchange-format.md promises: header, tables in dependency order, every column but id,
 * foreign keys as uuids, booleans as 0/1. Importing the same file twice changes nothing.
 */
#include "config.h"

#include "exchange-test-util.h"

typedef struct {
  char          *dir;
  char          *first_path;   /* the filled database */
  char          *second_path;  /* the empty one it is imported into */
  char          *first_json;
  char          *second_json;
  TryggDatabase *first;
  TryggDatabase *second;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = trygg_test_make_dir ();
  f->first_path = g_build_filename (f->dir, "first.db", NULL);
  f->second_path = g_build_filename (f->dir, "second.db", NULL);
  f->first_json = g_build_filename (f->dir, "first.json", NULL);
  f->second_json = g_build_filename (f->dir, "second.json", NULL);
  f->first = trygg_test_open (f->first_path);
  ex_fill_all_tables (f->first);
  f->second = trygg_test_open (f->second_path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  trygg_test_close (&f->first);
  trygg_test_close (&f->second);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->first_path);
  g_free (f->second_path);
  g_free (f->first_json);
  g_free (f->second_json);
}

static gint64
total_rows (TryggDatabase *db)
{
  gint64 total = 0;

  for (guint i = 0; ex_core_tables[i] != NULL; i++)
    total += trygg_database_count_rows (db, ex_core_tables[i]);
  return total;
}

/* The columns of @table that a row in the file must have: all but id. */
static GStrv
file_columns (TryggDatabase *db,
              const char    *table)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db,
      "SELECT name FROM pragma_table_info(?) WHERE name != 'id' ORDER BY name", NULL);

  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  return g_strv_builder_end (builder);
}

static GStrv
member_names (JsonObject *object)
{
  g_autoptr(GList) members = json_object_get_members (object);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (GList *l = members; l != NULL; l = l->next)
    g_strv_builder_add (builder, l->data);
  names = g_strv_builder_end (builder);
  return g_steal_pointer (&names);
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GStrv
sorted_members (JsonObject *object)
{
  g_auto(GStrv) names = member_names (object);

  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  return g_steal_pointer (&names);
}

static void
assert_rows_equal (const char *table,
                   JsonObject *expected,
                   JsonObject *actual)
{
  g_auto(GStrv) expected_names = sorted_members (expected);
  g_auto(GStrv) actual_names = sorted_members (actual);

  g_assert_cmpstrv (actual_names, expected_names);
  for (guint i = 0; expected_names[i] != NULL; i++)
    {
      JsonNode *a = json_object_get_member (expected, expected_names[i]);
      JsonNode *b = json_object_get_member (actual, expected_names[i]);
      if (!json_node_equal (a, b))
        {
          g_autofree char *sa = json_to_string (a, FALSE);
          g_autofree char *sb = json_to_string (b, FALSE);
          g_error ("%s %s, field %s: %s became %s", table,
                   json_object_get_string_member (expected, "uuid"), expected_names[i], sa, sb);
        }
    }
}

/* Every table has the same rows in both files, compared by uuid, all fields. */
static void
assert_same_tables (JsonNode *expected,
                    JsonNode *actual)
{
  for (guint t = 0; ex_core_tables[t] != NULL; t++)
    {
      const char *table = ex_core_tables[t];
      JsonArray *rows = ex_table_rows (expected, table);

      g_assert_cmpuint (json_array_get_length (ex_table_rows (actual, table)), ==,
                        json_array_get_length (rows));
      for (guint r = 0; r < json_array_get_length (rows); r++)
        {
          JsonObject *row = json_array_get_object_element (rows, r);
          const char *uuid = json_object_get_string_member (row, "uuid");
          JsonObject *other = ex_row_by_uuid (actual, table, uuid);

          if (other == NULL)
            g_error ("%s %s is missing after the round trip", table, uuid);
          assert_rows_equal (table, row, other);
        }
    }
}

static void
assert_parent (TryggDatabase *db,
               const char    *child,
               const char    *parent)
{
  g_autofree char *found = trygg_test_query_text (db,
      "SELECT p.uuid FROM org_unit c LEFT JOIN org_unit p ON p.id = c.parent_id "
      "WHERE c.uuid = ?", child);

  g_assert_cmpstr (found, ==, parent);
}

static gboolean
search_finds (TryggDatabase *db,
              const char    *text,
              const char    *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = trygg_search_run (db, text, 10, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < hits->len; i++)
    if (g_str_equal (((TryggSearchHit *) g_ptr_array_index (hits, i))->uuid, uuid))
      return TRUE;
  return FALSE;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) first = NULL;
  g_autoptr(JsonNode) second = NULL;
  TryggImportSummary summary = { -1, -1, -1 };
  gint64 total = total_rows (f->first);

  g_assert_cmpint (total, ==, 27);
  ex_export (f->first, f->first_json);
  EX_ASSERT_OK (trygg_exchange_import_file (f->second, f->first_json, &summary, NULL, NULL,
                                            NULL, &error), error);
  g_assert_cmpint (summary.added, ==, total);
  g_assert_cmpint (summary.updated, ==, 0);
  g_assert_cmpint (summary.kept, ==, 0);
  ex_export (f->second, f->second_json);

  first = ex_load_json (f->first_json);
  second = ex_load_json (f->second_json);
  assert_same_tables (first, second);
  for (guint t = 0; ex_core_tables[t] != NULL; t++)
    {
      const char *table = ex_core_tables[t];
      gint64 n = trygg_database_count_rows (f->first, table);
      g_assert_cmpint (n, >=, 2);
      g_assert_cmpint (trygg_database_count_rows (f->second, table), ==, n);
      g_assert_cmpuint (json_array_get_length (ex_table_rows (first, table)), ==, n);
    }

  /* the tree points at the same rows by uuid, though the ids differ */
  assert_parent (f->second, EX_UNIT ("01"), EX_UNIT ("05"));
  assert_parent (f->second, EX_UNIT ("06"), EX_UNIT ("01"));
  assert_parent (f->second, EX_UNIT ("02"), EX_UNIT ("01"));
  assert_parent (f->second, EX_UNIT ("05"), NULL);
  g_assert_cmpint (trygg_test_query_int (f->second, "SELECT id FROM org_unit WHERE uuid = ?",
                                 EX_UNIT ("06")), !=, 5);
  g_assert_cmpint (trygg_test_query_int (f->second,
                                         "SELECT count(*) FROM pragma_foreign_key_check", NULL), ==, 0);
}

/* What a tool reading the file relies on, as docs/exchange-format.md describes it. */
static void
test_file_layout (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GRegex) iso = g_regex_new (
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$", 0, 0, NULL);
  g_auto(GStrv) order = trygg_exchange_table_order (f->first);
  g_autoptr(GList) members = NULL;
  JsonObject *header, *components, *row;
  guint i = 0;

  ex_export (f->first, f->first_json);
  root = ex_load_json (f->first_json);
  header = json_node_get_object (root);

  g_assert_cmpstr (json_object_get_string_member (header, "format"), ==, "trygg");
  g_assert_cmpint (json_object_get_int_member (header, "version"), ==,
                   TRYGG_EXCHANGE_FORMAT_VERSION);
  g_assert_true (g_regex_match (iso, json_object_get_string_member (header, "exported_at"),
                                0, NULL));
  components = json_object_get_object_member (header, "components");
  g_assert_cmpint (json_object_get_int_member (components, "core"), ==,
                   trygg_database_get_schema_version (f->first, "core"));

  /* the tables in dependency order: every table after the ones it refers to */
  members = json_object_get_members (json_object_get_object_member (header, "tables"));
  g_assert_cmpuint (g_list_length (members), ==, g_strv_length (order));
  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, order[i]);
  for (i = 0; order[i] != NULL; i++)
    {
      g_autoptr(sqlite3_stmt) fks = trygg_database_prepare (f->first,
          "SELECT \"table\" FROM pragma_foreign_key_list(?)", NULL);
      sqlite3_bind_text (fks, 1, order[i], -1, SQLITE_TRANSIENT);
      while (sqlite3_step (fks) == SQLITE_ROW)
        {
          const char *target = (const char *) sqlite3_column_text (fks, 0);
          guint j;
          for (j = 0; order[j] != NULL && !g_str_equal (order[j], target); j++)
            ;
          g_assert_cmpuint (j, <=, i);
        }
    }

  /* every row has every column but id (a generated column is no column of the file) */
  for (guint t = 0; ex_core_tables[t] != NULL; t++)
    {
      g_auto(GStrv) columns = file_columns (f->first, ex_core_tables[t]);
      JsonArray *rows = ex_table_rows (root, ex_core_tables[t]);
      g_assert_false (g_strv_contains ((const char * const *) columns, "due_sort"));
      for (guint r = 0; r < json_array_get_length (rows); r++)
        {
          g_auto(GStrv) names = sorted_members (json_array_get_object_element (rows, r));
          g_assert_cmpstrv (names, columns);
        }
    }

  /* foreign keys as uuids, also to a row later in the file; null stays null */
  row = ex_row_by_uuid (root, "org_unit", EX_UNIT ("01"));
  g_assert_cmpstr (json_object_get_string_member (row, "parent_id"), ==, EX_UNIT ("05"));
  g_assert_cmpstr (json_object_get_string_member (row, "description"), ==,
                   "Skolor 🏫 och förskolor");
  g_assert_cmpstr (json_object_get_string_member (row, "updated_at"), ==,
                   "2024-02-03T09:10:11.123456Z");
  row = ex_row_by_uuid (root, "org_unit", EX_UNIT ("05"));
  g_assert_true (json_object_has_member (row, "parent_id"));
  g_assert_true (json_object_get_null_member (row, "parent_id"));
  /* booleans as the numbers 0 and 1 */
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (row, "is_controller")), ==,
                   G_TYPE_INT64);
  g_assert_cmpint (json_object_get_int_member (row, "is_controller"), ==, 1);
  row = ex_row_by_uuid (root, "org_unit", EX_UNIT ("02"));
  g_assert_cmpstr (json_object_get_string_member (row, "description"), ==,
                   "Rad ett\nRad två\t\"citat\" \\ snedstreck");
  g_assert_cmpint (json_object_get_int_member (row, "is_controller"), ==, 0);
  row = ex_row_by_uuid (root, "person", EX_PERSON ("03"));
  g_assert_cmpstr (json_object_get_string_member (row, "name"), ==, "Émile Zoë 😀");
  g_assert_cmpstr (json_object_get_string_member (row, "unit_id"), ==, EX_UNIT ("06"));
  row = ex_row_by_uuid (root, "asset_system", EX_LINK ("02"));
  g_assert_cmpstr (json_object_get_string_member (row, "asset_id"), ==, EX_ASSET ("02"));
  g_assert_cmpstr (json_object_get_string_member (row, "system_id"), ==, EX_SYSTEM ("03"));
  row = ex_row_by_uuid (root, "action", EX_ACTION ("02"));
  g_assert_true (json_object_get_null_member (row, "due_date"));
  g_assert_cmpstr (json_object_get_string_member (row, "due_quarter"), ==, "2025-Q4");
  g_assert_cmpstr (json_object_get_string_member (row, "completed_on"), ==, "2025-01-15");
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "done");
  g_assert_true (json_object_get_null_member (row, "responsible_id"));
  g_assert_false (json_object_has_member (row, "id"));
}

/* Imported rows are searchable like rows typed in. */
static void
test_imported_rows_searchable (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  ex_export (f->first, f->first_json);
  EX_ASSERT_OK (trygg_exchange_import_file (f->second, f->first_json, NULL, NULL, NULL, NULL,
                                            &error), error);
  g_assert_true (search_finds (f->second, "malmo", EX_UNIT ("05")));
  g_assert_true (search_finds (f->second, "emile", EX_PERSON ("03")));
  g_assert_true (search_finds (f->second, "overfor", EX_PROCESS ("01")));
}

/* Importing the same file again changes nothing and says so. */
static void
test_import_twice (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) first = NULL;
  g_autoptr(JsonNode) second = NULL;
  TryggImportSummary summary = { -1, -1, -1 };
  gint64 changes;

  ex_export (f->first, f->first_json);
  EX_ASSERT_OK (trygg_exchange_import_file (f->second, f->first_json, NULL, NULL, NULL, NULL,
                                            &error), error);
  changes = trygg_database_last_change_id (f->second);
  EX_ASSERT_OK (trygg_exchange_import_file (f->second, f->first_json, &summary, NULL, NULL,
                                            NULL, &error), error);
  g_assert_cmpint (summary.added, ==, 0);
  g_assert_cmpint (summary.updated, ==, 0);
  g_assert_cmpint (summary.kept, ==, total_rows (f->first));
  g_assert_cmpint (trygg_database_last_change_id (f->second), ==, changes);

  ex_export (f->second, f->second_json);
  first = ex_load_json (f->first_json);
  second = ex_load_json (f->second_json);
  assert_same_tables (first, second);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/exchange/round-trip/every-table", Fixture, NULL,
              fixture_setup, test_round_trip, fixture_teardown);
  g_test_add ("/exchange/round-trip/file-layout", Fixture, NULL,
              fixture_setup, test_file_layout, fixture_teardown);
  g_test_add ("/exchange/round-trip/searchable", Fixture, NULL,
              fixture_setup, test_imported_rows_searchable, fixture_teardown);
  g_test_add ("/exchange/round-trip/twice", Fixture, NULL,
              fixture_setup, test_import_twice, fixture_teardown);
  return g_test_run ();
}
