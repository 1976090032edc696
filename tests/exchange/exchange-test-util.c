/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers of the exchange and search tests (exchange-test-util.h).
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "exchange-test-util.h"

const char * const ex_core_tables[] = {
  "org_unit", "person", "supplier", "information_asset", "system", "process",
  "asset_system", "process_asset", "process_system", "action", NULL
};

/* TRUE when @dir holds exactly the files named (no temporary file left behind). */
gboolean
ex_dir_has_only (const char *dir,
                 ...)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
  const char *found;
  guint n_found = 0;
  va_list args;

  g_assert_nonnull (handle);
  va_start (args, dir);
  for (const char *n = va_arg (args, const char *); n != NULL; n = va_arg (args, const char *))
    g_hash_table_add (expected, (gpointer) n);
  va_end (args);

  while ((found = g_dir_read_name (handle)) != NULL)
    {
      if (!g_hash_table_contains (expected, found))
        {
          g_test_message ("unexpected file %s in %s", found, dir);
          return FALSE;
        }
      n_found++;
    }
  return n_found == g_hash_table_size (expected);
}

/* Rows in every core table. The ids are sparse and out of order, so that the ids of an
 * importing database differ; the unit tree has parents that come later in id order
 * (5 → 10 → 50) as well as earlier ones (20 → 10). NULLs, empty strings, both booleans,
 * quotes, backslashes, control characters, åäö and emoji. */
