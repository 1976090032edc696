/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A full disk: the write fails with the error that says so, in words, and nothing stored
 * is lost or half-changed. SQLite's max_page_count makes the database full without a
 * small file system.
 */
#include "config.h"

#include <string.h>

#include "test-util.h"

static void
test_full_disk (TryggTestFixture *f,
                gconstpointer     data)
{
  g_autoptr(TryggAsset) kept = trygg_asset_new ();
  g_autoptr(TryggAsset) big = trygg_asset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 pages;
  gint64 log_before;

  g_object_set (kept, "name", "Elevregister", NULL);
  trygg_test_save (kept, f->db);
  log_before = trygg_test_query_int (f->db, "SELECT count(*) FROM change_log", NULL);

  /* no room for one more page */
  pages = trygg_test_query_int (f->db, "PRAGMA page_count", NULL);
  g_autofree char *limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages);
  TRYGG_ASSERT_OK (trygg_database_exec (f->db, limit, &error), error);

  for (guint i = 0; i < 20000; i++)
    g_string_append (text, "Personuppgifter om elever och vårdnadshavare. ");
  g_object_set (big, "name", "Betyg", "description", text->str, NULL);
  g_assert_false (trygg_entity_save (TRYGG_ENTITY (big), f->db, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_cmpint (trygg_entity_get_id (TRYGG_ENTITY (big)), ==, 0);
  g_clear_error (&error);

  /* what was there is there, unchanged, and the failed write left no trace */
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM information_asset", NULL),
                   ==, 1);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM change_log", NULL),
                   ==, log_before);
  g_autofree char *name = trygg_test_query_text (f->db,
                                                 "SELECT name FROM information_asset", NULL);
  g_assert_cmpstr (name, ==, "Elevregister");

  /* room again: the same entity saves */
  TRYGG_ASSERT_OK (trygg_database_exec (f->db, "PRAGMA max_page_count = 1073741823", &error),
                   error);
  TRYGG_ASSERT_OK (trygg_entity_save (TRYGG_ENTITY (big), f->db, &error), error);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM information_asset", NULL),
                   ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/database/full-disk", TryggTestFixture, NULL, trygg_test_fixture_setup_open,
              test_full_disk, trygg_test_fixture_teardown);
  return g_test_run ();
}
