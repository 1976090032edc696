/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggApplication: command line, database and plugins, then the window.
 *
 * The commands of the command line (--info, --list-plugins, --version) run in the local
 * instance and exit without a window. Otherwise the database is opened before any window, so
 * that a path that cannot be opened fails with one line on stderr. Each run is its own process
 * (G_APPLICATION_NON_UNIQUE): two runs may open two different databases.
 */
#define G_LOG_DOMAIN "trygg-application"

#include "config.h"

#include <glib/gi18n.h>

#include "trygg-application.h"
#include "trygg-cli.h"
#include "trygg-demo.h"
#include "trygg-paths.h"
#include "trygg-preferences-window.h"
#include "trygg-window.h"

struct _TryggApplication
{
  AdwApplication  parent_instance;
  GSettings      *settings;
  TryggPlugins   *plugins;
  TryggDatabase  *db;
};

G_DEFINE_FINAL_TYPE (TryggApplication, trygg_application, ADW_TYPE_APPLICATION)

static const GOptionEntry options[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open this database file instead of the default one"), N_("FILE") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open a fresh demo municipality, Exempelkommun, instead of your database"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the whole database to a Trygg exchange file (JSON) and exit"), N_("FILE.json") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Merge a Trygg exchange file (JSON) into the database and exit"), N_("FILE.json") },
  { "info", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open and update the database, print its schema versions and row counts, and exit"), NULL },
  { "list-plugins", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the plugins, enabled or disabled, and exit"), NULL },
  { "report", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write a plugin's PDF report (classification, risk, actionplan) to --output and exit"),
    N_("NAME") },
  { "export-heatmap", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write a risk analysis's heatmap as PNG, SVG or PDF to --output and exit"), N_("UUID") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The file a report or an image is written to"), N_("FILE") },
  { "unit", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The organisation unit a report is about"), N_("UUID") },
  { "asset", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The information asset a report is about"), N_("UUID") },
  { "analysis", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The risk analysis a report is about"), N_("UUID") },
  { "year", 0, 0, G_OPTION_ARG_INT, NULL, N_("The year a report is about"), N_("YEAR") },
  { "residual", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the residual risk (after the measures) in an exported heatmap"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { NULL }
};

TryggApplication *
trygg_application_new (void)
{
  return g_object_new (TRYGG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/trygg/Trygg",
                       NULL);
}

/* Opens @path with the schemas of the loaded plugins and lets later plugins migrate too. */
TryggDatabase *
trygg_application_open_database (TryggPlugins  *plugins,
                                 const char    *path,
                                 GError       **error)
{
  g_autoptr(GArray) sources = trygg_plugins_get_schema_sources (plugins);
  TryggDatabase *db = trygg_database_open (path, (TryggSchemaSource *) (gpointer) sources->data,
                                           sources->len, error);

  if (db != NULL)
    trygg_plugins_set_database (plugins, db);
  return db;
}

/**
 * trygg_application_prepare:
 *
 * Loads the settings and plugins and opens the database, as a run without a command does
 * before its window opens. The tests call it too.
 */
gboolean
trygg_application_prepare (TryggApplication  *self,
                           const char        *path,
                           GError           **error)
{
  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  if (self->plugins == NULL)
    self->plugins = trygg_plugins_new (self->settings);
  g_clear_object (&self->db);
  self->db = trygg_application_open_database (self->plugins, path, error);
  return self->db != NULL;
}

/* What --report and --export-heatmap pass on to the plugin: the subject and the year */
static GVariantDict *
report_params (GVariantDict *dict)
{
  static const char *subjects[] = { "unit", "asset", "analysis" };
  GVariantDict *params = g_variant_dict_new (NULL);
  int year;

  for (guint i = 0; i < G_N_ELEMENTS (subjects); i++)
    {
      g_autofree char *uuid = NULL;
      if (g_variant_dict_lookup (dict, subjects[i], "s", &uuid))
        g_variant_dict_insert (params, subjects[i], "s", uuid);
    }
  if (g_variant_dict_lookup (dict, "year", "i", &year))
    g_variant_dict_insert (params, "year", "i", year);
  g_variant_dict_insert (params, "residual", "b", g_variant_dict_contains (dict, "residual"));
  return params;
}

static int
trygg_application_handle_local_options (GApplication *app,
                                        GVariantDict *dict)
{
  TryggApplication *self = TRYGG_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *file = NULL;
  g_autofree char *name = NULL;

  if (g_variant_dict_contains (dict, "version"))
    {
      g_print ("trygg %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  if (self->plugins == NULL)
    self->plugins = trygg_plugins_new (self->settings);

  if (g_variant_dict_contains (dict, "list-plugins"))
    return trygg_cli_list_plugins (self->plugins);

  if (g_variant_dict_contains (dict, "demo"))
    {
      /* a fresh demo database; the commands below then work on it */
      self->db = trygg_demo_create (self->plugins, &error);
      if (self->db == NULL)
        {
          g_printerr ("trygg: %s\n", error->message);
          return 1;
        }
      path = trygg_demo_path ();
    }
  else if (!g_variant_dict_lookup (dict, "database", "^ay", &path))
    path = trygg_paths_default_database ();

  if (g_variant_dict_contains (dict, "info"))
    return trygg_cli_info (self->plugins, path);
  if (g_variant_dict_lookup (dict, "export", "^ay", &file))
    return trygg_cli_export (self->plugins, path, file);
  if (g_variant_dict_lookup (dict, "import", "^ay", &file))
    return trygg_cli_import (self->plugins, path, file);
  if (g_variant_dict_lookup (dict, "report", "s", &name))
    {
      g_autoptr(GVariantDict) params = report_params (dict);
      g_variant_dict_lookup (dict, "output", "^ay", &file);
      return trygg_cli_report (self->plugins, path, name, params, file);
    }
  if (g_variant_dict_lookup (dict, "export-heatmap", "s", &name))
    {
      g_autoptr(GVariantDict) params = report_params (dict);
      g_variant_dict_insert (params, "analysis", "s", name);
      g_variant_dict_lookup (dict, "output", "^ay", &file);
      return trygg_cli_export_file (self->plugins, path, "heatmap", params, file);
    }
  if (self->db != NULL)
    return -1;

  if (!trygg_application_prepare (self, path, &error))
    {
      g_printerr ("trygg: %s\n", error->message);
      return 1;
    }
  return -1;
}

static void
trygg_application_activate (GApplication *app)
{
  TryggApplication *self = TRYGG_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (trygg_window_new (self));
  gtk_window_present (window);
}

static void
show_preferences (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  TryggApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *prefs = GTK_WINDOW (trygg_preferences_window_new (self->plugins, self->db));

  gtk_window_set_transient_for (prefs, parent);
  gtk_window_present (prefs);
}

static void
show_about (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  static const char *developers[] = { "Trygg developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *about = adw_about_window_new ();

  g_object_set (about,
                "transient-for", parent,
                "application-name", "Trygg",
                "application-icon", APP_ID,
                "developer-name", _("Trygg developers"),
                "version", PACKAGE_VERSION,
                "website", "https://github.com/trygg/trygg",
                "issue-url", "https://github.com/trygg/trygg/issues",
                "license-type", GTK_LICENSE_GPL_3_0,
                "developers", developers,
                "comments", _("Information security management for municipalities: "
                              "classification, risk analysis, continuity, internal audit, "
                              "the GDPR record of processing, incidents and the yearly "
                              "action plan, in one place. Your data stays on this computer."),
                /* Translators: your name(s), one per line, as credits */
                "translator-credits", _("translator-credits"),
                NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* The first-run button: the window changes to a fresh demo municipality. */
static void
open_demo (GSimpleAction *action,
           GVariant      *param,
           gpointer       user_data)
{
  TryggApplication *self = user_data;
  GtkWindow *old = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GError) error = NULL;
  TryggDatabase *demo = trygg_demo_create (self->plugins, &error);

  if (demo == NULL)
    {
      GtkWidget *alert = adw_message_dialog_new (old, _("The Demo Could Not Be Opened"),
                                                 error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (alert));
      return;
    }
  g_set_object (&self->db, demo);
  g_object_unref (demo);
  gtk_window_present (GTK_WINDOW (trygg_window_new (self)));
  if (old != NULL)
    gtk_window_destroy (old);
}

static void
quit (GSimpleAction *action,
      GVariant      *param,
      gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
trygg_application_startup (GApplication *app)
{
  static const GActionEntry entries[] = {
    { "preferences", show_preferences },
    { "about", show_about },
    { "demo", open_demo },
    { "quit", quit },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (trygg_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         prefs_accels);
}

static void
trygg_application_dispose (GObject *object)
{
  TryggApplication *self = TRYGG_APPLICATION (object);

  g_clear_object (&self->plugins);
  g_clear_object (&self->db);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (trygg_application_parent_class)->dispose (object);
}

static void
trygg_application_class_init (TryggApplicationClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_application_dispose;
  G_APPLICATION_CLASS (klass)->handle_local_options = trygg_application_handle_local_options;
  G_APPLICATION_CLASS (klass)->activate = trygg_application_activate;
  G_APPLICATION_CLASS (klass)->startup = trygg_application_startup;
}

static void
trygg_application_init (TryggApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_summary (G_APPLICATION (self),
      _("Information security management for municipalities."));
}

TryggDatabase *
trygg_application_get_database (TryggApplication *self)
{
  return self->db;
}

TryggPlugins *
trygg_application_get_plugins (TryggApplication *self)
{
  return self->plugins;
}

GSettings *
trygg_application_get_settings (TryggApplication *self)
{
  return self->settings;
}
