/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The classification report and CSV export, headless, in a fresh database: the report of one
 * asset and of a unit (with the assets of its sub-units, unclassified ones listed as such) are
 * PDFs whose every page renders; an unknown or missing subject fails in words and writes no
 * file; the yearly section counts what is classified and overdue; the CSV opens right in a
 * Swedish or Norwegian Excel (BOM, semicolons, CRLF, quoting) and holds the profile.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "classification-report.h"
#include "test-util.h"

static const TryggSchemaSource source = {
  "classification", "/io/github/trygg/Trygg/plugins/classification/sql"
};

#define UNIT_UUID  "5d0c6a2e-1111-4c4c-8a8a-000000000001"
#define CHILD_UUID "5d0c6a2e-1111-4c4c-8a8a-000000000002"
#define OTHER_UUID "5d0c6a2e-1111-4c4c-8a8a-000000000003"
#define ASSET_UUID "5d0c6a2e-2222-4c4c-8a8a-000000000001"

typedef struct
{
  char          *dir;
  TryggDatabase *db;
  gint64         asset;
} Fixture;

static gint64
exec_insert (TryggDatabase *db,
             const char    *sql)
{
  trygg_test_exec (db, sql);
  return sqlite3_last_insert_rowid (trygg_database_get_handle (db));
}

static void
classify (Fixture    *f,
          gint64      asset,
          int         k,
          int         r,
          int         t,
          const char *next_review)
{
  g_autoptr(TryggClassificationDraft) draft = trygg_classification_draft_new (asset);
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GError) error = NULL;
  gint64 person = trygg_test_query_int (f->db, "SELECT id FROM person LIMIT 1", NULL);

  areas = trygg_classification_list_areas (f->db, FALSE, &error);
  g_assert_no_error (error);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_CONFIDENTIALITY,
      ((TryggClassificationArea *) g_ptr_array_index (areas, 5))->id, k);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_INTEGRITY,
      ((TryggClassificationArea *) g_ptr_array_index (areas, 2))->id, r);
  trygg_classification_draft_set_answer (draft, TRYGG_CLASSIFICATION_AVAILABILITY,
      ((TryggClassificationArea *) g_ptr_array_index (areas, 1))->id, t);
  draft->rationale[0] = g_strdup ("Känsliga uppgifter om barn; sekretess.");
  draft->personal_data = TRUE;
  draft->secrecy = TRUE;
  draft->secrecy_reference = g_strdup ("26 kap. 1 § OSL");
  draft->classified_by_id = person;
  draft->signed_off_by_id = person;
  draft->signed_off_on = g_strdup ("2026-01-15");
  draft->next_review = g_strdup (next_review);
  TRYGG_ASSERT_OK (trygg_classification_save (f->db, draft, NULL, &error), error);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) required = NULL;
  TryggClassificationProfile profile;
  gint64 child, fulfilment = 0, action = 0;

  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);
  TRYGG_ASSERT_OK (trygg_classification_import_bundled (f->db, &error), error);

  trygg_test_exec (f->db, "INSERT INTO org_unit (uuid, name) VALUES ('" UNIT_UUID "', "
                          "'Socialförvaltningen')");
  child = exec_insert (f->db, "INSERT INTO org_unit (uuid, name, parent_id) VALUES ('"
                              CHILD_UUID "', 'Individ- och familjeomsorg', 1)");
  g_assert_cmpint (child, ==, 2);
  trygg_test_exec (f->db, "INSERT INTO org_unit (uuid, name) VALUES ('" OTHER_UUID "', "
                          "'Tekniska förvaltningen')");
  trygg_test_exec (f->db, "INSERT INTO person (uuid, name, role, unit_id) VALUES "
                          "('p1', 'Camilla Strand', 'Verksamhetschef', 2)");
  f->asset = exec_insert (f->db, "INSERT INTO information_asset (uuid, name, unit_id, owner_id) "
                                 "VALUES ('" ASSET_UUID "', 'Personakter; IFO', 2, 1)");
  exec_insert (f->db, "INSERT INTO information_asset (uuid, name, unit_id, owner_id) VALUES "
                      "('a2', 'Statistik', 1, 1)");
  exec_insert (f->db, "INSERT INTO information_asset (uuid, name, unit_id) VALUES "
                      "('a3', '=Ritningar', 3)");

  classify (f, f->asset, 3, 2, 1, "2020-01-31");   /* overdue */
  required = NULL;
  TRYGG_ASSERT_OK (trygg_classification_current_profile (f->db, f->asset, &profile, &error),
                   error);
  required = trygg_classification_required (f->db, &profile, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (required->len, >, 2);
  TRYGG_ASSERT_OK (trygg_classification_set_fulfilment (f->db, f->asset,
      ((TryggClassificationRequirement *) g_ptr_array_index (required, 0))->id, "not_met",
      "Inga personliga konton ännu.", &fulfilment, &error), error);
  TRYGG_ASSERT_OK (trygg_classification_create_action (f->db, fulfilment, &action, &error),
                   error);
  TRYGG_ASSERT_OK (trygg_classification_set_fulfilment (f->db, f->asset,
      ((TryggClassificationRequirement *) g_ptr_array_index (required, 1))->id, "met", "",
      NULL, &error), error);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* ---- PDF checks with poppler-utils ------------------------------------------------------- */

static char *
run (const char * const *argv,
     int                *status)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, status, &error);
  g_assert_no_error (error);
  return out;
}

