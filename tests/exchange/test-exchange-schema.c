/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * docs/exchange-format.schema.json and docs/exchange-format.md tell the truth about what
 * Trygg writes and reads:
 *
 *  - the schema describes every core table and every column of it, no more and no less
 *    (a migration that adds a column fails here until the schema and the page say so);
 *  - a real export is valid against it, and common mistakes of a tool are not
 *    (validated with Python's jsonschema, skipped when python3-jsonschema is missing; meson
 *    passes the interpreter that has it as the first argument);
 *  - the example on the page is valid and imports as the page says.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>

#include "exchange-test-util.h"

static const char *python;  /* with jsonschema, or NULL */

typedef struct {
  char          *dir;
  char          *path;
  char          *file;
  TryggDatabase *db;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = trygg_test_make_dir ();
  f->path = g_build_filename (f->dir, "trygg.db", NULL);
  f->file = g_build_filename (f->dir, "export.json", NULL);
  f->db = trygg_test_open (f->path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->file);
}

static char *
schema_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "docs", "exchange-format.schema.json", NULL);
}

static JsonObject *
load_schema (JsonNode **keep)
{
  g_autofree char *path = schema_path ();

  *keep = ex_load_json (path);
  return json_node_get_object (*keep);
}

/* Runs the validator on @file: TRUE when valid. Skips the test when it cannot run. */
static gboolean
validate (const char *file,
          gboolean    show_errors)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "exchange",
                                                   "validate-schema.py", NULL);
  g_autofree char *schema = schema_path ();
  g_autofree char *err = NULL;
  const char *argv[] = { python, script, schema, file, NULL };
  int status = 0;

  g_assert_nonnull (python);
  EX_ASSERT_OK (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                              &err, &status, &error), error);
  if (show_errors && err != NULL && *err != '\0')
    g_test_message ("%s", err);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), !=, 2);   /* the schema itself is valid */
  g_assert_cmpint (WEXITSTATUS (status), !=, 77);  /* jsonschema was found by meson */
  return WEXITSTATUS (status) == 0;
}

static gboolean
have_validator (void)
{
  if (python == NULL)
    {
      g_test_skip ("no python3 with jsonschema (Debian: python3-jsonschema)");
      return FALSE;
    }
  return TRUE;
}

/* The schema names exactly the core tables and, for each, exactly the columns but id. */
static void
test_schema_covers_core (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(JsonNode) keep = NULL;
  JsonObject *schema = load_schema (&keep);
  JsonObject *defs = json_object_get_object_member (schema, "$defs");
  JsonObject *tables = json_object_get_object_member (
      json_object_get_object_member (json_object_get_object_member (schema, "properties"),
                                     "tables"), "properties");
  g_auto(GStrv) names = trygg_database_list_tables (f->db);

  g_assert_cmpuint (json_object_get_size (tables), ==, g_strv_length (names));
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (f->db,
          "SELECT name, \"notnull\" AND dflt_value IS NULL FROM pragma_table_info(?) "
          "WHERE name != 'id'", NULL);
      JsonObject *def, *properties;
      JsonArray *required;
      guint n_columns = 0;

      if (!json_object_has_member (tables, names[i]) || !json_object_has_member (defs, names[i]))
        g_error ("the schema does not describe the table %s", names[i]);
      def = json_object_get_object_member (defs, names[i]);
      properties = json_object_get_object_member (def, "properties");
      required = json_object_get_array_member (def, "required");
      g_assert_false (json_object_get_boolean_member (def, "additionalProperties"));

      sqlite3_bind_text (stmt, 1, names[i], -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *column = (const char *) sqlite3_column_text (stmt, 0);
          gboolean must = sqlite3_column_int (stmt, 1);
          gboolean listed = FALSE;

          n_columns++;
          if (!json_object_has_member (properties, column))
            g_error ("the schema does not describe %s.%s", names[i], column);
          for (guint r = 0; r < json_array_get_length (required); r++)
            listed |= g_str_equal (json_array_get_string_element (required, r), column);
          if (must != listed)
            g_error ("%s.%s is %srequired by the schema, but %sby the database", names[i],
                     column, listed ? "" : "not ", must ? "" : "not ");
        }
      g_assert_cmpuint (json_object_get_size (properties), ==, n_columns);
    }
}

static void
test_real_export_valid (Fixture       *f,
                        gconstpointer  data)
{
  if (!have_validator ())
    return;
  ex_fill_all_tables (f->db);
  ex_add_people (f->db, 20);
  ex_export (f->db, f->file);
  g_assert_true (validate (f->file, TRUE));

  /* an empty database exports a valid file too */
  trygg_test_close (&f->db);
  g_remove (f->path);
  f->db = trygg_test_open (f->path);
  ex_export (f->db, f->file);
  g_assert_true (validate (f->file, TRUE));
}

typedef void (*Mutate) (JsonNode *root);

