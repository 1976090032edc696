/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences → Plugins: every plugin with its description, version and authors, and a
 * switch. Turning one off hides its pages at once; its data stays in the database.
 *
 * After it, one page per enabled plugin that implements TryggPreferencesExtension, made on
 * the open database (the organisation's settings that live there: a classification scale, a
 * risk matrix …). A plugin turned on or off here gains or loses its page at once.
 */
#define G_LOG_DOMAIN "trygg-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "trygg-preferences-window.h"
#include "trygg-ui.h"

struct _TryggPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;
  TryggPlugins         *plugins;
  TryggDatabase        *db;
  gpointer              watch;
  GHashTable           *pages;  /* extension → its AdwPreferencesPage */
};

G_DEFINE_FINAL_TYPE (TryggPreferencesWindow, trygg_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

static void
on_switch_active (GtkSwitch              *toggle,
                  GParamSpec             *pspec,
                  TryggPreferencesWindow *self)
{
  const char *module = g_object_get_data (G_OBJECT (toggle), "trygg-module");
  gboolean active = gtk_switch_get_active (toggle);
  g_autoptr(GError) error = NULL;

  if (!trygg_plugins_set_enabled (self->plugins, module, active, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (error->message));
      gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toggle), "trygg-handler"));
      g_signal_handler_block (toggle, handler);
      gtk_switch_set_active (toggle, !active);
      g_signal_handler_unblock (toggle, handler);
    }
}

static GtkWidget *
info_row (const char *title,
          const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static GtkWidget *
plugin_row (TryggPreferencesWindow *self,
            TryggPluginDescription *d)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  g_autofree char *toggle_label = g_strdup_printf (_("Use %s"), d->name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), d->name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), d->description);
  if (d->icon_name != NULL)
    adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (row), d->icon_name);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (toggle), d->enabled);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  toggle_label, -1);
  gtk_widget_set_tooltip_text (toggle, toggle_label);
  g_object_set_data_full (G_OBJECT (toggle), "trygg-module", g_strdup (d->module), g_free);
  gtk_widget_set_name (toggle, d->module);
  g_object_set_data (G_OBJECT (toggle), "trygg-handler", GSIZE_TO_POINTER (
      g_signal_connect (toggle, "notify::active", G_CALLBACK (on_switch_active), self)));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), toggle);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), info_row (_("Version"), d->version));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), info_row (_("Authors"), d->authors));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), info_row (_("Module"), d->module));
  return row;
}

static void
page_added (const char *module,
            GObject    *extension,
            gpointer    user_data)
{
  TryggPreferencesWindow *self = user_data;
  AdwPreferencesPage *page =
    trygg_preferences_extension_create_page (TRYGG_PREFERENCES_EXTENSION (extension), self->db);

  if (page == NULL)
    return;
  g_hash_table_insert (self->pages, extension, page);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page);
}

static void
page_removed (const char *module,
              GObject    *extension,
              gpointer    user_data)
{
  TryggPreferencesWindow *self = user_data;
  AdwPreferencesPage *page = g_hash_table_lookup (self->pages, extension);

  if (page == NULL)
    return;
  g_hash_table_remove (self->pages, extension);
  adw_preferences_window_remove (ADW_PREFERENCES_WINDOW (self), page);
}

static void
trygg_preferences_window_dispose (GObject *object)
{
  TryggPreferencesWindow *self = TRYGG_PREFERENCES_WINDOW (object);

  if (self->watch != NULL)
    trygg_plugins_unwatch (self->plugins, g_steal_pointer (&self->watch));
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_object (&self->plugins);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_preferences_window_parent_class)->dispose (object);
}

static void
trygg_preferences_window_class_init (TryggPreferencesWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_preferences_window_dispose;
}

static void
trygg_preferences_window_init (TryggPreferencesWindow *self)
{
  self->pages = g_hash_table_new (NULL, NULL);
}

/**
 * trygg_preferences_window_new:
 * @db: (nullable): the open database, for the plugins' pages; without one only the Plugins
 *   page is shown
 */
GtkWidget *
trygg_preferences_window_new (TryggPlugins  *plugins,
                              TryggDatabase *db)
{
  TryggPreferencesWindow *self = g_object_new (TRYGG_TYPE_PREFERENCES_WINDOW,
                                               "search-enabled", FALSE,
                                               "title", _("Preferences"), NULL);
  g_autoptr(GPtrArray) list = trygg_plugins_list (plugins);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();

  self->plugins = g_object_ref (plugins);
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Plugins"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "application-x-addon-symbolic");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Process Plugins"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
      _("Each plugin adds one part of the information security work. Turning a plugin off "
        "hides it; what it stored stays in the database and comes back when you turn it on."));
  for (guint i = 0; i < list->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               plugin_row (self, g_ptr_array_index (list, i)));
  if (list->len == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               info_row (_("No plugins were found"),
                                         _("Trygg may be installed incompletely.")));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
  if (db != NULL)
    {
      self->db = g_object_ref (db);
      self->watch = trygg_plugins_watch (plugins, TRYGG_TYPE_PREFERENCES_EXTENSION, page_added,
                                         page_removed, self);
    }
  return GTK_WIDGET (self);
}
