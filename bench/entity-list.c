/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a register list costs at scale: builds the TryggEntityList a register page builds (same
 * entity type and ORDER BY as src/app/trygg-registers.c) and then asks it for rows the way a
 * scrolling GtkListView does — a window of rows at a position, released when the view moves
 * on. This measures the model (GListModel), not GTK's drawing.
 *
 *   entity-list DB [asset|system|person|unit|process|supplier|action] [WINDOWS] [WINDOW_SIZE]
 *
 * Prints one JSON object with:
 *   build_ms, n_items       trygg_entity_list_new(): the one id query, and how many rows
 *   rss_open_kb, rss_built_kb   VmRSS after opening the database and after building the list
 *   window_ms[]             get_item() for WINDOW_SIZE consecutive rows at WINDOWS random
 *                           positions (seed 42), each window released before the next
 *   rows_read_per_window[]  rows SQLite produced for row loads during each window (counted
 *                           with sqlite3_trace_v2 SQLITE_TRACE_ROW on `SELECT * …` statements)
 *   rss_windows_kb          VmRSS after the windows
 *   sweep_ms, sweep_rows_read, rss_sweep_kb   get_item() once for every position, each item
 *                           released at once (what a list that loaded everything would pay)
 *   plan                    EXPLAIN QUERY PLAN of the id query
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "trygg-core.h"

static long
rss_kb (void)
{
  g_autofree char *statm = NULL;
  long pages = 0, resident = 0;

  if (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    sscanf (statm, "%ld %ld", &pages, &resident);
  return resident * (sysconf (_SC_PAGESIZE) / 1024);
}

static gint64 rows_read;

static int
on_trace (unsigned int  type,
          void         *ctx,
          void         *p,
          void         *x)
{
  const char *sql = sqlite3_sql (p);

  if (type == SQLITE_TRACE_ROW && sql != NULL && g_str_has_prefix (sql, "SELECT * FROM"))
    rows_read++;
  return 0;
}

static const struct {
  const char *name;
  GType     (*get_type) (void);
  const char *table;
  const char *order_by;  /* as in src/app/trygg-registers.c */
} kinds[] = {
  { "asset", trygg_asset_get_type, "information_asset", "name COLLATE NOCASE" },
  { "system", trygg_system_get_type, "system", "name COLLATE NOCASE" },
  { "unit", trygg_unit_get_type, "org_unit", "name COLLATE NOCASE" },
  { "person", trygg_person_get_type, "person", "name COLLATE NOCASE" },
  { "process", trygg_process_get_type, "process", "name COLLATE NOCASE" },
  { "supplier", trygg_supplier_get_type, "supplier", "name COLLATE NOCASE" },
  { "action", trygg_action_get_type, "action", "due_sort IS NULL, due_sort, title COLLATE NOCASE" },
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggDatabase) db = NULL;
  g_autoptr(TryggEntityList) list = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GString) window_ms = g_string_new (NULL);
  g_autoptr(GString) window_rows = g_string_new (NULL);
  g_autoptr(GString) plan = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) eqp = NULL;
  g_autofree char *ids_sql = NULL;
  const char *kind = argc > 2 ? argv[2] : "asset";
  int windows = argc > 3 ? atoi (argv[3]) : 20;
  int size = argc > 4 ? atoi (argv[4]) : 50;
  guint k, n;
  long rss_open, rss_built, rss_windows, rss_sweep;
  gint64 t0, build_us, sweep_us, sweep_rows;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s DB [KIND] [WINDOWS] [WINDOW_SIZE]\n", argv[0]);
      return 2;
    }
  for (k = 0; k < G_N_ELEMENTS (kinds) && !g_str_equal (kinds[k].name, kind); k++)
    ;
  if (k == G_N_ELEMENTS (kinds))
    {
      fprintf (stderr, "entity-list: unknown kind %s\n", kind);
      return 2;
    }

  db = trygg_database_open (argv[1], NULL, 0, &error);
  if (db == NULL)
    {
      fprintf (stderr, "entity-list: %s\n", error->message);
      return 1;
    }
  g_type_ensure (kinds[k].get_type ());
  rss_open = rss_kb ();

  t0 = g_get_monotonic_time ();
  list = trygg_entity_list_new (db, kinds[k].get_type (), kinds[k].order_by);
  build_us = g_get_monotonic_time () - t0;
  rss_built = rss_kb ();
  n = g_list_model_get_n_items (G_LIST_MODEL (list));

  sqlite3_trace_v2 (trygg_database_get_handle (db), SQLITE_TRACE_ROW, on_trace, NULL);
  for (int w = 0; w < windows && n > 0; w++)
    {
      guint start = n > (guint) size ? (guint) g_rand_int_range (rand, 0, n - size) : 0;
      g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
      gint64 before = rows_read;

      t0 = g_get_monotonic_time ();
      for (guint i = start; i < start + size && i < n; i++)
        {
          TryggEntity *e = g_list_model_get_item (G_LIST_MODEL (list), i);
          (void) trygg_entity_get_title (e);  /* what a row widget shows */
          g_ptr_array_add (shown, e);
        }
      g_string_append_printf (window_ms, "%s%.3f", w ? ", " : "",
                              (g_get_monotonic_time () - t0) / 1000.0);
      g_string_append_printf (window_rows, "%s%" G_GINT64_FORMAT, w ? ", " : "",
                              rows_read - before);
    }
  rss_windows = rss_kb ();

  sweep_rows = rows_read;
  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
  sweep_us = g_get_monotonic_time () - t0;
  sweep_rows = rows_read - sweep_rows;
  rss_sweep = rss_kb ();
  sqlite3_trace_v2 (trygg_database_get_handle (db), 0, NULL, NULL);

  ids_sql = g_strdup_printf ("EXPLAIN QUERY PLAN SELECT id FROM \"%s\" ORDER BY %s, id",
                             kinds[k].table, kinds[k].order_by);
  eqp = trygg_database_prepare (db, ids_sql, NULL);
  while (eqp != NULL && sqlite3_step (eqp) == SQLITE_ROW)
    g_string_append_printf (plan, "%s%s", plan->len ? "; " : "",
                            (const char *) sqlite3_column_text (eqp, 3));

  printf ("{\"kind\": \"%s\", \"table\": \"%s\", \"n_items\": %u, \"build_ms\": %.3f, "
          "\"rss_open_kb\": %ld, \"rss_built_kb\": %ld, \"window_size\": %d, "
          "\"window_ms\": [%s], \"rows_read_per_window\": [%s], \"rss_windows_kb\": %ld, "
          "\"sweep_ms\": %.3f, \"sweep_rows_read\": %" G_GINT64_FORMAT ", "
          "\"rss_sweep_kb\": %ld, \"plan\": \"%s\"}\n",
          kind, kinds[k].table, n, build_us / 1000.0, rss_open, rss_built, size,
          window_ms->str, window_rows->str, rss_windows, sweep_us / 1000.0, sweep_rows,
          rss_sweep, plan->str);
  return 0;
}
