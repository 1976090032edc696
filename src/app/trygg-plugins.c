/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggPlugins: the plugin engine. Every libpeas call of the application is in this file, so
 * that the port to libpeas-2 touches nothing else.
 *
 * Plugins are found in the build tree when Trygg runs uninstalled (or in $TRYGG_PLUGIN_PATH)
 * and in $libdir/trygg/plugins when installed. Every plugin found is loaded unless its module
 * name is in the GSettings key `disabled-plugins`. A plugin's schema is migrated as soon as it
 * loads, before any of its pages exists, because the schema extension set is made first.
 */
#define G_LOG_DOMAIN "trygg-plugins"

#include "config.h"

#include <glib/gi18n.h>
#include <libpeas/peas.h>

#include "trygg-plugins.h"
#include "trygg-paths.h"

struct _TryggPlugins
{
  GObject           parent_instance;
  PeasEngine       *engine;
  GSettings        *settings;
  TryggDatabase    *db;
  PeasExtensionSet *schemas;
};

G_DEFINE_FINAL_TYPE (TryggPlugins, trygg_plugins, G_TYPE_OBJECT)

typedef struct {
  PeasExtensionSet   *set;
  TryggExtensionFunc  added;
  TryggExtensionFunc  removed;
  gpointer            user_data;
} Watch;

void
trygg_plugin_description_free (TryggPluginDescription *description)
{
  g_free (description->module);
  g_free (description->name);
  g_free (description->description);
  g_free (description->version);
  g_free (description->authors);
  g_free (description->icon_name);
  g_free (description);
}

static void
migrate_schema (PeasExtensionSet *set,
                PeasPluginInfo   *info,
                GObject          *extension,
                TryggPlugins     *self)
{
  g_autoptr(GError) error = NULL;
  TryggSchemaSource source;

  if (self->db == NULL)
    return;
  source = trygg_schema_extension_get_source (TRYGG_SCHEMA_EXTENSION (extension));
  if (source.component != NULL &&
      !trygg_database_migrate_component (self->db, &source, &error))
    g_warning ("Plugin %s: %s", peas_plugin_info_get_module_name (info), error->message);
}

static void
trygg_plugins_dispose (GObject *object)
{
  TryggPlugins *self = TRYGG_PLUGINS (object);

  g_clear_object (&self->schemas);
  g_clear_object (&self->engine);
  g_clear_object (&self->settings);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_plugins_parent_class)->dispose (object);
}

static void
trygg_plugins_class_init (TryggPluginsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_plugins_dispose;
}

static void
trygg_plugins_init (TryggPlugins *self)
{
}

static void
add_search_paths (PeasEngine *engine)
{
  const char *env = g_getenv ("TRYGG_PLUGIN_PATH");

  if (env != NULL && *env != '\0')
    {
      g_auto(GStrv) dirs = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);
      for (guint i = 0; dirs[i] != NULL; i++)
        peas_engine_add_search_path (engine, dirs[i], NULL);
    }
  else if (trygg_paths_is_uninstalled ())
    peas_engine_add_search_path (engine, BUILD_PLUGINDIR, NULL);
  else
    peas_engine_add_search_path (engine, PLUGINDIR, NULL);
}

/**
 * trygg_plugins_new:
 *
 * Finds the plugins and loads the enabled ones. Call trygg_plugins_set_database() before
 * anything that needs their tables.
 */
TryggPlugins *
trygg_plugins_new (GSettings *settings)
{
  TryggPlugins *self = g_object_new (TRYGG_TYPE_PLUGINS, NULL);
  g_auto(GStrv) disabled = g_settings_get_strv (settings, "disabled-plugins");
  const GList *l;

  self->settings = g_object_ref (settings);
  self->engine = peas_engine_new ();
  add_search_paths (self->engine);

  self->schemas = peas_extension_set_new (self->engine, TRYGG_TYPE_SCHEMA_EXTENSION, NULL);
  g_signal_connect (self->schemas, "extension-added", G_CALLBACK (migrate_schema), self);

  for (l = peas_engine_get_plugin_list (self->engine); l != NULL; l = l->next)
    {
      PeasPluginInfo *info = l->data;
      if (!g_strv_contains ((const char * const *) disabled,
                            peas_plugin_info_get_module_name (info)) &&
          !peas_engine_load_plugin (self->engine, info))
        g_warning ("Cannot load plugin %s", peas_plugin_info_get_module_name (info));
    }
  return self;
}

void
trygg_plugins_set_database (TryggPlugins  *self,
                            TryggDatabase *db)
{
  g_set_object (&self->db, db);
}

/* Returns: (transfer full) (element-type TryggPluginDescription): every plugin found */
GPtrArray *
trygg_plugins_list (TryggPlugins *self)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_plugin_description_free);

  for (const GList *l = peas_engine_get_plugin_list (self->engine); l != NULL; l = l->next)
    {
      PeasPluginInfo *info = l->data;
      TryggPluginDescription *d = g_new0 (TryggPluginDescription, 1);
      const char * const *authors = peas_plugin_info_get_authors (info);

      d->module = g_strdup (peas_plugin_info_get_module_name (info));
      d->name = g_strdup (peas_plugin_info_get_name (info));
      d->description = g_strdup (peas_plugin_info_get_description (info));
      d->version = g_strdup (peas_plugin_info_get_version (info));
      d->authors = authors != NULL ? g_strjoinv (", ", (char **) authors) : g_strdup ("");
      d->icon_name = g_strdup (peas_plugin_info_get_icon_name (info));
      d->enabled = peas_plugin_info_is_loaded (info);
      g_ptr_array_add (list, d);
    }
  return list;
}

