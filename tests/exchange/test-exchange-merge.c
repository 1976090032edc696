/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Merging a file into a database that already has data, as when two PCs or two
 * municipalities exchange files: rows match by uuid; a row not there is added; a row whose
 * copy in the file has a later updated_at is updated; a row whose copy is older or just as
 * old is kept as it is; rows not in the file stay. The summary counts exactly that.
 */
#include "config.h"

#include "exchange-test-util.h"

#define T_OLD   "2024-01-01T00:00:00.000Z"
#define T_MID   "2024-03-01T00:00:00.000Z"
#define T_NEW   "2024-06-01T00:00:00.000Z"

typedef struct {
  char          *dir;
  char          *file;
  TryggDatabase *source;  /* the other PC, that writes the file */
  TryggDatabase *target;  /* this PC, that imports it */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *source_path = NULL;
  g_autofree char *target_path = NULL;

  f->dir = trygg_test_make_dir ();
  source_path = g_build_filename (f->dir, "source.db", NULL);
  target_path = g_build_filename (f->dir, "target.db", NULL);
  f->file = g_build_filename (f->dir, "exchange.json", NULL);
  f->source = trygg_test_open (source_path);
  f->target = trygg_test_open (target_path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  trygg_test_close (&f->source);
  trygg_test_close (&f->target);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->file);
}

static char *
name_of (TryggDatabase *db,
         const char    *table,
         const char    *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM \"%s\" WHERE uuid = ?", table);
  return trygg_test_query_text (db, sql, uuid);
}

static char *
updated_at_of (TryggDatabase *db,
               const char    *table,
               const char    *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT updated_at FROM \"%s\" WHERE uuid = ?", table);
  return trygg_test_query_text (db, sql, uuid);
}

static char *
unit_of_person (TryggDatabase *db,
                const char    *uuid)
{
  return trygg_test_query_text (db, "SELECT u.uuid FROM person p LEFT JOIN org_unit u "
                        "ON u.id = p.unit_id WHERE p.uuid = ?", uuid);
}

