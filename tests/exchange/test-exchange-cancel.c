/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cancelling and failing halfway. An import cancelled from its progress callback, after a
 * third of a 5000-row file has been written, returns G_IO_ERROR_CANCELLED and leaves the
 * database file byte for byte as it was. An export that is cancelled or fails leaves an
 * existing target file as it was, creates no file where there was none, and leaves no
 * temporary file behind; a finished export replaces the target and is private (0600).
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "exchange-test-util.h"

#define N_PEOPLE 5000

typedef struct {
  char          *dir;      /* the databases */
  char          *out;      /* where the exports go: nothing else in it */
  char          *path;
  TryggDatabase *db;
} Fixture;

typedef struct {
  GCancellable  *cancellable;
  TryggDatabase *db;            /* to look inside the import's transaction */
  double         threshold;
  double         last;
  guint          calls;
  gboolean       cancelled;
  gint64         people_when_cancelled;
} Progress;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = trygg_test_make_dir ();
  f->out = trygg_test_make_dir ();
  f->path = g_build_filename (f->dir, "trygg.db", NULL);
  f->db = trygg_test_open (f->path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  trygg_test_remove_dir (f->out);
  g_free (f->dir);
  g_free (f->out);
  g_free (f->path);
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpfloat (fraction, >=, progress->last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  progress->last = fraction;
  progress->calls++;
  if (!progress->cancelled && fraction > progress->threshold)
    {
      if (progress->db != NULL)
        progress->people_when_cancelled = trygg_database_count_rows (progress->db, "person");
      progress->cancelled = TRUE;
      g_cancellable_cancel (progress->cancellable);
    }
}

static void
test_cancel_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *source_path = g_build_filename (f->dir, "source.db", NULL);
  g_autofree char *file = g_build_filename (f->out, "big.json", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TryggImportSummary summary = { -1, -1, -1 };
  Progress progress = { cancellable, NULL, 0.3, 0.0, 0, FALSE, 0 };
  TryggDatabase *source = trygg_test_open (source_path);
  gint64 people;

  /* a file of some 5000 rows, written by another database */
  ex_fill_all_tables (source);
  ex_add_people (source, N_PEOPLE);
  ex_export (source, file);
  trygg_test_close (&source);

  /* this database has data of its own */
  trygg_test_exec (f->db, "INSERT INTO person (uuid, name) VALUES "
                  "('20000000-0000-4000-8000-000000000077', 'Befintlig');");
  people = trygg_database_count_rows (f->db, "person");
  trygg_test_close (&f->db);
  before = trygg_test_file_checksum (f->path);

  f->db = trygg_test_open (f->path);
  progress.db = f->db;
  g_assert_false (trygg_exchange_import_file (f->db, file, &summary, cancellable, on_progress,
                                              &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (summary.added, ==, -1);

  /* it was cancelled halfway: rows had been written, and are gone again */
  g_assert_true (progress.cancelled);
  g_assert_cmpfloat (progress.last, >, 0.3);
  g_assert_cmpfloat (progress.last, <, 1.0);
  g_assert_cmpint (progress.people_when_cancelled, >, people + N_PEOPLE / 4);
  g_assert_cmpint (trygg_database_count_rows (f->db, "person"), ==, people);
  g_assert_cmpint (trygg_database_count_rows (f->db, "org_unit"), ==, 0);

  trygg_test_close (&f->db);
  after = trygg_test_file_checksum (f->path);
  g_assert_cmpstr (after, ==, before);

  /* and the same file, not cancelled, imports whole */
  g_clear_error (&error);
  f->db = trygg_test_open (f->path);
  progress = (Progress) { NULL, NULL, 2.0, 0.0, 0, FALSE, 0 };
  EX_ASSERT_OK (trygg_exchange_import_file (f->db, file, &summary, NULL, on_progress, &progress,
                                            &error), error);
  g_assert_cmpfloat (progress.last, ==, 1.0);
  g_assert_cmpuint (progress.calls, >, 2);
  g_assert_cmpint (summary.added, ==, 27 + N_PEOPLE);
  g_assert_cmpint (trygg_database_count_rows (f->db, "person"), ==, people + 3 + N_PEOPLE);
}

static void
test_cancel_export_existing (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *target = g_build_filename (f->out, "export.json", NULL);
  g_autofree char *contents = NULL;
  static const char previous[] = "{\"the\": \"previous export\"}\n";
  Progress progress = { cancellable, NULL, 0.3, 0.0, 0, FALSE, 0 };

  ex_fill_all_tables (f->db);
  ex_add_people (f->db, N_PEOPLE);
  ex_write_file (target, previous, -1);

  g_assert_false (trygg_exchange_export_file (f->db, target, cancellable, on_progress,
                                              &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (progress.cancelled);

  contents = ex_read_file (target, NULL);
  g_assert_cmpstr (contents, ==, previous);
  g_assert_true (ex_dir_has_only (f->out, "export.json", NULL));

  /* the database is not left inside the export's read transaction */
  trygg_test_exec (f->db, "UPDATE person SET name = 'Efter exporten' WHERE id = 1");
}

static void
test_cancel_export_new (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *target = g_build_filename (f->out, "export.json", NULL);
  Progress progress = { cancellable, NULL, 0.3, 0.0, 0, FALSE, 0 };

  ex_add_people (f->db, N_PEOPLE);
  g_assert_false (trygg_exchange_export_file (f->db, target, cancellable, on_progress,
                                              &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* no half file that someone could take for an export */
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  g_assert_true (ex_dir_has_only (f->out, NULL));
}

/* A target that cannot be written is an error, and nothing is created. */
static void
test_export_unwritable (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_build_filename (f->out, "no-such-folder", "export.json", NULL);

  ex_fill_all_tables (f->db);
  g_assert_false (trygg_exchange_export_file (f->db, target, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (ex_dir_has_only (f->out, NULL));
}

/* A finished export replaces the old file, whole, and only its owner can read it. */
static void
test_export_replaces (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *target = g_build_filename (f->out, "export.json", NULL);
  g_autofree char *fresh = g_build_filename (f->out, "fresh.json", NULL);
  g_autoptr(JsonNode) root = NULL;
  GStatBuf st;

  ex_fill_all_tables (f->db);
  ex_write_file (target, "old", -1);
  ex_export (f->db, target);
  root = ex_load_json (target);
  g_assert_cmpuint (json_array_get_length (ex_table_rows (root, "action")), ==, 3);
  g_assert_true (ex_dir_has_only (f->out, "export.json", NULL));

  ex_export (f->db, fresh);
  g_assert_cmpint (g_stat (fresh, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/exchange/cancel/import", Fixture, NULL,
              fixture_setup, test_cancel_import, fixture_teardown);
  g_test_add ("/exchange/cancel/export-keeps-old-file", Fixture, NULL,
              fixture_setup, test_cancel_export_existing, fixture_teardown);
  g_test_add ("/exchange/cancel/export-creates-nothing", Fixture, NULL,
              fixture_setup, test_cancel_export_new, fixture_teardown);
  g_test_add ("/exchange/export/unwritable", Fixture, NULL,
              fixture_setup, test_export_unwritable, fixture_teardown);
  g_test_add ("/exchange/export/replaces", Fixture, NULL,
              fixture_setup, test_export_replaces, fixture_teardown);
  return g_test_run ();
}
