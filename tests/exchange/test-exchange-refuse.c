/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every kind of bad file is refused, with an error whose code says what kind of problem it
 * is and whose message names the table, row and field, and the database file is byte for
 * byte what it was (SHA-256 of the closed file before and after the import).
 *
 * Each case starts from a valid export of a database with rows in every table and breaks
 * one thing; the row that breaks a CHECK comes after rows that were already written, so
 * the case also proves that the whole import is rolled back.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "exchange-test-util.h"

typedef void (*Mutate) (JsonNode *root);

typedef struct {
  const char *name;
  const char *text;        /* the whole file; or */
  Mutate      mutate;      /* a change to a valid export; or */
  gboolean    truncate;    /* the first half of a valid export */
  int         code;        /* TRYGG_EXCHANGE_ERROR_* */
  const char *mentions[5]; /* what the message must name */
  const char *known_bug;   /* why the file is still accepted, for now */
} BadFile;

static char *valid_json;   /* the path of a valid export */

#define DANGLING "deadbeef-dead-4ead-8ead-deaddeaddead"

static JsonObject *
header (JsonNode *root)
{
  return json_node_get_object (root);
}

static JsonObject *
tables (JsonNode *root)
{
  return json_object_get_object_member (header (root), "tables");
}

static void
newer_format (JsonNode *root)
{
  json_object_set_int_member (header (root), "version", TRYGG_EXCHANGE_FORMAT_VERSION + 1);
}

static void
version_as_text (JsonNode *root)
{
  json_object_set_string_member (header (root), "version", "1");
}

static void
newer_core (JsonNode *root)
{
  json_object_set_int_member (json_object_get_object_member (header (root), "components"),
                              "core", 99);
}

static void
missing_component (JsonNode *root)
{
  json_object_set_int_member (json_object_get_object_member (header (root), "components"),
                              "riskanalysis", 1);
}

static void
no_tables (JsonNode *root)
{
  json_object_remove_member (header (root), "tables");
}

static void
table_not_a_list (JsonNode *root)
{
  json_object_set_object_member (tables (root), "person", json_object_new ());
}

static void
unknown_table (JsonNode *root)
{
  json_object_set_array_member (tables (root), "risk_scenario", json_array_new ());
}

static void
row_not_an_object (JsonNode *root)
{
  json_array_add_int_element (ex_table_rows (root, "supplier"), 42);
}

static void
dangling_reference (JsonNode *root)
{
  json_object_set_string_member (ex_row (root, "action", 1), "responsible_id", DANGLING);
}

static void
id_as_reference (JsonNode *root)
{
  json_object_set_int_member (ex_row (root, "system", 0), "owner_id", 7);
}

static void
duplicate_uuid (JsonNode *root)
{
  const char *first = json_object_get_string_member (ex_row (root, "person", 0), "uuid");
  json_object_set_string_member (ex_row (root, "person", 2), "uuid", first);
}

static void
invalid_uuid (JsonNode *root)
{
  json_object_set_string_member (ex_row (root, "process", 1), "uuid", "not-a-uuid");
}

static void
missing_uuid (JsonNode *root)
{
  json_object_remove_member (ex_row (root, "supplier", 0), "uuid");
}

static void
text_in_integer (JsonNode *root)
{
  json_object_set_string_member (ex_row (root, "org_unit", 0), "is_controller", "ja");
}

static void
number_in_text (JsonNode *root)
{
  json_object_set_int_member (ex_row (root, "person", 1), "name", 42);
}

static void
unknown_field (JsonNode *root)
{
  json_object_set_string_member (ex_row (root, "system", 2), "colour", "red");
}

static void
null_in_not_null (JsonNode *root)
{
  json_object_set_null_member (ex_row (root, "asset_system", 0), "asset_id");
}

static void
check_status (JsonNode *root)
{
  json_object_set_string_member (ex_row (root, "action", 1), "status", "bogus");
}

static void
check_date (JsonNode *root)
{
  json_object_set_string_member (ex_row (root, "action", 2), "due_date", "2025-03-31T10:00");
}

static void
not_a_date (JsonNode *root)
{
  json_object_set_string_member (ex_row (root, "action", 2), "due_date", "tomorrow");
}