static void
test_merge_rules (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  TryggImportSummary summary = { -1, -1, -1 };
  JsonArray *people;
  char *text;

  /* this PC */
  trygg_test_exec (f->target,
    "INSERT INTO org_unit (uuid, updated_at, name, is_controller) VALUES "
    " ('" EX_UNIT ("01") "', '" T_OLD "', 'Enhet här', 0);"
    "INSERT INTO person (uuid, updated_at, name, unit_id) VALUES "
    " ('" EX_PERSON ("01") "', '" T_OLD "', 'Äldre här', NULL),"
    " ('" EX_PERSON ("02") "', '" T_NEW "', 'Nyare här', 1),"
    " ('" EX_PERSON ("03") "', '" T_MID "', 'Lika gammal här', NULL),"
    " ('" EX_PERSON ("09") "', '" T_OLD "', 'Bara här', NULL);"
    "INSERT INTO system (uuid, updated_at, name) VALUES "
    " ('" EX_SYSTEM ("01") "', '" T_MID "', 'System här');");

  /* the other PC: the same uuids, other times, and rows of its own */
  trygg_test_exec (f->source,
    "INSERT INTO org_unit (uuid, updated_at, name, is_controller) VALUES "
    " ('" EX_UNIT ("02") "', '" T_OLD "', 'Ny enhet där', 0),"
    " ('" EX_UNIT ("01") "', '" T_NEW "', 'Enhet där', 1);"
    "INSERT INTO person (uuid, updated_at, name, unit_id) VALUES "
    " ('" EX_PERSON ("01") "', '" T_MID "', 'Nyare där', 1),"
    " ('" EX_PERSON ("02") "', '" T_MID "', 'Äldre där', NULL),"
    " ('" EX_PERSON ("03") "', '" T_MID "', 'Lika gammal där', 2),"
    " ('" EX_PERSON ("04") "', '" T_OLD "', 'Ny där', 1),"
    " ('" EX_PERSON ("05") "', '" T_OLD "', 'Också ny där', NULL),"
    " ('" EX_PERSON ("09") "', '" T_OLD "', 'Bara här', NULL);"
    "INSERT INTO system (uuid, updated_at, name) VALUES "
    " ('" EX_SYSTEM ("01") "', '" T_MID "', 'System där');"
    "INSERT INTO information_asset (uuid, updated_at, name, owner_id, personal_data) VALUES "
    " ('" EX_ASSET ("01") "', '" T_OLD "', 'Tillgång där', 6, 1);"
    "INSERT INTO asset_system (uuid, asset_id, system_id) VALUES "
    " ('" EX_LINK ("01") "', 1, 1);");
  ex_export (f->source, f->file);

  /* the file refers to person 09 without holding it: it is found in this database */
  root = ex_load_json (f->file);
  people = ex_table_rows (root, "person");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (people, 5),
                                                  "uuid"), ==, EX_PERSON ("09"));
  json_array_remove_element (people, 5);
  /* a tool may write booleans as true/false */
  json_object_set_boolean_member (ex_row_by_uuid (root, "org_unit", EX_UNIT ("01")),
                                  "is_controller", TRUE);
  ex_save_json (root, f->file);

  EX_ASSERT_OK (trygg_exchange_import_file (f->target, f->file, &summary, NULL, NULL, NULL,
                                            &error), error);
  /* added: unit 02, people 04 and 05, the asset, the link;
   * updated: unit 01, person 01; kept: person 02 (ours newer), person 03 and system 01 (same) */
  g_assert_cmpint (summary.added, ==, 5);
  g_assert_cmpint (summary.updated, ==, 2);
  g_assert_cmpint (summary.kept, ==, 3);
  /* as the command line and the window's toast say it */
  text = trygg_import_summary_describe (&summary);
  g_assert_cmpstr (text, ==, "5 added, 2 updated, 3 kept");
  g_free (text);

  /* updated: every field from the file, its updated_at too, references by uuid */
  text = name_of (f->target, "org_unit", EX_UNIT ("01"));
  g_assert_cmpstr (text, ==, "Enhet där");
  g_free (text);
  g_assert_cmpint (trygg_test_query_int (f->target,
                                         "SELECT is_controller FROM org_unit WHERE uuid = ?",
                                 EX_UNIT ("01")), ==, 1);
  text = name_of (f->target, "person", EX_PERSON ("01"));
  g_assert_cmpstr (text, ==, "Nyare där");
  g_free (text);
  text = updated_at_of (f->target, "person", EX_PERSON ("01"));
  g_assert_cmpstr (text, ==, T_MID);
  g_free (text);
  text = unit_of_person (f->target, EX_PERSON ("01"));
  g_assert_cmpstr (text, ==, EX_UNIT ("02"));  /* id 1 there; a unit added by this import */
  g_free (text);

  /* kept: ours is newer, or just as new */
  text = name_of (f->target, "person", EX_PERSON ("02"));
  g_assert_cmpstr (text, ==, "Nyare här");
  g_free (text);
  text = updated_at_of (f->target, "person", EX_PERSON ("02"));
  g_assert_cmpstr (text, ==, T_NEW);
  g_free (text);
  text = unit_of_person (f->target, EX_PERSON ("02"));
  g_assert_cmpstr (text, ==, EX_UNIT ("01"));
  g_free (text);
  text = name_of (f->target, "person", EX_PERSON ("03"));
  g_assert_cmpstr (text, ==, "Lika gammal här");
  g_free (text);
  text = unit_of_person (f->target, EX_PERSON ("03"));
  g_assert_null (text);
  text = name_of (f->target, "system", EX_SYSTEM ("01"));
  g_assert_cmpstr (text, ==, "System här");
  g_free (text);

  /* added, with their references; rows only here stay */
  text = name_of (f->target, "person", EX_PERSON ("04"));
  g_assert_cmpstr (text, ==, "Ny där");
  g_free (text);
  text = unit_of_person (f->target, EX_PERSON ("04"));
  g_assert_cmpstr (text, ==, EX_UNIT ("02"));
  g_free (text);
  text = name_of (f->target, "person", EX_PERSON ("09"));
  g_assert_cmpstr (text, ==, "Bara här");
  g_free (text);
  text = trygg_test_query_text (f->target, "SELECT p.uuid FROM information_asset a JOIN person p "
                        "ON p.id = a.owner_id WHERE a.uuid = ?", EX_ASSET ("01"));
  g_assert_cmpstr (text, ==, EX_PERSON ("09"));
  g_free (text);
  g_assert_cmpint (trygg_test_query_int (f->target,
      "SELECT count(*) FROM asset_system l JOIN information_asset a ON a.id = l.asset_id "
      "JOIN system s ON s.id = l.system_id WHERE l.uuid = ? AND a.uuid = '" EX_ASSET ("01") "' "
      "AND s.uuid = '" EX_SYSTEM ("01") "'", EX_LINK ("01")), ==, 1);
  g_assert_cmpint (trygg_database_count_rows (f->target, "org_unit"), ==, 2);
  g_assert_cmpint (trygg_database_count_rows (f->target, "person"), ==, 6);
  g_assert_cmpint (trygg_database_count_rows (f->target, "system"), ==, 1);
  g_assert_cmpint (trygg_test_query_int (f->target, "SELECT count(*) FROM pragma_foreign_key_check",
                                 NULL), ==, 0);

  /* the same file again: nothing is newer any more */
  EX_ASSERT_OK (trygg_exchange_import_file (f->target, f->file, &summary, NULL, NULL, NULL,
                                            &error), error);
  g_assert_cmpint (summary.added, ==, 0);
  g_assert_cmpint (summary.updated, ==, 0);
  g_assert_cmpint (summary.kept, ==, 10);
}