static gboolean
have_poppler (void)
{
  g_autofree char *a = g_find_program_in_path ("pdfinfo");
  g_autofree char *b = g_find_program_in_path ("pdftoppm");
  g_autofree char *c = g_find_program_in_path ("pdftotext");

  return a != NULL && b != NULL && c != NULL;
}

/* Asserts that @path is a PDF whose every page renders; returns its text. */
static char *
check_pdf (const char *dir,
           const char *path)
{
  g_autofree char *head = NULL;
  g_autofree char *info = NULL;
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) pngs = NULL;
  const char *pages_line;
  gsize length = 0;
  int status = -1, pages, rendered = 0;

  g_assert_true (g_file_get_contents (path, &head, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
  if (!have_poppler ())
    {
      g_test_message ("poppler-utils are not installed: pages not rendered");
      return g_strdup ("");
    }

  info = run ((const char *[]) { "pdfinfo", path, NULL }, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  pages_line = strstr (info, "Pages:");
  g_assert_nonnull (pages_line);
  pages = atoi (pages_line + strlen ("Pages:"));
  g_assert_cmpint (pages, >=, 1);

  g_free (run ((const char *[]) { "pdftoppm", "-png", "-r", "30", path, prefix, NULL },
               &status));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  pngs = trygg_test_list_dir (dir);
  for (guint i = 0; pngs[i] != NULL; i++)
    if (g_str_has_prefix (pngs[i], "page") && g_str_has_suffix (pngs[i], ".png"))
      {
        g_autofree char *png = g_build_filename (dir, pngs[i], NULL);
        gsize size = 0;
        g_autofree char *bytes = NULL;

        g_assert_true (g_file_get_contents (png, &bytes, &size, NULL));
        g_assert_cmpuint (size, >, 100);
        g_unlink (png);
        rendered++;
      }
  g_assert_cmpint (rendered, ==, pages);

  text = run ((const char *[]) { "pdftotext", "-layout", path, "-", NULL }, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&text);
}

/* ---- the report -------------------------------------------------------------------------- */

static void
test_asset_report (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "asset.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  TRYGG_ASSERT_OK (trygg_classification_report_save (f->db, path, ASSET_UUID, NULL, &error),
                   error);
  text = check_pdf (f->dir, path);
  if (*text == '\0')
    return;
  g_assert_nonnull (strstr (text, "Personakter; IFO"));
  g_assert_nonnull (strstr (text, "K3 R2 T1"));
  g_assert_nonnull (strstr (text, "Camilla Strand"));
  g_assert_nonnull (strstr (text, "overdue"));
  g_assert_nonnull (strstr (text, "26 kap. 1 § OSL"));
  g_assert_nonnull (strstr (text, "Känsliga uppgifter om barn"));
  g_assert_nonnull (strstr (text, "Not met"));
  g_assert_nonnull (strstr (text, "Inga personliga konton ännu."));
  g_assert_nonnull (strstr (text, "No status yet"));
  g_assert_nonnull (strstr (text, "Actions for the gaps"));
  /* the unmet requirement comes before the met one */
  g_assert_nonnull (strstr (text, " Met"));
  g_assert_true (strstr (text, "Not met") < strstr (text, " Met"));
}

static void
test_unit_report (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "unit.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  TRYGG_ASSERT_OK (trygg_classification_report_save (f->db, path, NULL, UNIT_UUID, &error),
                   error);
  text = check_pdf (f->dir, path);
  if (*text == '\0')
    return;
  g_assert_nonnull (strstr (text, "Socialförvaltningen"));
  /* the sub-unit's asset is in, with its page; the other unit's is not */
  g_assert_nonnull (strstr (text, "Personakter; IFO"));
  g_assert_nonnull (strstr (text, "Statistik"));
  g_assert_null (strstr (text, "Ritningar"));
  g_assert_nonnull (strstr (text, "Not classified"));
  g_assert_nonnull (strstr (text, "own 2 information assets"));
  g_assert_nonnull (strstr (text, "Levels and rationale"));
}

