/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole Risk analysis page with many risks, in a real window (run it under Xvfb;
 * bench/risk-page does):
 *
 *   risk-page DB [--risks 10000] [--width 1100 --height 720] [--sidebar 240]
 *
 * Makes DB when it does not exist, with the data of risk-heatmap.c (an analysis of --risks
 * risks and a 12-risk baseline, risk-bench-common.c) and one more analysis of 12 risks, the
 * "other" one the page is switched to between openings. The page (trygg_risk_page_new) sits
 * in a window beside an empty box as wide as the application's sidebar. Each step is timed
 * from the call until the window's frame clock's after-paint of the frame that shows it:
 *
 * - open: trygg_risk_page_select_uuid (page, analysis) with the Heatmap view shown — the
 *   header, the heatmap, the risks beside it and the Risks view's column view (hidden, but
 *   its model is filled) — the first time, and the median of 5 (the other analysis chosen
 *   before each); also the synchronous part alone (the call's return)
 * - the same analysis chosen again (a search hit in the shown analysis: reloaded in place)
 * - the Risks view shown (column view with the rows that fit), first time and median of 5
 * - in the Risks view: the other analysis chosen, and the analysis chosen back
 * - VmRSS before and after the first opening and at the end; widgets in the page
 *
 * Prints one JSON object with the figures in milliseconds for the big analysis and for the
 * baseline.
 */
#include "config.h"

#include <stdio.h>

#include <adwaita.h>

#include "risk-bench-common.h"
#include "risk-page-private.h"

typedef struct
{
  GtkWidget     *window;
  TryggRiskPage *page;
  TryggDatabase *db;
} Bench;

static void
on_painted (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
select_uuid (Bench      *b,
             const char *uuid)
{
  if (!trygg_risk_page_select_uuid (b->page, uuid))
    g_error ("risk-page: could not select %s", uuid);
}

static void
show_view (Bench      *b,
           const char *name)
{
  adw_view_stack_set_visible_child_name (b->page->view_stack, name);
}

typedef void (*Step) (Bench *b, const char *arg);

/* Returns: ms from @step until the after-paint of the next frame; @sync_ms: the call alone */
static double
until_painted (Bench      *b,
               Step        step,
               const char *arg,
               double     *sync_ms)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (b->window);
  gboolean painted = FALSE;
  gulong id;
  double t0;

  settle ();
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_painted), &painted);
  t0 = risk_bench_now_ms ();
  step (b, arg);
  if (sync_ms != NULL)
    *sync_ms = risk_bench_now_ms () - t0;
  gtk_widget_queue_draw (b->window);  /* a frame even when nothing changed */
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  return risk_bench_now_ms () - t0;
}

static char *
analysis_uuid (TryggDatabase *db,
               gint64         id)
{
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db,
      "SELECT uuid FROM risk_analysis WHERE id = ?1", NULL);

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("risk-page: no analysis %" G_GINT64_FORMAT, id);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static int
count_widgets (GtkWidget *widget)
{
  int n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child);
  return n;
}

static void
add (GString    *json,
     const char *name,
     double      value)
{
  gboolean first = json->len > 0 && json->str[json->len - 1] == '{';

  g_string_append_printf (json, "%s\"%s\": %.3f", first ? "" : ", ", name, value);
}

/* Five times: @other, then @uuid; adds the medians of both steps as NAME_other_ms, NAME_ms */
static void
switch_back (Bench      *b,
             const char *uuid,
             const char *other,
             const char *name,
             GString    *json)
{
  g_autoptr(GArray) there = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) back = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *there_name = g_strdup_printf ("%s_other_ms", name);
  g_autofree char *back_name = g_strdup_printf ("%s_ms", name);

  for (int i = 0; i < 5; i++)
    {
      double t = until_painted (b, select_uuid, other, NULL);

      g_array_append_val (there, t);
      t = until_painted (b, select_uuid, uuid, NULL);
      g_array_append_val (back, t);
    }
  add (json, there_name, risk_bench_median (there));
  add (json, back_name, risk_bench_median (back));
}

