/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Crash safety. The test runs itself as a child (`test-crash --crash-child FILE`) that opens
 * the database and commits one row per transaction, writing each row's uuid to its stdout
 * only after the commit returned. The parent kills it with SIGKILL mid-stream and opens the
 * file again: it must pass `PRAGMA integrity_check`, and every row reported as committed must
 * be there, with its change-log entry.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test-util.h"

static char *self_exe;

/* The child */

static gboolean
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

static int
run_child (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggDatabase) db = trygg_database_open (path, NULL, 0, &error);
  g_autoptr(GString) description = g_string_new (NULL);

  if (db == NULL)
    {
      g_printerr ("crash child: %s\n", error->message);
      return 1;
    }
  /* rows of some size, so that the WAL grows and checkpoints run during the stream */
  for (guint i = 0; i < 200; i++)
    g_string_append (description, "Uppgifter om elever, vårdnadshavare och betyg. ");

  for (guint i = 0; i < 1000000; i++)
    {
      g_autoptr(TryggAsset) asset = trygg_asset_new ();
      g_autofree char *name = g_strdup_printf ("Tillgång %u", i);
      g_autofree char *line = NULL;

      g_object_set (asset, "name", name, "description", description->str,
                    "personal-data", (i % 2) == 0, NULL);
      if (!trygg_entity_save (TRYGG_ENTITY (asset), db, &error))
        {
          g_printerr ("crash child: %s\n", error->message);
          return 1;
        }
      /* committed: only now is it reported */
      line = g_strdup_printf ("%s\n", trygg_entity_get_uuid (TRYGG_ENTITY (asset)));
      if (!write_all (STDOUT_FILENO, line, strlen (line)))
        return 1;
    }
  return 0;
}

/* The parent */

typedef struct
{
  GPid     pid;
  int      out;
  GString *pending;
} Child;

static void
spawn_child (Child      *child,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { self_exe, "--crash-child", path, NULL };

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &child->pid, NULL, &child->out, NULL, &error);
  g_assert_no_error (error);
  child->pending = g_string_new (NULL);
}

/* Reads what the child reported; adds each complete line to @uuids. Returns FALSE at EOF. */
static gboolean
read_reports (Child     *child,
              GPtrArray *uuids)
{
  char buffer[4096];
  gssize n;
  char *newline;

  do
    n = read (child->out, buffer, sizeof buffer);
  while (n < 0 && errno == EINTR);
  g_assert_cmpint (n, >=, 0);
  if (n == 0)
    return FALSE;
  g_string_append_len (child->pending, buffer, n);
  while ((newline = strchr (child->pending->str, '\n')) != NULL)
    {
      gsize length = (gsize) (newline - child->pending->str);

      g_ptr_array_add (uuids, g_strndup (child->pending->str, length));
      g_string_erase (child->pending, 0, (gssize) length + 1);
    }
  return TRUE;
}

/* Kills the child, reads what it had reported until then, and reaps it. */
static void
kill_child (Child     *child,
            GPtrArray *uuids)
{
  int status = 0;

  g_assert_cmpint (kill (child->pid, SIGKILL), ==, 0);
  while (read_reports (child, uuids))
    ;
  g_assert_cmpint (waitpid (child->pid, &status, 0), ==, child->pid);
  /* it was killed mid-stream, it did not stop by itself */
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
  g_spawn_close_pid (child->pid);
  close (child->out);
  /* a half-written line is a row whose commit was not reported: it proves nothing */
  g_string_free (child->pending, TRUE);
}

/* Opens the file as the application would after the crash and checks it. */
static void
assert_recovered (const char *path,
                  GPtrArray  *uuids)
{
  g_autoptr(TryggDatabase) db = trygg_test_open (path);
  g_autofree char *check = trygg_test_query_text (db, "PRAGMA integrity_check", NULL);
  gint64 rows;

  g_assert_cmpstr (check, ==, "ok");
  g_assert_null (trygg_test_query_text (db, "PRAGMA foreign_key_check", NULL));
  g_assert_cmpint (trygg_database_get_schema_version (db, "core"), ==,
                   trygg_database_count_scripts ("/io/github/trygg/Trygg/core/sql"));

  for (guint i = 0; i < uuids->len; i++)
    {
      const char *uuid = g_ptr_array_index (uuids, i);

      g_assert_true (g_uuid_string_is_valid (uuid));
      g_assert_cmpint (trygg_test_query_int (db, "SELECT count(*) FROM information_asset "
                                             "WHERE uuid = ?", uuid), ==, 1);
      g_assert_cmpint (trygg_test_query_int (db, "SELECT count(*) FROM change_log WHERE "
                                             "operation = 'insert' AND row_uuid = ?", uuid),
                       ==, 1);
    }

  /* the log and the index are in step with the table, nothing half-written */
  rows = trygg_database_count_rows (db, "information_asset");
  g_assert_cmpint (rows, >=, uuids->len);
  g_assert_cmpint (trygg_database_count_rows (db, "change_log"), ==, rows);
  g_assert_cmpint (trygg_database_count_rows (db, "search_doc"), ==, rows);
  g_assert_cmpint (trygg_test_query_int (db, "SELECT count(*) FROM search_index", NULL), ==,
                   rows);
  g_test_message ("%u commits reported, %" G_GINT64_FORMAT " rows", uuids->len, rows);
  g_assert_finalize_object (g_steal_pointer (&db));
}

static void
test_kill_mid_stream (void)
{
  g_autofree char *dir = trygg_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "trygg.db", NULL);
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  TryggDatabase *db = trygg_test_open (path);

  trygg_test_close (&db);

  /* three crashes in a row: the second and third child start on a recovered file */
  for (guint round = 1; round <= 3; round++)
    {
      Child child;
      guint target = round * 200;

      spawn_child (&child, path);
      while (uuids->len < target)
        if (!read_reports (&child, uuids))
          g_error ("The child stopped after %u commits", uuids->len);
      kill_child (&child, uuids);
      g_assert_cmpuint (uuids->len, >=, target);
      assert_recovered (path, uuids);
    }

  trygg_test_remove_dir (dir);
}

/* Killed at any moment while creating and migrating a new file: the file opens afterwards. */
static void
test_kill_while_creating (void)
{
  for (guint round = 0; round < 12; round++)
    {
      g_autofree char *dir = trygg_test_make_dir ();
      g_autofree char *path = g_build_filename (dir, "trygg.db", NULL);
      g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
      Child child;

      spawn_child (&child, path);
      g_usleep (round * 2500);
      kill_child (&child, uuids);
      assert_recovered (path, uuids);
      trygg_test_remove_dir (dir);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (argc == 3 && g_str_equal (argv[1], "--crash-child"))
    return run_child (argv[2]);

  g_test_init (&argc, &argv, NULL);
  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  if (self_exe == NULL)
    self_exe = g_canonicalize_filename (argv[0], NULL);

  g_test_add_func ("/crash/kill-mid-stream", test_kill_mid_stream);
  g_test_add_func ("/crash/kill-while-creating", test_kill_while_creating);

  status = g_test_run ();
  g_free (self_exe);
  return status;
}