static void
no_such_day (JsonNode *root)
{
  json_object_set_string_member (ex_row (root, "action", 0), "completed_on", "2025-02-30");
}

static void
check_kind (JsonNode *root)
{
  json_object_set_string_member (ex_row (root, "org_unit", 3), "kind", "kingdom");
}

/* the same asset and system linked twice under two uuids */
static void
duplicate_link (JsonNode *root)
{
  JsonArray *links = ex_table_rows (root, "asset_system");
  g_autofree char *text = json_to_string (json_array_get_element (links, 0), FALSE);
  JsonNode *copy = json_from_string (text, NULL);  /* json_node_copy() would share the object */

  json_object_set_string_member (json_node_get_object (copy), "uuid",
                                 "70000000-0000-4000-8000-000000000099");
  json_array_add_element (links, copy);
}

#define E(code) TRYGG_EXCHANGE_ERROR_##code

static const BadFile bad_files[] = {
  { "malformed", "{\"format\": \"trygg\", \"version\": 1,, \"tables\": {}}", NULL, FALSE,
    E (MALFORMED), { NULL } },
  { "truncated", NULL, NULL, TRUE, E (MALFORMED), { NULL } },
  { "empty", "", NULL, FALSE, E (MALFORMED), { NULL } },
  { "blank", " \n\t\n", NULL, FALSE, E (MALFORMED), { NULL } },
  { "other-format", "{\"format\": \"other\"}", NULL, FALSE, E (WRONG_FORMAT), { "trygg" } },
  { "array-root", "[{\"format\": \"trygg\", \"version\": 1}]", NULL, FALSE, E (WRONG_FORMAT),
    { NULL } },
  { "null-root", "null", NULL, FALSE, E (WRONG_FORMAT), { NULL } },
  { "version-as-text", NULL, version_as_text, FALSE, E (WRONG_FORMAT), { "version" } },
  { "no-tables", NULL, no_tables, FALSE, E (WRONG_FORMAT), { "tables" } },
  { "table-not-a-list", NULL, table_not_a_list, FALSE, E (WRONG_FORMAT), { "person" } },
  { "newer-format", NULL, newer_format, FALSE, E (TOO_NEW), { "version 2" } },
  { "newer-component", NULL, newer_core, FALSE, E (TOO_NEW), { "core", "99" } },
  { "missing-component", NULL, missing_component, FALSE, E (TOO_NEW), { "riskanalysis" } },
  { "unknown-table", NULL, unknown_table, FALSE, E (INCONSISTENT), { "risk_scenario" } },
  { "row-not-an-object", NULL, row_not_an_object, FALSE, E (INCONSISTENT),
    { "supplier", "row 3" } },
  { "dangling-reference", NULL, dangling_reference, FALSE, E (INCONSISTENT),
    { "action", "row 2", "responsible_id", DANGLING } },
  { "id-as-reference", NULL, id_as_reference, FALSE, E (INCONSISTENT),
    { "system", "row 1", "owner_id" } },
  { "duplicate-uuid", NULL, duplicate_uuid, FALSE, E (INCONSISTENT),
    { "person", "row 3", "uuid" } },
  { "invalid-uuid", NULL, invalid_uuid, FALSE, E (INCONSISTENT), { "process", "row 2", "uuid" } },
  { "missing-uuid", NULL, missing_uuid, FALSE, E (INCONSISTENT), { "supplier", "row 1", "uuid" } },
  { "text-in-integer", NULL, text_in_integer, FALSE, E (INCONSISTENT),
    { "org_unit", "row 1", "is_controller" } },
  { "number-in-text", NULL, number_in_text, FALSE, E (INCONSISTENT),
    { "person", "row 2", "name" } },
  { "unknown-field", NULL, unknown_field, FALSE, E (INCONSISTENT),
    { "system", "row 3", "colour" } },
  { "null-in-not-null", NULL, null_in_not_null, FALSE, E (INCONSISTENT),
    { "asset_system", "row 1", "asset_id" } },
  { "check-status", NULL, check_status, FALSE, E (INCONSISTENT),
    { "action", "row 2", "status" } },
  { "check-date", NULL, check_date, FALSE, E (INCONSISTENT), { "action", "row 3", "due_date" } },
  { "not-a-date", NULL, not_a_date, FALSE, E (INCONSISTENT), { "action", "row 3", "due_date" },
    "001-core.sql: CHECK (date(x) = x) is NULL, so it passes, for text that is no date" },
  { "no-such-day", NULL, no_such_day, FALSE, E (INCONSISTENT),
    { "action", "row 1", "completed_on" },
    "001-core.sql: SQLite 3.40's date('2025-02-30') is '2025-02-30'" },
  { "check-kind", NULL, check_kind, FALSE, E (INCONSISTENT), { "org_unit", "row 4", "kind" } },
  { "duplicate-link", NULL, duplicate_link, FALSE, E (INCONSISTENT),
    { "asset_system", "row 3" } },
};

