/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The classification model, headless: an aspect's level is the highest answer, versions are
 * kept and the newest is current, systems inherit from the assets they hold, a profile yields
 * its requirements, a gap becomes an action, and a bad catalogue or a failed save changes
 * nothing.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gstdio.h>

#include "classification-model.h"
#include "test-util.h"

static const TryggSchemaSource source = {
  "classification", "/io/github/trygg/Trygg/plugins/classification/sql"
};

typedef struct
{
  char          *dir;
  TryggDatabase *db;
  gint64         area[3];
} Fixture;

static gint64
add_asset (TryggDatabase *db,
           const char    *name)
{
  return trygg_test_insert (db, "INSERT INTO information_asset (uuid, name) VALUES (?1, ?2)",
                            name, 0, 0);
}

static gint64
add_system (TryggDatabase *db,
            const char    *name)
{
  return trygg_test_insert (db, "INSERT INTO system (uuid, name) VALUES (?1, ?2)", name, 0, 0);
}

static void
link_asset (TryggDatabase *db,
            gint64         asset,
            gint64         system)
{
  trygg_test_insert (db, "INSERT INTO asset_system (uuid, asset_id, system_id) "
                     "VALUES (?1, ?3, ?4)", NULL, asset, system);
}

static gint64
query_int (TryggDatabase *db,
           const char    *sql,
           gint64         param)
{
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db, sql, NULL);

  g_assert_nonnull (stmt);
  sqlite3_bind_int64 (stmt, 1, param);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static char *
query_text (TryggDatabase *db,
            const char    *sql,
            gint64         param)
{
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db, sql, NULL);

  g_assert_nonnull (stmt);
  sqlite3_bind_int64 (stmt, 1, param);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) areas = NULL;

  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);

  areas = trygg_classification_list_areas (f->db, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (areas->len, ==, 8);
  for (guint i = 0; i < G_N_ELEMENTS (f->area); i++)
    f->area[i] = ((TryggClassificationArea *) g_ptr_array_index (areas, i))->id;
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* Saves K=@k, R=@r, T=@t for @asset, each spread over the areas with the maximum in one. */
static int
classify (Fixture *f,
          gint64   asset,
          int      k,
          int      r,
          int      t)
{
  g_autoptr(TryggClassificationDraft) draft = trygg_classification_draft_new (asset);
  g_autoptr(GError) error = NULL;
  int levels[] = { k, r, t };
  int version = 0;

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      trygg_classification_draft_set_answer (draft, i, f->area[0], MAX (levels[i] - 1, 0));
      trygg_classification_draft_set_answer (draft, i, f->area[1], levels[i]);
      trygg_classification_draft_set_answer (draft, i, f->area[2], 0);
    }
  g_assert_true (trygg_classification_save (f->db, draft, &version, &error));
  g_assert_no_error (error);
  return version;
}

