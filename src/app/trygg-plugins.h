/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "trygg-core.h"

G_BEGIN_DECLS

/**
 * TryggPluginDescription:
 * Metadata of one plugin, as Preferences → Plugins and `--list-plugins` show it.
 */
typedef struct {
  char     *module;
  char     *name;
  char     *description;
  char     *version;
  char     *authors;
  char     *icon_name;
  gboolean  enabled;
} TryggPluginDescription;

void trygg_plugin_description_free (TryggPluginDescription *description);

/* Called for every extension of a type, those already loaded and those that come later. */
typedef void (*TryggExtensionFunc) (const char *module,
                                    GObject    *extension,
                                    gpointer    user_data);

#define TRYGG_TYPE_PLUGINS (trygg_plugins_get_type ())
G_DECLARE_FINAL_TYPE (TryggPlugins, trygg_plugins, TRYGG, PLUGINS, GObject)

TryggPlugins *trygg_plugins_new                (GSettings          *settings);
GPtrArray    *trygg_plugins_list               (TryggPlugins       *self);
gboolean      trygg_plugins_set_enabled        (TryggPlugins       *self,
                                                const char         *module,
                                                gboolean            enabled,
                                                GError            **error);
GArray       *trygg_plugins_get_schema_sources (TryggPlugins       *self);
void          trygg_plugins_set_database       (TryggPlugins       *self,
                                                TryggDatabase      *db);
gpointer      trygg_plugins_watch              (TryggPlugins       *self,
                                                GType               extension_type,
                                                TryggExtensionFunc  added,
                                                TryggExtensionFunc  removed,
                                                gpointer            user_data);
void          trygg_plugins_unwatch            (TryggPlugins       *self,
                                                gpointer            watch);
GPtrArray    *trygg_plugins_get_extensions     (TryggPlugins       *self,
                                                GType               extension_type);

G_END_DECLS