static void
test_unknown_subject (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "none.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (trygg_classification_report_save (f->db, path, NULL,
                                                    "00000000-0000-0000-0000-000000000000",
                                                    &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "organisation unit"));
  g_assert_nonnull (strstr (error->message, "00000000-0000-0000-0000-000000000000"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (trygg_classification_report_save (f->db, path, "no-such-asset", NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "no-such-asset"));
  g_clear_error (&error);

  g_assert_false (trygg_classification_report_save (f->db, path, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "--unit"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_yearly_section (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "yearly.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggPdfWriter) writer = trygg_pdf_writer_new (path, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  TRYGG_ASSERT_OK (trygg_classification_report_write_summary (f->db, writer, &error), error);
  TRYGG_ASSERT_OK (trygg_pdf_writer_finish (writer, &error), error);
  text = check_pdf (f->dir, path);
  if (*text == '\0')
    return;
  g_assert_nonnull (strstr (text, "1 of 3 information assets are classified (33 %)"));
  g_assert_nonnull (strstr (text, "1 classification is overdue for review"));
  g_assert_nonnull (strstr (text, "2020-01-31"));
  g_assert_nonnull (strstr (text, "Access control"));
}

/* ---- CSV --------------------------------------------------------------------------------- */

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "assets.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  gsize length;

  TRYGG_ASSERT_OK (trygg_classification_csv_write (f->db, NULL, path, &error), error);
  g_assert_true (g_file_get_contents (path, &csv, &length, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
  lines = g_strsplit (csv + 3, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);  /* header, 3 assets, "" after the last */
  g_assert_cmpstr (lines[0], ==, "Information asset;Unit;Information owner;Profile;"
                                 "Confidentiality;Integrity;Availability;Classified on;"
                                 "Signed off by;Signed off on;Next review;Review overdue;"
                                 "Unmet requirements");
  /* by name: "=Ritningar" (made harmless for Excel), the classified asset, "Statistik" */
  g_assert_true (g_str_has_prefix (lines[1], "'=Ritningar;Tekniska förvaltningen;;"
                                             "Not classified;;;;;;;;;"));
  g_assert_true (g_str_has_prefix (lines[2], "\"Personakter; IFO\";Individ- och "
                                             "familjeomsorg;Camilla Strand;K3 R2 T1;3;2;1;"));
  g_assert_true (g_str_has_suffix (lines[2], ";Camilla Strand;2026-01-15;2020-01-31;yes;1"));
  g_assert_null (strchr (lines[2], '\n'));

  /* only the assets asked for */
  {
    g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_autofree char *one = NULL;
    g_auto(GStrv) one_lines = NULL;

    g_array_append_val (ids, f->asset);
    TRYGG_ASSERT_OK (trygg_classification_csv_write (f->db, ids, path, &error), error);
    g_assert_true (g_file_get_contents (path, &one, NULL, NULL));
    one_lines = g_strsplit (one, "\r\n", -1);
    g_assert_cmpuint (g_strv_length (one_lines), ==, 3);
  }
}

static void
test_csv_unwritable (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "assets.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (trygg_classification_csv_write (f->db, NULL, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "assets.csv"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) \
  g_test_add ("/classification/report/" name, Fixture, NULL, setup, fn, teardown)
  ADD ("asset", test_asset_report);
  ADD ("unit", test_unit_report);
  ADD ("unknown-subject", test_unknown_subject);
  ADD ("yearly-section", test_yearly_section);
  ADD ("csv", test_csv);
  ADD ("csv-unwritable", test_csv_unwritable);
#undef ADD

  return g_test_run ();
}