static void
test_defaults (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *preset = trygg_classification_get_preset (f->db);
  g_autofree char *name = NULL;
  g_autofree char *own = NULL;

  g_assert_cmpstr (preset, ==, "klassa");
  g_assert_false (trygg_classification_get_traceability (f->db));
  name = trygg_classification_level_name (f->db, "klassa", TRYGG_CLASSIFICATION_CONFIDENTIALITY,
                                          4);
  g_assert_cmpstr (name, ==, "Very serious");

  g_assert_true (trygg_classification_set_level_text (f->db, "klassa",
                                                      TRYGG_CLASSIFICATION_CONFIDENTIALITY, 2,
                                                      "Sensitive", "", &error));
  g_assert_no_error (error);
  own = trygg_classification_level_name (f->db, "klassa", TRYGG_CLASSIFICATION_CONFIDENTIALITY,
                                         2);
  g_assert_cmpstr (own, ==, "Sensitive");

  g_assert_false (trygg_classification_set_preset (f->db, "nato", &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (trygg_classification_set_preset (f->db, "norwegian", &error));
  g_assert_no_error (error);
  g_free (preset);
  preset = trygg_classification_get_preset (f->db);
  g_assert_cmpstr (preset, ==, "norwegian");
}

static void
test_max_over_areas (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(TryggClassificationDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  TryggClassificationProfile profile;
  g_autofree char *text = NULL;
  gint64 asset = add_asset (f->db, "Pupil records");

  draft = trygg_classification_draft_new (asset);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_CONFIDENTIALITY,
                                         f->area[0], 1);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_CONFIDENTIALITY,
                                         f->area[1], 3);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_CONFIDENTIALITY,
                                         f->area[2], 2);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_INTEGRITY, f->area[0], 2);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_AVAILABILITY,
                                         f->area[2], 0);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_AVAILABILITY,
                                         f->area[1], 3);
  /* answering an area again replaces the answer */
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_AVAILABILITY,
                                         f->area[1], 1);
  g_assert_cmpint (trygg_classification_draft_level (draft, TRYGG_CLASSIFICATION_TRACEABILITY),
                   ==, TRYGG_CLASSIFICATION_NO_LEVEL);
  g_assert_true (trygg_classification_save (f->db, draft, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (trygg_classification_current_profile (f->db, asset, &profile, &error));
  g_assert_cmpint (profile.levels[TRYGG_CLASSIFICATION_CONFIDENTIALITY], ==, 3);
  g_assert_cmpint (profile.levels[TRYGG_CLASSIFICATION_INTEGRITY], ==, 2);
  g_assert_cmpint (profile.levels[TRYGG_CLASSIFICATION_AVAILABILITY], ==, 1);
  g_assert_cmpint (profile.levels[TRYGG_CLASSIFICATION_TRACEABILITY], ==,
                   TRYGG_CLASSIFICATION_NO_LEVEL);
  text = trygg_classification_profile_to_string (&profile);
  g_assert_cmpstr (text, ==, "K3 R2 T1");
  g_assert_false (trygg_classification_profile_warns (&profile));
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification_answer "
                              "WHERE classification_id = ?1", profile.classification_id), ==, 6);
  /* the next review is a year ahead */
  g_assert_cmpint (query_int (f->db, "SELECT next_review = date('now', '+1 year') "
                              "FROM classification WHERE id = ?1",
                              profile.classification_id), ==, 1);
}

static void
test_presets (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(TryggClassificationDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  TryggClassificationProfile profile;
  g_autofree char *text = NULL;
  gint64 asset = add_asset (f->db, "Child protection case files");

  /* KLASSA level 4 warns */
  classify (f, asset, 4, 2, 3);
  g_assert_true (trygg_classification_current_profile (f->db, asset, &profile, &error));
  g_assert_true (trygg_classification_profile_warns (&profile));
  g_assert_nonnull (strstr (trygg_classification_level4_warning (), "security-protection"));

  /* the Norwegian preset writes K/I/T and has no level 0 */
  g_assert_true (trygg_classification_set_preset (f->db, "norwegian", &error));
  draft = trygg_classification_draft_new (asset);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_CONFIDENTIALITY,
                                         f->area[0], 0);
  g_assert_false (trygg_classification_save (f->db, draft, NULL, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_CONFIDENTIALITY,
                                         f->area[0], 3);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_INTEGRITY, f->area[0], 2);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_AVAILABILITY,
                                         f->area[0], 4);
  g_assert_true (trygg_classification_save (f->db, draft, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (trygg_classification_current_profile (f->db, asset, &profile, &error));
  text = trygg_classification_profile_to_string (&profile);
  g_assert_cmpstr (text, ==, "K3 I2 T4");
  g_assert_false (trygg_classification_profile_warns (&profile));
}

static void
test_versions (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TryggClassificationProfile profile;
  g_autofree char *text = NULL;
  gint64 asset = add_asset (f->db, "Payroll");
  gint64 other = add_asset (f->db, "Never classified");

  g_assert_cmpint (classify (f, asset, 2, 2, 2), ==, 1);
  g_assert_cmpint (classify (f, asset, 3, 1, 2), ==, 2);
  g_assert_cmpint (classify (f, asset, 1, 1, 1), ==, 3);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification WHERE asset_id = ?1",
                              asset), ==, 3);
  g_assert_true (trygg_classification_current_profile (f->db, asset, &profile, &error));
  g_assert_cmpint (profile.version, ==, 3);
  text = trygg_classification_profile_to_string (&profile);
  g_assert_cmpstr (text, ==, "K1 R1 T1");
  /* the earlier versions are kept as they were */
  g_assert_cmpint (query_int (f->db, "SELECT a.level FROM classification c "
                              "JOIN classification_aspect a ON a.classification_id = c.id "
                              "WHERE c.asset_id = ?1 AND c.version = 2 "
                              "AND a.aspect = 'confidentiality'", asset), ==, 3);

  g_assert_true (trygg_classification_current_profile (f->db, other, &profile, &error));
  g_assert_cmpint (profile.version, ==, 0);
  g_assert_cmpint (profile.levels[0], ==, TRYGG_CLASSIFICATION_NO_LEVEL);
}