/* A later edit in the file wins even when it moves a unit under a unit that comes later in
 * the file and is new here. */
static void
test_update_self_reference (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TryggImportSummary summary = { -1, -1, -1 };
  g_autofree char *parent = NULL;

  trygg_test_exec (f->target,
    "INSERT INTO org_unit (uuid, updated_at, name) VALUES "
    " ('" EX_UNIT ("01") "', '" T_OLD "', 'Förvaltning');");
  trygg_test_exec (f->source,
    "INSERT INTO org_unit (id, uuid, updated_at, name) VALUES "
    " (9, '" EX_UNIT ("02") "', '" T_OLD "', 'Kommun');"
    "INSERT INTO org_unit (id, uuid, updated_at, name, parent_id) VALUES "
    " (1, '" EX_UNIT ("01") "', '" T_NEW "', 'Förvaltning', 9);");
  ex_export (f->source, f->file);

  EX_ASSERT_OK (trygg_exchange_import_file (f->target, f->file, &summary, NULL, NULL, NULL,
                                            &error), error);
  g_assert_cmpint (summary.added, ==, 1);
  g_assert_cmpint (summary.updated, ==, 1);
  g_assert_cmpint (summary.kept, ==, 0);
  parent = trygg_test_query_text (f->target, "SELECT p.uuid FROM org_unit c JOIN org_unit p "
                          "ON p.id = c.parent_id WHERE c.uuid = ?", EX_UNIT ("01"));
  g_assert_cmpstr (parent, ==, EX_UNIT ("02"));
}

/* Two PCs each linked the same asset to the same system: two uuids for one fact. The
 * import keeps this PC's link, counts the file's as kept, and fails nothing. */
static void
test_same_link_made_twice (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TryggImportSummary summary;

  ex_fill_all_tables (f->source);
  ex_export (f->source, f->file);
  EX_ASSERT_OK (trygg_exchange_import_file (f->target, f->file, &summary, NULL, NULL, NULL,
                                            &error), error);
  /* this PC removes the link and makes it again: a new uuid */
  trygg_test_exec (f->target, "DELETE FROM asset_system WHERE uuid = '" EX_LINK ("01") "'");
  trygg_test_exec (f->target, "INSERT INTO asset_system (uuid, asset_id, system_id) SELECT "
                      "'70000000-0000-4000-8000-0000000000aa', a.id, s.id FROM "
                      "information_asset a, system s WHERE a.uuid = '" EX_ASSET ("01") "' "
                      "AND s.uuid = '" EX_SYSTEM ("01") "'");

  EX_ASSERT_OK (trygg_exchange_import_file (f->target, f->file, &summary, NULL, NULL, NULL,
                                            &error), error);
  g_assert_cmpint (summary.added, ==, 0);
  g_assert_cmpint (trygg_test_query_int (f->target,
                                         "SELECT count(*) FROM asset_system WHERE uuid = ?",
                                 "70000000-0000-4000-8000-0000000000aa"), ==, 1);
  g_assert_cmpint (trygg_test_query_int (f->target,
                                         "SELECT count(*) FROM asset_system WHERE uuid = ?",
                                 EX_LINK ("01")), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/exchange/merge/rules", Fixture, NULL,
              fixture_setup, test_merge_rules, fixture_teardown);
  g_test_add ("/exchange/merge/self-reference", Fixture, NULL,
              fixture_setup, test_update_self_reference, fixture_teardown);
  g_test_add ("/exchange/merge/same-link-made-twice", Fixture, NULL,
              fixture_setup, test_same_link_made_twice, fixture_teardown);
  return g_test_run ();
}
