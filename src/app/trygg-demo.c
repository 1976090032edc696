/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo municipality, Exempelkommun: a fresh database filled from exchange files — core's
 * part from data/demo/, then each plugin's part through the demo extension point — so that
 * the demo exercises the import too. It lives in its own file, never in the user's database.
 */
#define G_LOG_DOMAIN "trygg-demo"

#include "config.h"

#include <glib/gstdio.h>

#include "trygg-application.h"
#include "trygg-demo.h"

#define CORE_DEMO "/io/github/trygg/Trygg/demo/core.json"

char *
trygg_demo_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "trygg", "demo.db", NULL);
}

/* Makes the demo database anew and returns it open. */
TryggDatabase *
trygg_demo_create (TryggPlugins  *plugins,
                   GError       **error)
{
  g_autofree char *path = trygg_demo_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(TryggDatabase) db = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_mkdir_with_parents (dir, 0700);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
  db = trygg_application_open_database (plugins, path, error);
  if (db == NULL || !trygg_exchange_import_resource (db, CORE_DEMO, NULL, error))
    return NULL;

  parts = trygg_plugins_get_extensions (plugins, TRYGG_TYPE_DEMO_EXTENSION);
  for (guint i = 0; i < parts->len; i++)
    {
      const char *resource = trygg_demo_extension_get_demo_resource (g_ptr_array_index (parts, i));
      if (resource != NULL && !trygg_exchange_import_resource (db, resource, NULL, error))
        return NULL;
    }
  return g_steal_pointer (&db);
}