void
ex_fill_all_tables (TryggDatabase *db)
{
  trygg_test_exec (db,
    "INSERT INTO org_unit (id, uuid, created_at, updated_at, name, kind, parent_id, "
    "                      is_controller, description) VALUES "
    " (50, '" EX_UNIT ("05") "', '2023-01-02T08:00:00.000Z', '2023-01-02T08:00:00.000Z', "
    "  'Malmö stad', 'municipality', NULL, 1, 'Kommunen i Skåne'),"
    " (10, '" EX_UNIT ("01") "', '2023-01-02T08:00:01.000Z', '2024-02-03T09:10:11.123456Z', "
    "  'Barn- och utbildningsförvaltningen', 'administration', 50, 1, 'Skolor 🏫 och förskolor'),"
    " (5, '" EX_UNIT ("06") "', '2023-01-02T08:00:02.000Z', '2023-01-02T08:00:02.000Z', "
    "  'Ängsskolan', 'operation', 10, 0, ''),"
    " (20, '" EX_UNIT ("02") "', '2023-01-02T08:00:03.000Z', '2023-01-02T08:00:03.000Z', "
    "  'Grundskola Öst', 'operation', 10, 0, 'Rad ett\nRad två\t\"citat\" \\ snedstreck'),"
    " (30, '" EX_UNIT ("03") "', '2023-01-02T08:00:04.000Z', '2023-01-02T08:00:04.000Z', "
    "  'Kommunstyrelsen', 'committee', 50, 1, ''),"
    " (40, '" EX_UNIT ("04") "', '2023-01-02T08:00:05.000Z', '2023-01-02T08:00:05.000Z', "
    "  'Fastighets AB Malmö', 'company', NULL, 0, '');"

    "INSERT INTO person (id, uuid, created_at, updated_at, name, role, email, phone, "
    "                    username, unit_id) VALUES "
    " (7, '" EX_PERSON ("01") "', '2023-02-01T10:00:00.000Z', '2023-02-01T10:00:00.000Z', "
    "  'Åsa Öberg', 'Informationssäkerhetssamordnare', 'asa.oberg@example.se', "
    "  '+46 40 34 10 00', 'asaobe', 10),"
    " (3, '" EX_PERSON ("02") "', '2023-02-01T10:00:01.000Z', '2023-02-01T10:00:01.000Z', "
    "  'Ola Nordmann', '', '', '', '', NULL),"
    " (9, '" EX_PERSON ("03") "', '2023-02-01T10:00:02.000Z', '2023-02-01T10:00:02.000Z', "
    "  'Émile Zoë 😀', 'Systemägare', 'emile@example.no', '', 'emizoe', 5);"

    "INSERT INTO supplier (id, uuid, created_at, updated_at, name, org_number, contact_name, "
    "                      email, phone, description) VALUES "
    " (2, '" EX_SUPPLIER ("01") "', '2023-03-01T00:00:00.000Z', '2023-03-01T00:00:00.000Z', "
    "  'Leverantör AB', '556012-3456', 'Kari Nordmann', 'kari@example.no', '+47 22 00 00 00', "
    "  'Drift av \"Elevregister\" ⚙️'),"
    " (1, '" EX_SUPPLIER ("02") "', '2023-03-01T00:00:01.000Z', '2023-03-01T00:00:01.000Z', "
    "  '', '', '', '', '', '');"

    "INSERT INTO information_asset (id, uuid, created_at, updated_at, name, description, "
    "                               unit_id, owner_id, personal_data) VALUES "
    " (4, '" EX_ASSET ("01") "', '2023-04-01T00:00:00.000Z', '2023-04-01T00:00:00.000Z', "
    "  'Elevregister', 'Betyg och närvaro', 10, 7, 1),"
    " (8, '" EX_ASSET ("02") "', '2023-04-01T00:00:01.000Z', '2023-04-01T00:00:01.000Z', "
    "  'Ekonomidata', '', NULL, NULL, 0);"

    "INSERT INTO system (id, uuid, created_at, updated_at, name, description, lifecycle, "
    "                    unit_id, owner_id, supplier_id) VALUES "
    " (6, '" EX_SYSTEM ("01") "', '2023-05-01T00:00:00.000Z', '2023-05-01T00:00:00.000Z', "
    "  'Procapita', 'Verksamhetssystem', 'production', 10, 7, 2),"
    " (2, '" EX_SYSTEM ("02") "', '2023-05-01T00:00:01.000Z', '2023-05-01T00:00:01.000Z', "
    "  'Gamla IST', '', 'retired', NULL, NULL, NULL),"
    " (9, '" EX_SYSTEM ("03") "', '2023-05-01T00:00:02.000Z', '2023-05-01T00:00:02.000Z', "
    "  'Nytt e-arkiv', '', 'planned', 30, 9, 1);"

    "INSERT INTO process (id, uuid, created_at, updated_at, name, description, unit_id, "
    "                     owner_id) VALUES "
    " (3, '" EX_PROCESS ("01") "', '2023-06-01T00:00:00.000Z', '2023-06-01T00:00:00.000Z', "
    "  'Överföring av betyg', 'Till gymnasiet', 20, 9),"
    " (1, '" EX_PROCESS ("02") "', '2023-06-01T00:00:01.000Z', '2023-06-01T00:00:01.000Z', "
    "  'Löneutbetalning', '', NULL, NULL);"

    "INSERT INTO asset_system (id, uuid, created_at, updated_at, asset_id, system_id) VALUES "
    " (5, '" EX_LINK ("01") "', '2023-07-01T00:00:00.000Z', '2023-07-01T00:00:00.000Z', 4, 6),"
    " (2, '" EX_LINK ("02") "', '2023-07-01T00:00:01.000Z', '2023-07-01T00:00:01.000Z', 8, 9);"
    "INSERT INTO process_asset (id, uuid, created_at, updated_at, process_id, asset_id) VALUES "
    " (3, '" EX_LINK ("11") "', '2023-07-02T00:00:00.000Z', '2023-07-02T00:00:00.000Z', 3, 4),"
    " (7, '" EX_LINK ("12") "', '2023-07-02T00:00:01.000Z', '2023-07-02T00:00:01.000Z', 1, 8);"
    "INSERT INTO process_system (id, uuid, created_at, updated_at, process_id, system_id) VALUES "
    " (4, '" EX_LINK ("21") "', '2023-07-03T00:00:00.000Z', '2023-07-03T00:00:00.000Z', 3, 6),"
    " (1, '" EX_LINK ("22") "', '2023-07-03T00:00:01.000Z', '2023-07-03T00:00:01.000Z', 3, 2);"

    "INSERT INTO action (id, uuid, created_at, updated_at, title, description, source_plugin, "
    "                    source_uuid, responsible_id, due_date, due_quarter, status, "
    "                    completed_on) VALUES "
    " (12, '" EX_ACTION ("01") "', '2023-08-01T00:00:00.000Z', '2023-08-01T00:00:00.000Z', "
    "  'Byt lösenord 🔑', 'Alla konton', 'core', NULL, 7, '2025-03-31', NULL, 'in_progress', "
    "  NULL),"
    " (4, '" EX_ACTION ("02") "', '2023-08-01T00:00:01.000Z', '2023-08-01T00:00:01.000Z', "
    "  'Granska avtal', '', 'riskanalysis', '90000000-0000-4000-8000-000000000001', NULL, NULL, "
    "  '2025-Q4', 'done', '2025-01-15'),"
    " (8, '" EX_ACTION ("03") "', '2023-08-01T00:00:02.000Z', '2023-08-01T00:00:02.000Z', "
    "  'Skjuten upp', '', 'core', NULL, NULL, NULL, NULL, 'postponed', NULL);");
}

