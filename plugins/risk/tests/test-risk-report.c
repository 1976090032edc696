/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The analysis report and the CSV of the risk list, headless: a fresh database with an
 * analysis, risks and measures gives a PDF of several pages that poppler renders page by
 * page, with the risk table on landscape pages; an unknown analysis is refused in words and
 * leaves no file; the CSV opens in Excel as it is (BOM, semicolons, CRLF, quoting) and holds
 * the risks; the yearly section names the red risk and the overdue measure.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "risk-report.h"
#include "test-util.h"

static const TryggSchemaSource source = {
  "risk", "/io/github/trygg/Trygg/plugins/risk/sql"
};

#define EVENT_RED  "Unauthorised reading of case files"
#define MEASURE_LATE "Monthly log review"

typedef struct
{
  char          *dir;
  TryggDatabase *db;
  gint64         analysis;
  char          *uuid;
} Fixture;

static gint64
add_person (TryggDatabase *db,
            const char    *name,
            const char    *role)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *sql = g_strdup_printf ("INSERT INTO person (uuid, name, role) "
                                          "VALUES ('%s', '%s', '%s')", uuid, name, role);

  trygg_test_exec (db, sql);
  return sqlite3_last_insert_rowid (trygg_database_get_handle (db));
}

static gint64
add_risk (Fixture    *f,
          const char *cause,
          const char *event,
          int         p,
          int         c,
          int         rp,
          int         rc,
          const char *treatment)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 id = 0;

  TRYGG_ASSERT_OK (trygg_risk_add (f->db, f->analysis, event, p, c, &id, &error), error);
  if (rp > 0)
    TRYGG_ASSERT_OK (trygg_risk_score (f->db, id, TRUE, rp, rc, &error), error);
  sql = sqlite3_mprintf ("UPDATE risk SET cause = %Q, consequence_text = %Q, "
                         "existing_measures = %Q, treatment = %Q, breaches_confidentiality = 1 "
                         "WHERE id = %lld",
                         cause, "The people concerned are harmed; trust is lost.",
                         "Role-based access", treatment, (long long) id);
  trygg_test_exec (f->db, sql);
  sqlite3_free (sql);
  sql = NULL;
  return id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *participant = g_uuid_string_random ();
  gint64 lead, owner, risk;
  char *sql;

  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);
  lead = add_person (f->db, "Karin Sjöberg", "Information-security coordinator");
  owner = add_person (f->db, "Thomas Berg", "Head of administration");

  TRYGG_ASSERT_OK (trygg_risk_create_analysis (f->db, "Social-care records system", NULL,
                                               &f->analysis, &error), error);
  f->uuid = trygg_test_query_text (f->db, "SELECT uuid FROM risk_analysis", NULL);
  sql = sqlite3_mprintf ("UPDATE risk_analysis SET purpose = 'Find the risks before the "
                         "upgrade.', scope = 'The system and its integrations.', lead_id = "
                         "%lld, analysed_on = '2026-03-12' WHERE id = %lld",
                         (long long) lead, (long long) f->analysis);
  trygg_test_exec (f->db, sql);
  sqlite3_free (sql);
  sql = sqlite3_mprintf ("INSERT INTO risk_participant (uuid, analysis_id, person_id, role) "
                         "VALUES ('%q', %lld, %lld, 'Owner of the process')",
                         participant, (long long) f->analysis, (long long) owner);
  trygg_test_exec (f->db, sql);
  sqlite3_free (sql);

  risk = add_risk (f, "Too wide access rights", EVENT_RED, 4, 4, 0, 0, "reduce");
  TRYGG_ASSERT_OK (trygg_risk_propose_measure (f->db, risk, "Review access rights", NULL,
                                               owner, "2099-06-30", NULL, NULL, &error), error);
  TRYGG_ASSERT_OK (trygg_risk_propose_measure (f->db, risk, MEASURE_LATE, NULL, lead,
                                               "2020-01-31", NULL, NULL, &error), error);
  add_risk (f, "Power cut; \"no\" spare", "Outage during the night shift", 3, 3, 2, 2,
            "reduce");
  for (int i = 0; i < 12; i++)
    {
      g_autofree char *event = g_strdup_printf ("Further risk %d with a longer description of "
                                                "what happens when it happens", i + 3);

      add_risk (f, "A cause that takes some words to explain in a workshop", event,
                1 + i % 4, 1 + (i / 4) % 4, 1, 1, i % 2 ? "accept" : "avoid");
    }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->uuid);
}

/* Runs a poppler tool; skips the test when it is not installed. */
static gboolean
run (char **out,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int status = 0;

  va_start (args, out);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  if (g_find_program_in_path (argv->pdata[0]) == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return FALSE;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL,
                               NULL, out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
}

static char *
info_value (const char *info,
            const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key))
      return g_strstrip (g_strdup (lines[i] + strlen (key)));
  return NULL;
}

