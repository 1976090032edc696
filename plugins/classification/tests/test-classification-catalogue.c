/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bundled requirement catalogue, headless: a requirement's uuid is the demo generator's
 * uuid5 of its code, so two databases that each imported the catalogue have the same uuids
 * and can merge each other's exchange files; the user's language picks the Swedish, Bokmål
 * or Nynorsk catalogue; and the translations have exactly the English catalogue's
 * requirements.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "classification-catalogue-private.h"
#include "test-util.h"

static const TryggSchemaSource source = {
  "classification", "/io/github/trygg/Trygg/plugins/classification/sql"
};

/* Python: uuid.uuid5(uuid.UUID("6f2d4a1e-…-2c4b6e8f0a13"),
 *                    "classification/classification_requirement/AC-01") */
#define AC_01_UUID "d551bfc5-e04c-58b9-800d-23b268ae8cb4"

typedef struct
{
  char          *dir[2];
  TryggDatabase *db[2];
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (f->db); i++)
    {
      f->dir[i] = trygg_test_make_dir ();
      f->db[i] = trygg_test_open_plugin (f->dir[i], &source);
    }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (f->db); i++)
    {
      trygg_test_close (&f->db[i]);
      trygg_test_remove_dir (f->dir[i]);
      g_free (f->dir[i]);
    }
}

/* "code=uuid|code=uuid|…" of every requirement, by code */
static char *
code_uuids (TryggDatabase *db)
{
  return trygg_test_query_text (db, "SELECT group_concat(code || '=' || uuid, '|') FROM "
                                "(SELECT code, uuid FROM classification_requirement "
                                "WHERE ?1 IS NOT NULL ORDER BY code)", "");
}

static void
test_uuid5_as_python (void)
{
  g_autofree char *dns = NULL;
  g_autofree char *ac01 = NULL;
  g_autofree char *ph05 = NULL;
  g_autofree char *non_ascii = NULL;

  /* Python's documentation: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") */
  dns = trygg_classification_uuid5 ("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org");
  g_assert_cmpstr (dns, ==, "886313e1-3b8a-5372-9b90-0c9aee199e5d");

  /* the values plugins/classification/demo/make-demo.py computes */
  ac01 = trygg_classification_requirement_uuid ("AC-01");
  g_assert_cmpstr (ac01, ==, AC_01_UUID);
  ph05 = trygg_classification_requirement_uuid ("PH-05");
  g_assert_cmpstr (ph05, ==, "864827a8-48f5-5313-8d02-c00424239ab7");
  /* a user's own code is hashed as UTF-8, as Python does */
  non_ascii = trygg_classification_requirement_uuid ("Å-1");
  g_assert_cmpstr (non_ascii, ==, "f18d9fb5-2622-58e6-90c9-de4ab8e3f5a5");
  g_assert_true (g_uuid_string_is_valid (non_ascii));
}

static JsonArray *
load_requirements (const char *resource,
                   JsonParser *parser)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                     &error);
  JsonObject *root;

  g_assert_no_error (error);
  TRYGG_ASSERT_OK (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                               (gssize) g_bytes_get_size (bytes), &error),
                   error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "trygg-requirements");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  return json_object_get_array_member (root, "requirements");
}

/* The demo's own rows carry the same uuids, and Exempelkommun's catalogue is the Swedish
 * one. */
static void
test_demo_agrees (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes =
    g_resources_lookup_data ("/io/github/trygg/Trygg/plugins/classification/demo/"
                             "classification.json", G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) sv_parser = json_parser_new ();
  JsonArray *sv = load_requirements (TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_SV, sv_parser);
  JsonArray *rows;
  guint checked = 0;

  g_assert_no_error (error);
  TRYGG_ASSERT_OK (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                               (gssize) g_bytes_get_size (bytes), &error),
                   error);
  rows = json_object_get_array_member (
      json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                     "tables"), "classification_requirement");
  g_assert_nonnull (rows);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *uuid =
        trygg_classification_requirement_uuid (json_object_get_string_member (row, "code"));

      JsonObject *swedish = json_array_get_object_element (sv, i);

      g_assert_cmpstr (json_object_get_string_member (row, "uuid"), ==, uuid);
      g_assert_cmpstr (json_object_get_string_member (row, "code"), ==,
                       json_object_get_string_member (swedish, "code"));
      g_assert_cmpstr (json_object_get_string_member (row, "title"), ==,
                       json_object_get_string_member (swedish, "title"));
      g_assert_cmpstr (json_object_get_string_member (row, "shall"), ==,
                       json_object_get_string_member (swedish, "shall"));
      checked++;
    }
  g_assert_cmpuint (checked, ==, 40);
}

