/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "trygg-application.h"
#include "trygg-paths.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TryggApplication) app = NULL;

  trygg_paths_mark_start ();
  trygg_paths_setup_uninstalled ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, trygg_paths_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = trygg_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