static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *pages_text = NULL;
  guint pages, landscape = 0, table_pages = 0;

  TRYGG_ASSERT_OK (trygg_risk_report_save (f->db, pdf, f->uuid, &error), error);
  if (!run (&info, "pdfinfo", pdf, NULL))
    return;
  pages_text = info_value (info, "Pages:");
  g_assert_nonnull (pages_text);
  pages = (guint) g_ascii_strtoull (pages_text, NULL, 10);
  g_assert_cmpuint (pages, >=, 3);

  for (guint page = 1; page <= pages; page++)
    {
      g_autofree char *n = g_strdup_printf ("%u", page);
      g_autofree char *prefix = g_build_filename (f->dir, "page", NULL);
      g_autofree char *png = g_strdup_printf ("%s-%u.png", prefix, page);
      g_autofree char *page_info = NULL;
      g_autofree char *size = NULL;
      g_autofree char *key = g_strdup_printf ("Page %4u size:", page);
      g_autofree char *out = g_strdup_printf ("%s-%u", prefix, page);
      g_autofree char *text = NULL;
      g_autofree char *contents = NULL;
      gsize length = 0;
      double w = 0, h = 0;

      run (&page_info, "pdfinfo", "-f", n, "-l", n, pdf, NULL);
      size = info_value (page_info, key);
      g_assert_nonnull (size);
      g_assert_cmpint (sscanf (size, "%lf x %lf", &w, &h), ==, 2);
      run (&text, "pdftotext", "-f", n, "-l", n, "-layout", pdf, "-", NULL);
      if (strstr (text, "Undesired event") != NULL && strstr (text, "Deadline") != NULL)
        {
          /* the risk table: landscape, with the measures and their responsible */
          table_pages++;
          g_assert_cmpfloat (w, >, h);
        }
      if (w > h)
        landscape++;

      /* every page renders */
      run (NULL, "pdftoppm", "-f", n, "-l", n, "-r", "40", "-png", "-singlefile", pdf,
           out, NULL);
      g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 8);
      g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
    }
  g_assert_cmpuint (table_pages, >=, 1);
  g_assert_cmpuint (landscape, ==, table_pages);
}

static void
test_report_text (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  TRYGG_ASSERT_OK (trygg_risk_report_save (f->db, pdf, f->uuid, &error), error);
  if (!run (&text, "pdftotext", pdf, "-", NULL))
    return;
  flat = g_strdelimit (g_strdup (text), "\n", ' ');
  g_assert_nonnull (strstr (flat, "Risk analysis: Social-care records system"));
  g_assert_nonnull (strstr (flat, "Karin Sjöberg"));
  g_assert_nonnull (strstr (flat, "Owner of the process"));
  g_assert_nonnull (strstr (flat, "Less often than once in 10 years"));
  g_assert_nonnull (strstr (flat, "Review access"));
  g_assert_nonnull (strstr (flat, "Overdue"));
  g_assert_nonnull (strstr (flat, "Acceptance decisions"));
  g_assert_nonnull (strstr (flat, "Draft"));
}

static void
test_report_unknown (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "none.pdf", NULL);
  const char *uuid = "00000000-0000-4000-8000-000000000000";

  g_assert_false (trygg_risk_report_save (f->db, pdf, uuid, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, uuid));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = g_build_filename (f->dir, "risks.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) records = NULL;
  gsize length;

  TRYGG_ASSERT_OK (trygg_risk_csv_write (f->db, f->analysis, csv, &error), error);
  g_assert_true (g_file_get_contents (csv, &contents, &length, NULL));
  g_assert_true (g_utf8_validate (contents, (gssize) length, NULL));
  g_assert_cmpmem (contents, 3, "\xEF\xBB\xBF", 3);
  g_assert_true (g_str_has_prefix (contents + 3, "No.;Cause / threat;Undesired event;"));
  g_assert_true (g_str_has_suffix (contents, "\r\n"));

  records = g_strsplit (contents + 3, "\r\n", -1);
  /* a header, 14 risks, and the empty string after the last CRLF */
  g_assert_cmpuint (g_strv_length (records), ==, 1 + 14 + 1);
  g_assert_true (g_str_has_prefix (records[1], "1;Too wide access rights;" EVENT_RED ";"));
  g_assert_nonnull (strstr (records[1], ";4;4;16;Extreme;"));
  /* both measures in one quoted cell, their responsible in the same order */
  g_assert_nonnull (strstr (records[1], "\"" MEASURE_LATE "\nReview access rights\""));
  g_assert_nonnull (strstr (records[1], "\"Karin Sjöberg\nThomas Berg\""));
  /* a semicolon and quotes are quoted and doubled */
  g_assert_true (g_str_has_prefix (records[2], "2;\"Power cut; \"\"no\"\" spare\";"));
  g_assert_nonnull (strstr (records[2], ";2;2;4;Medium;Reduce;"));
}

static void
test_csv_errors (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = g_build_filename (f->dir, "risks.csv", NULL);
  g_autofree char *nowhere = g_build_filename (f->dir, "no-such-folder", "risks.csv", NULL);

  g_assert_false (trygg_risk_csv_write (f->db, f->analysis + 100, csv, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (trygg_risk_csv_write (f->db, f->analysis, nowhere, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, nowhere));
}

static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "year.pdf", NULL);
  g_autoptr(TryggPdfWriter) writer = trygg_pdf_writer_new (pdf, &error);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  g_assert_no_error (error);
  TRYGG_ASSERT_OK (trygg_risk_report_write_summary (f->db, writer, 2026, &error), error);
  TRYGG_ASSERT_OK (trygg_pdf_writer_finish (writer, &error), error);
  if (!run (&text, "pdftotext", pdf, "-", NULL))
    return;
  flat = g_strdelimit (g_strdup (text), "\n", ' ');
  g_assert_nonnull (strstr (flat, "1 risk analysis was made in 2026."));
  g_assert_nonnull (strstr (flat, "1 risk is in a red band now"));
  g_assert_nonnull (strstr (flat, "1 risk analysis is not approved."));
  g_assert_nonnull (strstr (flat, "1 measure against a risk is past its deadline."));
  g_assert_nonnull (strstr (flat, MEASURE_LATE));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/risk/report/pages", test_report);
  ADD ("/risk/report/text", test_report_text);
  ADD ("/risk/report/unknown-analysis", test_report_unknown);
  ADD ("/risk/csv/contents", test_csv);
  ADD ("/risk/csv/errors", test_csv_errors);
  ADD ("/risk/report/yearly-section", test_summary);
#undef ADD

  return g_test_run ();
}