static void
test_inheritance (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) origins = NULL;
  gint64 payroll = add_asset (f->db, "Payroll");
  gint64 health = add_asset (f->db, "Health records");
  gint64 menu = add_asset (f->db, "School menu");
  gint64 system = add_system (f->db, "Case system");
  gint64 empty = add_system (f->db, "Unused system");
  TryggClassificationOrigin *o;
  int levels[TRYGG_CLASSIFICATION_N_ASPECTS];

  classify (f, payroll, 2, 3, 2);
  classify (f, health, 3, 2, 1);
  classify (f, health, 3, 2, 2);      /* the current version counts, not the first */
  classify (f, menu, 0, 0, 0);
  link_asset (f->db, payroll, system);
  link_asset (f->db, health, system);
  link_asset (f->db, menu, system);

  origins = trygg_classification_system_levels (f->db, system, levels, &error);
  g_assert_no_error (error);
  g_assert_cmpint (levels[TRYGG_CLASSIFICATION_CONFIDENTIALITY], ==, 3);
  g_assert_cmpint (levels[TRYGG_CLASSIFICATION_INTEGRITY], ==, 3);
  g_assert_cmpint (levels[TRYGG_CLASSIFICATION_AVAILABILITY], ==, 2);
  g_assert_cmpint (levels[TRYGG_CLASSIFICATION_TRACEABILITY], ==, TRYGG_CLASSIFICATION_NO_LEVEL);
  /* K from health records, R from payroll, T from both (by name) */
  g_assert_cmpuint (origins->len, ==, 4);
  o = g_ptr_array_index (origins, 0);
  g_assert_cmpint (o->aspect, ==, TRYGG_CLASSIFICATION_CONFIDENTIALITY);
  g_assert_cmpstr (o->asset_name, ==, "Health records");
  o = g_ptr_array_index (origins, 1);
  g_assert_cmpint (o->aspect, ==, TRYGG_CLASSIFICATION_INTEGRITY);
  g_assert_cmpstr (o->asset_name, ==, "Payroll");
  g_assert_cmpint (o->asset_id, ==, payroll);
  o = g_ptr_array_index (origins, 2);
  g_assert_cmpint (o->aspect, ==, TRYGG_CLASSIFICATION_AVAILABILITY);
  g_assert_cmpstr (o->asset_name, ==, "Health records");
  o = g_ptr_array_index (origins, 3);
  g_assert_cmpint (o->aspect, ==, TRYGG_CLASSIFICATION_AVAILABILITY);
  g_assert_cmpstr (o->asset_name, ==, "Payroll");
  g_assert_cmpint (o->level, ==, 2);

  g_clear_pointer (&origins, g_ptr_array_unref);
  origins = trygg_classification_system_levels (f->db, empty, levels, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (origins->len, ==, 0);
  g_assert_cmpint (levels[0], ==, TRYGG_CLASSIFICATION_NO_LEVEL);
}

static GBytes *
bundled (void)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resources_lookup_data (TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE,
                                           G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  return bytes;
}

