/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where things are: installed, or in the build tree when `trygg` runs from `_build/src/app`
 * (build-aux/dev run, screenshots), so that plugins, translations and the GSettings schema
 * of the build tree are used.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "trygg-paths.h"

gboolean
trygg_paths_is_uninstalled (void)
{
  static int uninstalled = -1;

  if (uninstalled < 0)
    {
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
      uninstalled = exe != NULL && g_str_has_prefix (exe, BUILD_ROOT "/");
    }
  return uninstalled;
}

/* Points GSettings at the build tree's compiled schema unless the caller chose one. */
void
trygg_paths_setup_uninstalled (void)
{
  if (trygg_paths_is_uninstalled () && g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    g_setenv ("GSETTINGS_SCHEMA_DIR", BUILD_ROOT "/data", TRUE);
}

const char *
trygg_paths_localedir (void)
{
  const char *env = g_getenv ("TRYGG_LOCALEDIR");

  if (env != NULL && *env != '\0')
    return env;
  return trygg_paths_is_uninstalled () ? BUILD_LOCALEDIR : LOCALEDIR;
}

/* $XDG_DATA_HOME/trygg/trygg.db; the folder is made private (0700) when missing. */
char *
trygg_paths_default_database (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "trygg", NULL);

  g_mkdir_with_parents (dir, 0700);
  return g_build_filename (dir, "trygg.db", NULL);
}

static gint64 start_time;

/* main() calls this first; the benchmarks count from here. */
void
trygg_paths_mark_start (void)
{
  start_time = g_get_monotonic_time ();
}

gint64
trygg_paths_start_time (void)
{
  return start_time;
}