static void
test_same_uuids_everywhere (Fixture       *f,
                            gconstpointer  data)
{
  static const char own[] =
    "{ \"format\": \"trygg-requirements\", \"version\": 1, \"requirements\": [ "
    "{ \"code\": \"OWN-1\", \"area\": \"Arkiv\", \"title\": \"t\", \"as_is\": \"a\", "
    "\"shall\": \"s\", \"aspect\": \"traceability\", \"min_level\": 2 } ] }";
  g_autoptr(GBytes) bytes = g_bytes_new_static (own, sizeof own - 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *ac01 = NULL;
  g_autofree char *own_uuid = NULL;
  g_autofree char *expected = trygg_classification_requirement_uuid ("OWN-1");

  for (guint i = 0; i < G_N_ELEMENTS (f->db); i++)
    {
      TRYGG_ASSERT_OK (trygg_classification_import_bundled (f->db[i], &error), error);
      TRYGG_ASSERT_OK (trygg_classification_import_catalogue (f->db[i], bytes, FALSE, NULL,
                                                              NULL, &error), error);
    }
  g_assert_cmpint (trygg_test_query_int (f->db[0], "SELECT count(*) FROM "
                                         "classification_requirement WHERE ?1 IS NOT NULL",
                                         ""), ==, 41);
  first = code_uuids (f->db[0]);
  second = code_uuids (f->db[1]);
  g_assert_cmpstr (first, ==, second);

  ac01 = trygg_test_query_text (f->db[0], "SELECT uuid FROM classification_requirement "
                                "WHERE code = ?1", "AC-01");
  g_assert_cmpstr (ac01, ==, AC_01_UUID);
  own_uuid = trygg_test_query_text (f->db[1], "SELECT uuid FROM classification_requirement "
                                    "WHERE code = ?1", "OWN-1");
  g_assert_cmpstr (own_uuid, ==, expected);

  /* importing again keeps the uuids */
  TRYGG_ASSERT_OK (trygg_classification_import_bundled (f->db[1], &error), error);
  g_clear_pointer (&second, g_free);
  second = code_uuids (f->db[1]);
  g_assert_cmpstr (first, ==, second);
}

/* What the uuids are for: one PC's statuses merge into another PC's database, where the
 * catalogue was imported on its own. */
static void
test_exchange_merges (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_build_filename (f->dir[0], "export.json", NULL);
  g_autofree char *status = NULL;
  TryggImportSummary summary = { 0 };
  gint64 asset, requirement, fulfilment = 0;

  for (guint i = 0; i < G_N_ELEMENTS (f->db); i++)
    TRYGG_ASSERT_OK (trygg_classification_import_bundled (f->db[i], &error), error);

  trygg_test_exec (f->db[0], "INSERT INTO information_asset (uuid, name) VALUES "
                   "('0b7e1c55-2f0a-4c7e-9a51-3d2b8e6f4a10', 'Personakter')");
  asset = trygg_test_query_int (f->db[0], "SELECT id FROM information_asset WHERE name = ?1",
                                "Personakter");
  requirement = trygg_test_query_int (f->db[0], "SELECT id FROM classification_requirement "
                                      "WHERE code = ?1", "EN-04");
  TRYGG_ASSERT_OK (trygg_classification_set_fulfilment (f->db[0], asset, requirement,
                                                        "not_met", "Vanlig e-post",
                                                        &fulfilment, &error), error);
  TRYGG_ASSERT_OK (trygg_exchange_export_file (f->db[0], file, NULL, NULL, NULL, &error),
                   error);

  TRYGG_ASSERT_OK (trygg_exchange_import_file (f->db[1], file, &summary, NULL, NULL, NULL,
                                               &error), error);
  g_assert_cmpint (summary.added, >=, 2);
  g_assert_cmpint (trygg_test_query_int (f->db[1], "SELECT count(*) FROM "
                                         "classification_requirement WHERE ?1 IS NOT NULL",
                                         ""), ==, 40);
  status = trygg_test_query_text (f->db[1], "SELECT f.status || ':' || r.code FROM "
                                  "classification_fulfilment f JOIN classification_requirement "
                                  "r ON r.id = f.requirement_id WHERE f.comment = ?1",
                                  "Vanlig e-post");
  g_assert_cmpstr (status, ==, "not_met:EN-04");
}

static void
test_language_picks_file (void)
{
  static const struct { const char *languages[6]; const char *expect; } cases[] = {
    { { "sv_SE.UTF-8", "sv_SE", "sv.UTF-8", "sv", "C", NULL },
      TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_SV },
    { { "sv", NULL }, TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_SV },
    { { "nb_NO.UTF-8", "nb_NO", "nb", "C", NULL }, TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_NB },
    { { "no", "C", NULL }, TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_NB },
    { { "no_NO", "no", "C", NULL }, TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_NB },
    { { "nn_NO.UTF-8", "nn_NO", "nn", "C", NULL }, TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_NN },
    { { "no_NO@nynorsk", "C", NULL }, TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_NN },
    /* a language without a catalogue is passed over, as gettext does */
    { { "de_DE", "de", "nn", "C", NULL }, TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_NN },
    { { "fi_FI.UTF-8", "fi", "C", NULL }, TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE },
    /* English asked for first wins over a later Swedish */
    { { "en_GB", "en", "sv", "C", NULL }, TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE },
    { { "C.UTF-8", "C", NULL }, TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE },
    { { NULL }, TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (trygg_classification_bundled_catalogue_for (cases[i].languages), ==,
                     cases[i].expect);
  g_assert_cmpstr (trygg_classification_bundled_catalogue_for (NULL), ==,
                   TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE);
}

/* trygg_classification_import_bundled() itself follows LANGUAGE. */
static void
test_import_in_language (Fixture       *f,
                         gconstpointer  data)
{
  static const struct { const char *language; const char *title; } cases[] = {
    { "nn", "Personlege kontoar" },
    { "sv_SE", "Personliga konton" },
  };
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *title = NULL;

      g_setenv ("LANGUAGE", cases[i].language, TRUE);
      TRYGG_ASSERT_OK (trygg_classification_import_bundled (f->db[i], &error), error);
      title = trygg_test_query_text (f->db[i], "SELECT title FROM classification_requirement "
                                     "WHERE code = ?1", "AC-01");
      g_assert_cmpstr (title, ==, cases[i].title);
    }
  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

static void
test_translations_match (Fixture       *f,
                         gconstpointer  data)
{
  static const struct { const char *resource; const char *shall; } translations[] = {
    { TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_SV, " ska " },
    { TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_NB, " skal " },
    { TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_NN, " skal " },
  };
  static const char * const same[] = { "code", "area", "aspect" };
  static const char * const translated[] = { "title", "as_is", "shall" };
  g_autoptr(JsonParser) en_parser = json_parser_new ();
  JsonArray *en = load_requirements (TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE, en_parser);

  g_assert_cmpuint (json_array_get_length (en), ==, 40);
  for (guint t = 0; t < G_N_ELEMENTS (translations); t++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      JsonArray *tr = load_requirements (translations[t].resource, parser);
      guint added = 0;

      g_test_message ("%s", translations[t].resource);
      g_assert_cmpuint (json_array_get_length (tr), ==, json_array_get_length (en));
      for (guint i = 0; i < json_array_get_length (en); i++)
        {
          JsonObject *a = json_array_get_object_element (en, i);
          JsonObject *b = json_array_get_object_element (tr, i);
          g_autofree char *shall = NULL;

          g_assert_cmpuint (json_object_get_size (b), ==, json_object_get_size (a));
          for (guint k = 0; k < G_N_ELEMENTS (same); k++)
            g_assert_cmpstr (json_object_get_string_member (b, same[k]), ==,
                             json_object_get_string_member (a, same[k]));
          g_assert_cmpint (json_object_get_int_member (b, "min_level"), ==,
                           json_object_get_int_member (a, "min_level"));
          /* translated, not copied */
          for (guint k = 0; k < G_N_ELEMENTS (translated); k++)
            g_assert_cmpstr (json_object_get_string_member (b, translated[k]), !=,
                             json_object_get_string_member (a, translated[k]));
          shall = g_strconcat (" ", json_object_get_string_member (b, "shall"), NULL);
          g_assert_nonnull (strstr (shall, translations[t].shall));
        }

      /* and the importer takes it whole */
      bytes = g_resources_lookup_data (translations[t].resource, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                       &error);
      g_assert_no_error (error);
      TRYGG_ASSERT_OK (trygg_classification_import_catalogue (f->db[0], bytes, TRUE, &added,
                                                              NULL, &error), error);
    }
  g_assert_cmpint (trygg_test_query_int (f->db[0], "SELECT count(*) FROM "
                                         "classification_requirement WHERE ?1 IS NOT NULL",
                                         ""), ==, 40);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/classification/catalogue/uuid5-as-python", test_uuid5_as_python);
  g_test_add_func ("/classification/catalogue/demo-agrees", test_demo_agrees);
  g_test_add_func ("/classification/catalogue/language-picks-file", test_language_picks_file);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/classification/catalogue/same-uuids", test_same_uuids_everywhere);
  ADD ("/classification/catalogue/exchange-merges", test_exchange_merges);
  ADD ("/classification/catalogue/import-in-language", test_import_in_language);
  ADD ("/classification/catalogue/translations-match", test_translations_match);
#undef ADD

  return g_test_run ();
}