static void
test_requirements (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) low = NULL;
  g_autoptr(GPtrArray) high = NULL;
  g_autoptr(GBytes) bytes = bundled ();
  TryggClassificationProfile profile;
  gint64 asset = add_asset (f->db, "Social services case files");
  guint added = 0, updated = 0;

  g_assert_true (trygg_classification_import_catalogue (f->db, bytes, FALSE, &added, &updated,
                                                        &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, >=, 35);
  g_assert_cmpuint (updated, ==, 0);
  /* importing the same file again changes nothing */
  g_assert_true (trygg_classification_import_bundled (f->db, &error));
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification_requirement "
                              "WHERE ?1", 1), ==, added);

  classify (f, asset, 1, 1, 1);
  g_assert_true (trygg_classification_current_profile (f->db, asset, &profile, &error));
  low = trygg_classification_required (f->db, &profile, &error);
  g_assert_no_error (error);
  classify (f, asset, 3, 3, 3);
  g_assert_true (trygg_classification_current_profile (f->db, asset, &profile, &error));
  high = trygg_classification_required (f->db, &profile, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (low->len, >, 0);
  g_assert_cmpuint (high->len, >, low->len);
  for (guint i = 0; i < low->len; i++)
    {
      TryggClassificationRequirement *r = g_ptr_array_index (low, i);
      g_assert_cmpint (r->min_level, <=, 1);
      g_assert_cmpint (r->aspect, !=, TRYGG_CLASSIFICATION_TRACEABILITY);
    }
  for (guint i = 0; i < high->len; i++)
    {
      TryggClassificationRequirement *r = g_ptr_array_index (high, i);
      g_assert_cmpint (r->min_level, <=, 3);
      g_assert_true (*r->as_is != '\0' && *r->shall != '\0');
    }
  /* a level-3 confidentiality measure is in the high list, not the low one */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification_requirement "
                              "WHERE aspect = 'confidentiality' AND min_level = ?1", 3), >, 0);
}

