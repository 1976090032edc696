/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the risk benches share. risk_bench_make_analysis() makes an analysis on the default
 * 4 × 4 matrix with @n risks (scores spread over every cell, 70 % with residual scores,
 * random numbers seeded by @n so that every run makes the same data), written in one
 * transaction through the product's triggers.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "risk-bench-common.h"

const TryggSchemaSource risk_bench_source = {
  "risk", "/io/github/trygg/Trygg/plugins/risk/sql"
};

double
risk_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

long
risk_bench_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line != NULL ? strtol (line + 6, NULL, 10) : -1;
}

static int
compare (gconstpointer a,
         gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

double
risk_bench_median (GArray *values)
{
  g_array_sort (values, compare);
  if (values->len == 0)
    return -1;
  return values->len % 2 ? g_array_index (values, double, values->len / 2)
    : (g_array_index (values, double, values->len / 2 - 1) +
       g_array_index (values, double, values->len / 2)) / 2;
}

gint64
risk_bench_make_analysis (TryggDatabase *db,
                          const char    *title,
                          int            n)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  GRand *rand = g_rand_new_with_seed (n);

  if (!trygg_risk_create_analysis (db, title, NULL, &id, &error) ||
      !trygg_database_begin (db, &error))
    g_error ("%s", error->message);
  stmt = trygg_database_prepare_cached (db,
      "INSERT INTO risk (uuid, analysis_id, number, event, probability, consequence, "
      "residual_probability, residual_consequence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
      &error);
  for (int i = 1; i <= n && stmt != NULL; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *event = g_strdup_printf ("Händelse %d: uppgifter når fel mottagare", i);
      int p = g_rand_int_range (rand, 1, 5), c = g_rand_int_range (rand, 1, 5);

      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, id);
      sqlite3_bind_int (stmt, 3, i);
      sqlite3_bind_text (stmt, 4, event, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 5, p);
      sqlite3_bind_int (stmt, 6, c);
      if (g_rand_int_range (rand, 0, 10) < 7)
        {
          sqlite3_bind_int (stmt, 7, g_rand_int_range (rand, 1, p + 1));
          sqlite3_bind_int (stmt, 8, g_rand_int_range (rand, 1, c + 1));
        }
      else
        {
          sqlite3_bind_null (stmt, 7);
          sqlite3_bind_null (stmt, 8);
        }
      if (!trygg_database_step_done (db, stmt, &error))
        g_error ("%s", error->message);
    }
  if (!trygg_database_commit (db, &error))
    g_error ("%s", error->message);
  g_rand_free (rand);
  return id;
}

gint64
risk_bench_find_analysis (TryggDatabase *db,
                          const char    *title)
{
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db,
      "SELECT id FROM risk_analysis WHERE title = ?1", NULL);
  gint64 id = 0;

  sqlite3_bind_text (stmt, 1, title, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  return id;
}
