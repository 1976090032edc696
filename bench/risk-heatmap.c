/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk heatmap with many risks, in a real window (run it under Xvfb; bench/heatmap does):
 *
 *   risk-heatmap DB [--risks 10000] [--width 1100 --height 720] [--large] [--frames 100]
 *
 * Makes DB when it does not exist: an analysis on the default 4 × 4 matrix with --risks
 * risks (scores spread over every cell, 70 % with residual scores), written in one
 * transaction through the product's triggers, and beside it a small analysis of 12 risks
 * (the baseline). Then, in one window holding a TryggRiskHeatmap:
 *
 * - open: trygg_risk_heatmap_set_analysis() until the frame that shows it is painted (data
 *   load, cells, chips, layout, drawing, rendering), the first time and the median of
 *   reopening; the data load alone; VmRSS before and after
 * - frames, each as the window's frame clock sees it (before-paint → after-paint: layout,
 *   snapshot, GSK rendering) and as the snapshot alone (the widget's snapshot vfunc into a
 *   GtkSnapshot):
 *   idle (nothing changed: the cached picture), drag (the chips layer rebuilt, as for every
 *   pointer motion of a drag), relayout (everything laid out and drawn again, as after a
 *   resize or a change of view), reload (the data read again, as after a drop)
 *
 * Prints one JSON object with the medians in milliseconds for the big analysis and for the
 * baseline.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "risk-bench-common.h"
#include "risk-heatmap-private.h"

enum { IDLE, DRAG, RELAYOUT, RELOAD, N_MODES };
static const char *mode_names[N_MODES] = { "idle", "drag", "relayout", "reload" };

/* Frames */

typedef struct
{
  TryggRiskHeatmap *heatmap;
  int               mode;
  int               wanted;
  int               done;
  double            before;
  GArray           *times;
} Frames;

static void
mutate (TryggRiskHeatmap *heatmap,
        int               mode)
{
  switch (mode)
    {
    case DRAG:
      trygg_risk_heatmap_scene_redraw (&heatmap->scene);
      break;
    case RELAYOUT:
      trygg_risk_heatmap_scene_invalidate (&heatmap->scene);
      heatmap->labels_dirty = TRUE;
      trygg_risk_heatmap_sync (heatmap);
      break;
    case RELOAD:
      trygg_risk_heatmap_reload_now (heatmap);
      break;
    default:
      break;
    }
}

static void
before_paint (GdkFrameClock *clock,
              Frames        *f)
{
  f->before = risk_bench_now_ms ();
  mutate (f->heatmap, f->mode);
}

static void
after_paint (GdkFrameClock *clock,
             Frames        *f)
{
  double t = risk_bench_now_ms () - f->before;

  if (f->before <= 0)
    return;
  f->before = 0;
  if (f->done++ > 0)  /* the first frame of a run may have been asked for by something else */
    g_array_append_val (f->times, t);
  if (f->done <= f->wanted)
    gtk_widget_queue_draw (GTK_WIDGET (f->heatmap));
}

static double
frame_ms (TryggRiskHeatmap *heatmap,
          int               mode,
          int               n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (heatmap));
  Frames f = { heatmap, mode, n, 0, 0, g_array_new (FALSE, FALSE, sizeof (double)) };
  gulong b = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), &f);
  gulong a = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), &f);
  double m;

  gtk_widget_queue_draw (GTK_WIDGET (heatmap));
  while (f.done <= n)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, b);
  g_signal_handler_disconnect (clock, a);
  m = risk_bench_median (f.times);
  g_array_unref (f.times);
  return m;
}

static double
snapshot_ms (TryggRiskHeatmap *heatmap,
             int               mode,
             int               n)
{
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));
  double m;

  for (int i = 0; i < n; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      GskRenderNode *node;
      double t0 = risk_bench_now_ms (), t;

      mutate (heatmap, mode);
      GTK_WIDGET_GET_CLASS (heatmap)->snapshot (GTK_WIDGET (heatmap), snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      t = risk_bench_now_ms () - t0;
      g_array_append_val (times, t);
      g_clear_pointer (&node, gsk_render_node_unref);
    }
  m = risk_bench_median (times);
  g_array_unref (times);
  return m;
}

/* set_analysis() until the frame showing it is painted */
static void
on_painted (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

static double
open_ms (TryggRiskHeatmap *heatmap,
         gint64            analysis)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (heatmap));
  gboolean painted = FALSE;
  gulong id;
  double t0;

  trygg_risk_heatmap_set_analysis (heatmap, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_painted), &painted);
  t0 = risk_bench_now_ms ();
  trygg_risk_heatmap_set_analysis (heatmap, analysis);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  return risk_bench_now_ms () - t0;
}