static void
test_gap_to_action (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reqs = NULL;
  TryggClassificationProfile profile;
  TryggClassificationRequirement *req;
  gint64 asset = add_asset (f->db, "Payroll");
  gint64 fulfilment = 0, met = 0, action = 0, again = 0;
  g_autofree char *uuid = NULL;
  g_autofree char *source_uuid = NULL;
  g_autofree char *source_plugin = NULL;

  g_assert_true (trygg_classification_import_bundled (f->db, &error));
  classify (f, asset, 2, 2, 2);
  g_assert_true (trygg_classification_current_profile (f->db, asset, &profile, &error));
  reqs = trygg_classification_required (f->db, &profile, &error);
  g_assert_cmpuint (reqs->len, >=, 2);

  req = g_ptr_array_index (reqs, 0);
  g_assert_true (trygg_classification_set_fulfilment (f->db, asset, req->id, "not_met",
                                                      "No review done", &fulfilment, &error));
  g_assert_no_error (error);
  g_assert_true (trygg_classification_create_action (f->db, fulfilment, &action, &error));
  g_assert_no_error (error);
  g_assert_cmpint (action, >, 0);
  uuid = query_text (f->db, "SELECT uuid FROM classification_fulfilment WHERE id = ?1",
                     fulfilment);
  source_uuid = query_text (f->db, "SELECT source_uuid FROM action WHERE id = ?1", action);
  source_plugin = query_text (f->db, "SELECT source_plugin FROM action WHERE id = ?1", action);
  g_assert_cmpstr (source_uuid, ==, uuid);
  g_assert_cmpstr (source_plugin, ==, "classification");
  g_assert_cmpint (query_int (f->db, "SELECT action_id FROM classification_fulfilment "
                              "WHERE id = ?1", fulfilment), ==, action);
  /* a second click gives the same action */
  g_assert_true (trygg_classification_create_action (f->db, fulfilment, &again, &error));
  g_assert_cmpint (again, ==, action);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM action WHERE source_plugin = "
                              "'classification' AND ?1", 1), ==, 1);

  /* a met requirement does not become an action */
  req = g_ptr_array_index (reqs, 1);
  g_assert_true (trygg_classification_set_fulfilment (f->db, asset, req->id, "met", "",
                                                      &met, &error));
  g_assert_false (trygg_classification_create_action (f->db, met, &again, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (trygg_classification_set_fulfilment (f->db, asset, req->id, "maybe", "",
                                                       NULL, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* deleting the action leaves the status, without its action */
  g_assert_true (trygg_database_exec (f->db, "DELETE FROM action", &error));
  g_assert_cmpint (query_int (f->db, "SELECT action_id IS NULL FROM classification_fulfilment "
                              "WHERE id = ?1", fulfilment), ==, 1);
}

static char *
table_digest (TryggDatabase *db)
{
  return query_text (db, "SELECT count(*) || ':' || coalesce(group_concat(code || area || title "
                         "|| as_is || shall || aspect || min_level, '|'), '') "
                         "FROM classification_requirement WHERE ?1", 1);
}

static void
test_bad_catalogues (Fixture       *f,
                     gconstpointer  data)
{
  static const struct { const char *json; const char *expect; } cases[] = {
    { "{ \"format\": \"trygg-requirements\", \"requirements\": [ {",
      "not valid JSON" },
    { "{ \"format\": \"trygg\", \"requirements\": [] }", "“format”" },
    { "{ \"format\": \"trygg-requirements\", \"requirements\": [ { \"code\": \"X-1\", "
      "\"area\": \"backup\", \"title\": \"t\", \"as_is\": \"a\", \"aspect\": \"availability\", "
      "\"min_level\": 2 } ] }", "Requirement 1 (“X-1”): the field “shall”" },
    { "{ \"format\": \"trygg-requirements\", \"requirements\": [ { \"code\": \"X-1\", "
      "\"area\": \"backup\", \"title\": \"t\", \"as_is\": \"a\", \"shall\": \"s\", "
      "\"aspect\": \"availability\", \"min_level\": 2 }, { \"code\": \"X-2\", "
      "\"area\": \"backup\", \"title\": \"t\", \"as_is\": \"a\", \"shall\": \"s\", "
      "\"aspect\": \"beauty\", \"min_level\": 2 } ] }",
      "Requirement 2 (“X-2”): the field “aspect” has the unknown aspect “beauty”" },
    { "{ \"format\": \"trygg-requirements\", \"requirements\": [ { \"code\": \"X-1\", "
      "\"area\": \"backup\", \"title\": \"t\", \"as_is\": \"a\", \"shall\": \"s\", "
      "\"aspect\": \"availability\", \"min_level\": 7 } ] }",
      "Requirement 1 (“X-1”): the field “min_level”" },
    { "{ \"format\": \"trygg-requirements\", \"requirements\": [ { \"code\": \"X-1\", "
      "\"area\": \"backup\", \"title\": \"t\", \"as_is\": \"a\", \"shall\": \"s\", "
      "\"aspect\": \"availability\", \"min_level\": 1 }, { \"code\": \"X-1\", "
      "\"area\": \"backup\", \"title\": \"t\", \"as_is\": \"a\", \"shall\": \"s\", "
      "\"aspect\": \"integrity\", \"min_level\": 1 } ] }",
      "Requirement 2 (“X-1”): the code is used twice" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  g_assert_true (trygg_classification_import_bundled (f->db, &error));
  g_assert_no_error (error);
  before = table_digest (f->db);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].json, strlen (cases[i].json));
      g_autofree char *after = NULL;

      g_assert_false (trygg_classification_import_catalogue (f->db, bytes, TRUE, NULL, NULL,
                                                             &error));
      g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].expect));
      g_assert_nonnull (strstr (error->message, "Nothing was imported."));
      g_clear_error (&error);
      after = table_digest (f->db);
      g_assert_cmpstr (after, ==, before);
    }
}