static void set_status (JsonNode *r) { json_object_set_string_member (ex_row (r, "action", 0), "status", "bogus"); }
static void set_kind (JsonNode *r) { json_object_set_string_member (ex_row (r, "org_unit", 0), "kind", "kingdom"); }
static void set_lifecycle (JsonNode *r) { json_object_set_string_member (ex_row (r, "system", 0), "lifecycle", "dead"); }
static void set_uuid (JsonNode *r) { json_object_set_string_member (ex_row (r, "person", 0), "uuid", "42"); }
static void drop_uuid (JsonNode *r) { json_object_remove_member (ex_row (r, "supplier", 0), "uuid"); }
static void add_field (JsonNode *r) { json_object_set_string_member (ex_row (r, "system", 0), "colour", "red"); }
static void id_reference (JsonNode *r) { json_object_set_int_member (ex_row (r, "person", 0), "unit_id", 3); }
static void null_link (JsonNode *r) { json_object_set_null_member (ex_row (r, "asset_system", 0), "asset_id"); }
static void boolean_two (JsonNode *r) { json_object_set_int_member (ex_row (r, "org_unit", 0), "is_controller", 2); }
static void number_text (JsonNode *r) { json_object_set_int_member (ex_row (r, "person", 0), "name", 42); }
static void short_date (JsonNode *r) { json_object_set_string_member (ex_row (r, "action", 0), "due_date", "2025-1-1"); }
static void bad_quarter (JsonNode *r) { json_object_set_string_member (ex_row (r, "action", 0), "due_quarter", "2025-Q5"); }
static void local_time (JsonNode *r) { json_object_set_string_member (ex_row (r, "person", 0), "updated_at", "2025-01-01T10:00:00+02:00"); }
static void version_two (JsonNode *r) { json_object_set_int_member (json_node_get_object (r), "version", 2); }
static void other_format (JsonNode *r) { json_object_set_string_member (json_node_get_object (r), "format", "other"); }
static void rows_not_list (JsonNode *r) { json_object_set_object_member (json_object_get_object_member (json_node_get_object (r), "tables"), "person", json_object_new ()); }

static void
plugin_table (JsonNode *root)
{
  JsonObject *tables = json_object_get_object_member (json_node_get_object (root), "tables");
  JsonArray *rows = json_array_new ();
  JsonObject *row = json_object_new ();

  json_object_set_string_member (row, "uuid", "b0000000-0000-4000-8000-000000000001");
  json_object_set_string_member (row, "updated_at", "2025-01-01T00:00:00.000Z");
  json_object_set_string_member (row, "action_id", "80000000-0000-4000-8000-000000000001");
  json_object_set_int_member (row, "year", 2025);
  json_object_set_string_member (row, "area", "Utbildning");
  json_array_add_object_element (rows, row);
  json_object_set_array_member (tables, "actionplan_item", rows);
  json_object_set_int_member (json_object_get_object_member (json_node_get_object (root),
                                                             "components"), "actionplan", 1);
}

static void
plugin_row_without_uuid (JsonNode *root)
{
  plugin_table (root);
  json_object_remove_member (ex_row (root, "actionplan_item", 0), "uuid");
}

static void
test_mistakes_invalid (Fixture       *f,
                       gconstpointer  data)
{
  static const struct { const char *name; Mutate mutate; gboolean valid; } cases[] = {
    { "status", set_status, FALSE }, { "kind", set_kind, FALSE },
    { "lifecycle", set_lifecycle, FALSE }, { "uuid", set_uuid, FALSE },
    { "no uuid", drop_uuid, FALSE }, { "unknown field", add_field, FALSE },
    { "id as reference", id_reference, FALSE }, { "null link", null_link, FALSE },
    { "boolean 2", boolean_two, FALSE }, { "number as text", number_text, FALSE },
    { "short date", short_date, FALSE }, { "quarter", bad_quarter, FALSE },
    { "local time", local_time, FALSE }, { "version 2", version_two, FALSE },
    { "other format", other_format, FALSE }, { "rows not a list", rows_not_list, FALSE },
    { "plugin row without uuid", plugin_row_without_uuid, FALSE },
    { "plugin table", plugin_table, TRUE },
  };
  g_autofree char *bad = g_build_filename (f->dir, "bad.json", NULL);

  if (!have_validator ())
    return;
  ex_fill_all_tables (f->db);
  ex_export (f->db, f->file);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) root = ex_load_json (f->file);
      cases[i].mutate (root);
      ex_save_json (root, bad);
      if (validate (bad, FALSE) != cases[i].valid)
        g_error ("the schema %s a file with: %s", cases[i].valid ? "refuses" : "accepts",
                 cases[i].name);
    }
}

/* The last ```json block of the page: valid, and imports into a fresh database as it says. */
static void
test_doc_example (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *page = g_test_build_filename (G_TEST_DIST, "..", "docs",
                                                 "exchange-format.md", NULL);
  g_autofree char *text = ex_read_file (page, NULL);
  g_autofree char *example = g_build_filename (f->dir, "example.json", NULL);
  TryggImportSummary summary = { -1, -1, -1 };
  const char *start = g_strrstr (text, "```json\n");
  const char *end;

  g_assert_nonnull (start);
  start += strlen ("```json\n");
  end = strstr (start, "```");
  g_assert_nonnull (end);
  ex_write_file (example, start, end - start);

  EX_ASSERT_OK (trygg_exchange_import_file (f->db, example, &summary, NULL, NULL, NULL,
                                            &error), error);
  g_assert_cmpint (summary.added, ==, 5);
  g_assert_cmpint (summary.updated, ==, 0);
  g_assert_cmpint (summary.kept, ==, 0);
  EX_ASSERT_CONTAINS (text, "5 added, 0 updated, 0 kept");

  if (python != NULL)
    g_assert_true (validate (example, TRUE));
  else
    g_test_message ("not validated: no python3 with jsonschema");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (argc > 1 && *argv[1] != '\0')
    python = argv[1];

  g_test_add ("/exchange/schema/covers-core", Fixture, NULL,
              fixture_setup, test_schema_covers_core, fixture_teardown);
  g_test_add ("/exchange/schema/real-export", Fixture, NULL,
              fixture_setup, test_real_export_valid, fixture_teardown);
  g_test_add ("/exchange/schema/mistakes", Fixture, NULL,
              fixture_setup, test_mistakes_invalid, fixture_teardown);
  g_test_add ("/exchange/schema/doc-example", Fixture, NULL,
              fixture_setup, test_doc_example, fixture_teardown);
  return g_test_run ();
}