static int
count_chips (TryggRiskHeatmap *heatmap)
{
  int n = 0;

  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (heatmap)); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    for (GtkWidget *chip = gtk_widget_get_first_child (cell); chip != NULL;
         chip = gtk_widget_get_next_sibling (chip))
      n++;
  return n;
}

static void
measure (TryggDatabase    *db,
         TryggRiskHeatmap *heatmap,
         gint64            analysis,
         int               n_frames,
         GString          *json)
{
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));
  long rss_before, rss_after;
  double first;

  rss_before = risk_bench_rss_kb ();
  first = open_ms (heatmap, analysis);
  rss_after = risk_bench_rss_kb ();
  for (int i = 0; i < 5; i++)
    {
      double t = open_ms (heatmap, analysis);
      g_array_append_val (times, t);
    }
  g_string_append_printf (json, "{\"open_first_ms\": %.3f, \"open_ms\": %.3f, ", first,
                          risk_bench_median (times));
  g_array_set_size (times, 0);
  for (int i = 0; i < 20; i++)
    {
      double t0 = risk_bench_now_ms (), t;
      TryggRiskHeatmapData *data = trygg_risk_heatmap_data_load (db, analysis, NULL);

      t = risk_bench_now_ms () - t0;
      trygg_risk_heatmap_data_free (data);
      g_array_append_val (times, t);
    }
  g_string_append_printf (json, "\"load_ms\": %.3f, \"rss_before_kb\": %ld, "
                          "\"rss_after_kb\": %ld, \"chip_widgets\": %d",
                          risk_bench_median (times), rss_before, rss_after, count_chips (heatmap));
  for (int mode = 0; mode < N_MODES; mode++)
    g_string_append_printf (json, ", \"frame_%s_ms\": %.3f, \"snapshot_%s_ms\": %.3f",
                            mode_names[mode], frame_ms (heatmap, mode, n_frames),
                            mode_names[mode], snapshot_ms (heatmap, mode, n_frames));
  g_string_append (json, "}");
  g_array_unref (times);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggDatabase) db = NULL;
  g_autoptr(GString) json = g_string_new (NULL);
  int n_risks = 10000, width = 1100, height = 720, n_frames = 100;
  gboolean large = FALSE;
  gint64 big, small;
  GtkWidget *window, *heatmap;
  GOptionEntry entries[] = {
    { "risks", 0, 0, G_OPTION_ARG_INT, &n_risks, "risks in the big analysis", "N" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "window width", "PX" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "window height", "PX" },
    { "large", 0, 0, G_OPTION_ARG_NONE, &large, "workshop mode: large, high contrast", NULL },
    { "frames", 0, 0, G_OPTION_ARG_INT, &n_frames, "frames per measure", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("DB");
  g_autofree char *big_title = NULL;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc < 2)
    {
      fprintf (stderr, "risk-heatmap: %s\n", error != NULL ? error->message : "DB missing");
      return 2;
    }
  gtk_init ();
  adw_init ();
  db = trygg_database_open (argv[1], &risk_bench_source, 1, &error);
  if (db == NULL)
    {
      fprintf (stderr, "risk-heatmap: %s\n", error->message);
      return 1;
    }
  big_title = g_strdup_printf ("bench %d risks", n_risks);
  big = risk_bench_find_analysis (db, big_title);
  if (big == 0)
    big = risk_bench_make_analysis (db, big_title, n_risks);
  small = risk_bench_find_analysis (db, "bench 12 risks");
  if (small == 0)
    small = risk_bench_make_analysis (db, "bench 12 risks", 12);

  window = gtk_window_new ();
  heatmap = trygg_risk_heatmap_new (db);
  trygg_risk_heatmap_set_large (TRYGG_RISK_HEATMAP (heatmap), large);
  trygg_risk_heatmap_set_high_contrast (TRYGG_RISK_HEATMAP (heatmap), large);
  trygg_risk_heatmap_set_view (TRYGG_RISK_HEATMAP (heatmap), TRYGG_RISK_HEATMAP_INITIAL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), heatmap);
  gtk_window_present (GTK_WINDOW (window));
  /* warm: fonts, CSS, the renderer; then the small analysis once */
  open_ms (TRYGG_RISK_HEATMAP (heatmap), small);

  g_string_append_printf (json, "{\"risks\": %d, \"width\": %d, \"height\": %d, "
                          "\"large\": %s, \"renderer\": \"%s\", \"big\": ",
                          n_risks, gtk_widget_get_width (heatmap),
                          gtk_widget_get_height (heatmap), large ? "true" : "false",
                          G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  measure (db, TRYGG_RISK_HEATMAP (heatmap), big, n_frames, json);
  g_string_append (json, ", \"baseline\": ");
  measure (db, TRYGG_RISK_HEATMAP (heatmap), small, n_frames, json);
  g_string_append (json, "}");
  printf ("%s\n", json->str);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