static void
test_replace_catalogue (Fixture       *f,
                        gconstpointer  data)
{
  static const char json[] =
    "{ \"format\": \"trygg-requirements\", \"version\": 1, \"requirements\": [ "
    "{ \"code\": \"AC-01\", \"area\": \"access_control\", \"title\": \"Own accounts\", "
    "\"as_is\": \"a\", \"shall\": \"s\", \"aspect\": \"confidentiality\", \"min_level\": 1 }, "
    "{ \"code\": \"OWN-1\", \"area\": \"Archives\", \"title\": \"t\", \"as_is\": \"a\", "
    "\"shall\": \"s\", \"aspect\": \"traceability\", \"min_level\": 2 } ] }";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint added = 0, updated = 0;

  g_assert_true (trygg_classification_import_bundled (f->db, &error));
  g_assert_true (trygg_classification_import_catalogue (f->db, bytes, TRUE, &added, &updated,
                                                        &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (updated, ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification_requirement WHERE ?1",
                              1), ==, 2);
  title = query_text (f->db, "SELECT title FROM classification_requirement WHERE code = 'AC-01' "
                      "AND ?1", 1);
  g_assert_cmpstr (title, ==, "Own accounts");
  g_assert_cmpstr (trygg_classification_requirement_area_name ("Archives"), ==, "Archives");
  g_assert_cmpstr (trygg_classification_requirement_area_name ("backup"), ==, "Backup");
}

static void
test_failed_save_rolls_back (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(TryggClassificationDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  TryggClassificationProfile profile;
  gint64 asset = add_asset (f->db, "Payroll");
  gint64 changes = query_int (f->db, "SELECT count(*) FROM change_log WHERE ?1", 1);

  classify (f, asset, 2, 2, 2);
  changes = query_int (f->db, "SELECT count(*) FROM change_log WHERE ?1", 1);

  /* the version and its aspects are written before the answer to an area that does not
   * exist fails: nothing of it may stay */
  draft = trygg_classification_draft_new (asset);
  draft->rationale[TRYGG_CLASSIFICATION_CONFIDENTIALITY] = g_strdup ("Salaries");
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_CONFIDENTIALITY,
                                         f->area[0], 3);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_INTEGRITY, 9999, 3);
  g_assert_false (trygg_classification_save (f->db, draft, NULL, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification WHERE asset_id = ?1",
                              asset), ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification_aspect WHERE ?1", 1),
                   ==, 3);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM change_log WHERE ?1", 1), ==,
                   changes);
  g_assert_true (trygg_classification_current_profile (f->db, asset, &profile, &error));
  g_assert_cmpint (profile.version, ==, 1);

  /* secrecy without its legal reference is refused before anything is written */
  g_clear_pointer (&draft, trygg_classification_draft_free);
  draft = trygg_classification_draft_new (asset);
  draft->secrecy = TRUE;
  g_assert_false (trygg_classification_save (f->db, draft, NULL, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  draft->secrecy_reference = g_strdup ("OSL 26:1");
  draft->personal_data = TRUE;
  g_assert_true (trygg_classification_save (f->db, draft, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (trygg_classification_current_profile (f->db, asset, &profile, &error));
  g_assert_cmpint (profile.version, ==, 2);
}

static void
test_areas (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) areas = NULL;
  gint64 id = 0;

  g_assert_false (trygg_classification_add_area (f->db, "  ", &id, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (trygg_classification_add_area (f->db, "Harm to tourism", &id, &error));
  g_assert_no_error (error);
  g_assert_true (trygg_classification_set_area_active (f->db, f->area[0], FALSE, &error));
  areas = trygg_classification_list_areas (f->db, FALSE, &error);
  g_assert_cmpuint (areas->len, ==, 8);
  g_assert_cmpstr (((TryggClassificationArea *) g_ptr_array_index (areas, 0))->name, ==,
                   "Disruption of operations");
  g_assert_cmpstr (((TryggClassificationArea *) g_ptr_array_index (areas, 7))->name, ==,
                   "Harm to tourism");
  g_clear_pointer (&areas, g_ptr_array_unref);
  areas = trygg_classification_list_areas (f->db, TRUE, &error);
  g_assert_cmpuint (areas->len, ==, 9);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/classification/defaults", test_defaults);
  ADD ("/classification/areas", test_areas);
  ADD ("/classification/max-over-areas", test_max_over_areas);
  ADD ("/classification/presets", test_presets);
  ADD ("/classification/versions", test_versions);
  ADD ("/classification/inheritance", test_inheritance);
  ADD ("/classification/requirements", test_requirements);
  ADD ("/classification/gap-to-action", test_gap_to_action);
  ADD ("/classification/catalogue/bad", test_bad_catalogues);
  ADD ("/classification/catalogue/replace", test_replace_catalogue);
  ADD ("/classification/failed-save", test_failed_save_rolls_back);
#undef ADD

  return g_test_run ();
}