/**
 * trygg_plugins_set_enabled:
 *
 * Loads or unloads a plugin and remembers the choice. Unloading hides the plugin; its tables
 * and rows stay in the database.
 */
gboolean
trygg_plugins_set_enabled (TryggPlugins  *self,
                           const char    *module,
                           gboolean       enabled,
                           GError       **error)
{
  PeasPluginInfo *info = peas_engine_get_plugin_info (self->engine, module);
  g_auto(GStrv) disabled = g_settings_get_strv (self->settings, "disabled-plugins");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  gboolean ok;

  if (info == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no plugin “%s”."),
                   module);
      return FALSE;
    }
  ok = enabled ? peas_engine_load_plugin (self->engine, info)
               : peas_engine_unload_plugin (self->engine, info);
  if (!ok)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   enabled ? _("The plugin “%s” could not be loaded.")
                           : _("The plugin “%s” could not be turned off."),
                   peas_plugin_info_get_name (info));
      return FALSE;
    }

  for (guint i = 0; disabled[i] != NULL; i++)
    if (!g_str_equal (disabled[i], module))
      g_strv_builder_add (builder, disabled[i]);
  if (!enabled)
    g_strv_builder_add (builder, module);
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "disabled-plugins", (const char * const *) updated);
  return TRUE;
}

static void
collect_source (PeasExtensionSet *set,
                PeasPluginInfo   *info,
                PeasExtension    *extension,
                gpointer          data)
{
  TryggSchemaSource source = trygg_schema_extension_get_source (TRYGG_SCHEMA_EXTENSION (extension));

  if (source.component != NULL)
    g_array_append_val ((GArray *) data, source);
}

/* Returns: (transfer container): the schemas of the loaded plugins; the strings belong to the
 * plugins and stay valid while they are loaded. */
GArray *
trygg_plugins_get_schema_sources (TryggPlugins *self)
{
  GArray *sources = g_array_new (FALSE, FALSE, sizeof (TryggSchemaSource));

  peas_extension_set_foreach (self->schemas, collect_source, sources);
  return sources;
}

static void
watch_added (PeasExtensionSet *set,
             PeasPluginInfo   *info,
             PeasExtension    *extension,
             Watch            *watch)
{
  watch->added (peas_plugin_info_get_module_name (info), G_OBJECT (extension), watch->user_data);
}

static void
watch_removed (PeasExtensionSet *set,
               PeasPluginInfo   *info,
               PeasExtension    *extension,
               Watch            *watch)
{
  if (watch->removed != NULL)
    watch->removed (peas_plugin_info_get_module_name (info), G_OBJECT (extension),
                    watch->user_data);
}

/**
 * trygg_plugins_watch:
 *
 * Calls @added for every extension of @extension_type already loaded and for each that loads
 * later, @removed for each that unloads. Returns a handle for trygg_plugins_unwatch().
 */
gpointer
trygg_plugins_watch (TryggPlugins       *self,
                     GType               extension_type,
                     TryggExtensionFunc  added,
                     TryggExtensionFunc  removed,
                     gpointer            user_data)
{
  Watch *watch = g_new0 (Watch, 1);

  watch->set = peas_extension_set_new (self->engine, extension_type, NULL);
  watch->added = added;
  watch->removed = removed;
  watch->user_data = user_data;
  peas_extension_set_foreach (watch->set, (PeasExtensionSetForeachFunc) watch_added, watch);
  g_signal_connect (watch->set, "extension-added", G_CALLBACK (watch_added), watch);
  g_signal_connect (watch->set, "extension-removed", G_CALLBACK (watch_removed), watch);
  return watch;
}

void
trygg_plugins_unwatch (TryggPlugins *self,
                       gpointer      handle)
{
  Watch *watch = handle;

  g_signal_handlers_disconnect_by_data (watch->set, watch);
  g_object_unref (watch->set);
  g_free (watch);
}

static void
collect_extension (PeasExtensionSet *set,
                   PeasPluginInfo   *info,
                   PeasExtension    *extension,
                   gpointer          data)
{
  g_ptr_array_add (data, g_object_ref (extension));
}

/* Returns: (transfer full) (element-type GObject): the loaded extensions of a type */
GPtrArray *
trygg_plugins_get_extensions (TryggPlugins *self,
                              GType         extension_type)
{
  g_autoptr(PeasExtensionSet) set = peas_extension_set_new (self->engine, extension_type, NULL);
  GPtrArray *extensions = g_ptr_array_new_with_free_func (g_object_unref);

  peas_extension_set_foreach (set, collect_extension, extensions);
  return extensions;
}
