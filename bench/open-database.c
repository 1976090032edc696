/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens a Trygg database the way the program does (trygg_database_open: the schema-version
 * checks, chmod 0600, journal_mode=WAL, synchronous=FULL, foreign_keys=ON; no plugins, so no
 * plugin schema is checked) and counts the rows of one table, as the baseline
 * `sqlite3 DB "SELECT count(*) FROM <table>"` does. Prints one line:
 *
 *   open <ms> count <ms> rows <n>
 *
 * with the milliseconds trygg_database_open() took and those of the count. bench/run also
 * times the whole process, which is what it compares with the sqlite3 shell.
 */
#include <stdio.h>
#include <stdlib.h>

#include "trygg-core.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggDatabase) db = NULL;
  const char *table = argc > 2 ? argv[2] : "information_asset";
  gint64 t0, t1, t2, rows;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s DB [TABLE]\n", argv[0]);
      return 2;
    }
  t0 = g_get_monotonic_time ();
  db = trygg_database_open (argv[1], NULL, 0, &error);
  t1 = g_get_monotonic_time ();
  if (db == NULL)
    {
      fprintf (stderr, "open-database: %s\n", error->message);
      return 1;
    }
  rows = trygg_database_count_rows (db, table);
  t2 = g_get_monotonic_time ();
  printf ("open %.3f count %.3f rows %" G_GINT64_FORMAT "\n", (t1 - t0) / 1000.0,
          (t2 - t1) / 1000.0, rows);
  return rows < 0;
}