/* @n more people, for the tests that need a file of some size. */
void
ex_add_people (TryggDatabase *db,
               guint          n)
{
  g_autofree char *sql = g_strdup_printf (
      "WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < %u) "
      "INSERT INTO person (uuid, name, role) "
      "SELECT printf('a0000000-0000-4000-8000-%%012d', n), 'Person ' || n, 'Roll ' || n "
      "FROM i", n);
  trygg_test_exec (db, sql);
}

void
ex_export (TryggDatabase *db,
           const char    *path)
{
  g_autoptr(GError) error = NULL;

  EX_ASSERT_OK (trygg_exchange_export_file (db, path, NULL, NULL, NULL, &error), error);
}

JsonNode *
ex_load_json (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  EX_ASSERT_OK (json_parser_load_from_file (parser, path, &error), error);
  g_assert_nonnull (json_parser_get_root (parser));
  return json_node_copy (json_parser_get_root (parser));
}

void
ex_save_json (JsonNode   *root,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  EX_ASSERT_OK (json_generator_to_file (generator, path, &error), error);
}

/* The rows of @table in an exchange file; the table must be there. */
JsonArray *
ex_table_rows (JsonNode   *root,
               const char *table)
{
  JsonObject *tables = json_object_get_object_member (json_node_get_object (root), "tables");

  g_assert_nonnull (tables);
  if (!json_object_has_member (tables, table))
    g_error ("the file has no table “%s”", table);
  return json_object_get_array_member (tables, table);
}

JsonObject *
ex_row (JsonNode   *root,
        const char *table,
        guint       index)
{
  JsonArray *rows = ex_table_rows (root, table);

  g_assert_cmpuint (index, <, json_array_get_length (rows));
  return json_array_get_object_element (rows, index);
}

/* The row of @table with @uuid, %NULL when there is none. */
JsonObject *
ex_row_by_uuid (JsonNode   *root,
                const char *table,
                const char *uuid)
{
  JsonArray *rows = ex_table_rows (root, table);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      if (g_strcmp0 (json_object_get_string_member (row, "uuid"), uuid) == 0)
        return row;
    }
  return NULL;
}

char *
ex_read_file (const char *path,
              gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

void
ex_write_file (const char *path,
               const char *contents,
               gssize      length)
{
  g_autoptr(GError) error = NULL;

  EX_ASSERT_OK (g_file_set_contents (path, contents, length, &error), error);
}

/* SHA-256 of the bytes of @path. */