/* Starts and ends with @other chosen and the Heatmap view shown */
static void
measure (Bench      *b,
         const char *uuid,
         const char *other,
         GString    *json)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) syncs = g_array_new (FALSE, FALSE, sizeof (double));
  double first, sync;
  long rss_before, rss_open, rss_risks;

  g_string_append (json, "{");
  settle ();
  rss_before = risk_bench_rss_kb ();
  first = until_painted (b, select_uuid, uuid, &sync);
  rss_open = risk_bench_rss_kb ();
  add (json, "open_first_ms", first);
  add (json, "open_first_sync_ms", sync);
  add (json, "widgets_heatmap_view", count_widgets (GTK_WIDGET (b->page)));

  /* open again, the other analysis chosen before each */
  for (int i = 0; i < 5; i++)
    {
      double t;

      until_painted (b, select_uuid, other, NULL);
      t = until_painted (b, select_uuid, uuid, &sync);
      g_array_append_val (times, t);
      g_array_append_val (syncs, sync);
    }
  add (json, "open_ms", risk_bench_median (times));
  add (json, "open_sync_ms", risk_bench_median (syncs));

  /* the same analysis again: reloaded in place */
  g_array_set_size (times, 0);
  for (int i = 0; i < 5; i++)
    {
      double t = until_painted (b, select_uuid, uuid, NULL);

      g_array_append_val (times, t);
    }
  add (json, "reselect_ms", risk_bench_median (times));

  /* the Risks view */
  add (json, "risks_view_first_ms", until_painted (b, show_view, "risks", NULL));
  rss_risks = risk_bench_rss_kb ();
  add (json, "widgets_risks_view", count_widgets (GTK_WIDGET (b->page)));
  g_array_set_size (times, 0);
  g_array_set_size (syncs, 0);
  for (int i = 0; i < 5; i++)
    {
      double t = until_painted (b, show_view, "heatmap", NULL);

      g_array_append_val (syncs, t);
      t = until_painted (b, show_view, "risks", NULL);
      g_array_append_val (times, t);
    }
  add (json, "risks_view_ms", risk_bench_median (times));
  add (json, "heatmap_view_ms", risk_bench_median (syncs));

  /* in the Risks view: another analysis and back */
  switch_back (b, uuid, other, "risks_switch", json);
  show_view (b, "heatmap");
  /* in the Heatmap view: another analysis and back */
  switch_back (b, uuid, other, "heatmap_switch", json);

  until_painted (b, select_uuid, other, NULL);
  g_string_append_printf (json, ", \"rss_before_kb\": %ld, \"rss_open_kb\": %ld, "
                          "\"rss_risks_kb\": %ld, \"rss_end_kb\": %ld}",
                          rss_before, rss_open, rss_risks, risk_bench_rss_kb ());
}

static gint64
analysis (TryggDatabase *db,
          const char    *title,
          int            n)
{
  gint64 id = risk_bench_find_analysis (db, title);

  return id != 0 ? id : risk_bench_make_analysis (db, title, n);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggDatabase) db = NULL;
  g_autoptr(GString) json = g_string_new (NULL);
  int n_risks = 10000, width = 1100, height = 720, sidebar = 240;
  g_autofree char *big_title = NULL;
  g_autofree char *big = NULL, *small = NULL, *other = NULL;
  GtkWidget *box, *stand_in;
  Bench b = { NULL, NULL, NULL };
  GOptionEntry entries[] = {
    { "risks", 0, 0, G_OPTION_ARG_INT, &n_risks, "risks in the big analysis", "N" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "window width", "PX" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "window height", "PX" },
    { "sidebar", 0, 0, G_OPTION_ARG_INT, &sidebar, "width of the sidebar's stand-in", "PX" },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("DB");

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc < 2)
    {
      fprintf (stderr, "risk-page: %s\n", error != NULL ? error->message : "DB missing");
      return 2;
    }
  gtk_init ();
  adw_init ();
  db = trygg_database_open (argv[1], &risk_bench_source, 1, &error);
  if (db == NULL)
    {
      fprintf (stderr, "risk-page: %s\n", error->message);
      return 1;
    }
  big_title = g_strdup_printf ("bench %d risks", n_risks);
  big = analysis_uuid (db, analysis (db, big_title, n_risks));
  small = analysis_uuid (db, analysis (db, "bench 12 risks", 12));
  other = analysis_uuid (db, analysis (db, "bench other 12 risks", 12));

  b.db = db;
  b.window = gtk_window_new ();
  b.page = TRYGG_RISK_PAGE (trygg_risk_page_new (db));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  stand_in = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_size_request (stand_in, sidebar, -1);
  gtk_widget_set_hexpand (GTK_WIDGET (b.page), TRUE);
  gtk_box_append (GTK_BOX (box), stand_in);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (b.page));
  gtk_window_set_default_size (GTK_WINDOW (b.window), width, height);
  gtk_window_set_child (GTK_WINDOW (b.window), box);
  gtk_window_present (GTK_WINDOW (b.window));

  /* warm: fonts, CSS, the renderer, every view once, on the small analyses */
  until_painted (&b, select_uuid, other, NULL);
  until_painted (&b, select_uuid, small, NULL);
  until_painted (&b, show_view, "risks", NULL);
  until_painted (&b, select_uuid, other, NULL);
  until_painted (&b, show_view, "heatmap", NULL);

  g_string_append_printf (json, "{\"risks\": %d, \"page_width\": %d, \"page_height\": %d, "
                          "\"folded\": %s, \"renderer\": \"%s\", \"big\": ",
                          n_risks, gtk_widget_get_width (GTK_WIDGET (b.page)),
                          gtk_widget_get_height (GTK_WIDGET (b.page)),
                          adw_leaflet_get_folded (b.page->leaflet) ? "true" : "false",
                          G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (b.window))));
  measure (&b, big, other, json);
  g_string_append (json, ", \"baseline\": ");
  measure (&b, small, other, json);
  g_string_append (json, "}");
  printf ("%s\n", json->str);
  gtk_window_destroy (GTK_WINDOW (b.window));
  return 0;
}