static void
write_bad_file (const BadFile *bad,
                const char    *path)
{
  if (bad->text != NULL)
    ex_write_file (path, bad->text, -1);
  else if (bad->truncate)
    {
      gsize length = 0;
      g_autofree char *contents = ex_read_file (valid_json, &length);
      g_assert_cmpuint (length, >, 1000);
      ex_write_file (path, contents, length / 2);
    }
  else
    {
      g_autoptr(JsonNode) root = ex_load_json (valid_json);
      bad->mutate (root);
      ex_save_json (root, path);
    }
}

static void
test_refused (gconstpointer data)
{
  const BadFile *bad = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = trygg_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "trygg.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *file = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TryggImportSummary summary = { -1, -1, -1 };
  TryggDatabase *db = trygg_test_open (path);
  gboolean ok;

  /* a database with data of its own, some of it also in the file */
  trygg_test_exec (db,
    "INSERT INTO org_unit (uuid, name) VALUES ('" EX_UNIT ("05") "', 'Malmö stad');"
    "INSERT INTO person (uuid, name, unit_id) VALUES "
    " ('20000000-0000-4000-8000-000000000077', 'Befintlig', 1);");
  trygg_test_close (&db);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  before = trygg_test_file_checksum (path);

  write_bad_file (bad, file);
  db = trygg_test_open (path);
  ok = trygg_exchange_import_file (db, file, &summary, NULL, NULL, NULL, &error);
  if (ok && bad->known_bug != NULL)
    {
      g_test_incomplete (bad->known_bug);
      trygg_test_close (&db);
      trygg_test_remove_dir (dir);
      return;
    }
  g_assert_false (ok);
  g_assert_error (error, TRYGG_EXCHANGE_ERROR, bad->code);
  g_test_message ("%s: %s", bad->name, error->message);
  for (guint i = 0; i < G_N_ELEMENTS (bad->mentions) && bad->mentions[i] != NULL; i++)
    EX_ASSERT_CONTAINS (error->message, bad->mentions[i]);
  /* nothing is reported as done */
  g_assert_cmpint (summary.added, ==, -1);
  g_assert_cmpint (trygg_database_count_rows (db, "person"), ==, 1);
  trygg_test_close (&db);

  after = trygg_test_file_checksum (path);
  g_assert_cmpstr (after, ==, before);
  trygg_test_remove_dir (dir);
}

/* A file that is not there is a file error, and nothing changes either. */
static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = trygg_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "trygg.db", NULL);
  g_autofree char *file = g_build_filename (dir, "nowhere.json", NULL);
  g_autoptr(TryggDatabase) db = trygg_test_open (path);

  g_assert_false (trygg_exchange_import_file (db, file, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_cmpint (trygg_database_count_rows (db, "person"), ==, 0);
  trygg_test_close (&db);
  trygg_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *source_path = NULL;
  TryggDatabase *source;
  int status;

  g_test_init (&argc, &argv, NULL);

  dir = trygg_test_make_dir ();
  source_path = g_build_filename (dir, "source.db", NULL);
  valid_json = g_build_filename (dir, "valid.json", NULL);
  source = trygg_test_open (source_path);
  ex_fill_all_tables (source);
  ex_export (source, valid_json);
  trygg_test_close (&source);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strconcat ("/exchange/refuse/", bad_files[i].name, NULL);
      g_test_add_data_func (name, &bad_files[i], test_refused);
    }
  g_test_add_func ("/exchange/refuse/missing-file", test_missing_file);

  status = g_test_run ();
  trygg_test_remove_dir (dir);
  g_free (valid_json);
  return status;
}
