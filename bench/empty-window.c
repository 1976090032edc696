/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The baseline of the first-frame benchmark: an empty libadwaita window (AdwApplication,
 * AdwApplicationWindow, AdwHeaderBar) of Trygg's default size, which prints
 * `first-frame <ms> ms rss <kB> kB` at its first painted frame, counted from main(), the same
 * way as `TRYGG_EXIT_AFTER_FIRST_FRAME=1 trygg` does (src/app/trygg-window.c), and quits.
 *
 *   cc -O2 -o empty-window bench/empty-window.c $(pkg-config --cflags --libs libadwaita-1)
 */
#include <adwaita.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static gint64 start_time;

/* A second line, after the measurement: which GSK renderer drew, and which Mesa driver was
 * loaded (llvmpipe lives in swrast_dri.so), read from /proc/self/maps. */
static void
print_renderer (GtkWidget *window)
{
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  char *maps = NULL;
  const char *driver = "none";

  if (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL))
    {
      if (strstr (maps, "swrast_dri") != NULL || strstr (maps, "libgallium") != NULL)
        driver = "mesa-swrast (llvmpipe)";
      else if (strstr (maps, "_dri.so") != NULL)
        driver = "mesa-dri";
    }
  g_free (maps);
  g_print ("renderer %s gl-driver %s\n", renderer ? G_OBJECT_TYPE_NAME (renderer) : "?", driver);
}

static void
on_after_paint (GdkFrameClock *clock,
                GtkWidget     *window)
{
  char *statm = NULL;
  long pages = 0, resident = 0;

  g_signal_handlers_disconnect_matched (clock, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, window);
  if (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    sscanf (statm, "%ld %ld", &pages, &resident);
  g_free (statm);
  g_print ("first-frame %.1f ms rss %ld kB\n", (g_get_monotonic_time () - start_time) / 1000.0,
           resident * (sysconf (_SC_PAGESIZE) / 1024));
  print_renderer (window);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
on_map (GtkWidget *widget)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_after_paint), widget);
}

static void
on_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Empty");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);  /* Trygg's default */
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  AdwApplication *app;
  int status;

  start_time = g_get_monotonic_time ();
  app = adw_application_new ("io.github.trygg.BenchEmptyWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  status = g_application_run (G_APPLICATION (app), argc, argv);
  g_object_unref (app);
  return status;
}
