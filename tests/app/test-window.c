/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window under Xvfb: every page opens; an information asset created and edited from the
 * UI is there after a restart; Undo brings a deleted row back; a plugin turned off in
 * Preferences leaves the sidebar and its data stays.
 */
#include "config.h"

#include <adwaita.h>

#include "test-ui-util.h"
#include "test-util.h"
#include "trygg-application.h"
#include "trygg-preferences-window.h"
#include "trygg-organisation-page.h"
#include "trygg-register-page.h"
#include "trygg-search-window.h"
#include "trygg-transfer.h"
#include "trygg-window.h"

typedef struct {
  char             *dir;
  char             *path;
  TryggApplication *app;
  TryggWindow      *window;
} Fixture;

/* One application for the whole run (a GApplication registers its id once per process);
 * each start opens the database anew and makes a new window, as a restart does. */
static TryggApplication *application;

static void
start (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  if (application == NULL)
    {
      application = trygg_application_new ();
      g_application_register (G_APPLICATION (application), NULL, &error);
      g_assert_no_error (error);
    }
  f->app = application;
  g_assert_true (trygg_application_prepare (f->app, f->path, &error));
  g_assert_no_error (error);
  f->window = trygg_window_new (f->app);
  gtk_window_present (GTK_WINDOW (f->window));
  trygg_test_wait_ms (200);
}

static void
stop (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  trygg_test_wait_ms (100);
  f->app = NULL;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = trygg_test_make_dir ();
  f->path = g_build_filename (f->dir, "test.db", NULL);
  start (f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->app != NULL)
    stop (f);
  trygg_test_remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
test_every_page_opens (Fixture       *f,
                       gconstpointer  data)
{
  const char *pages[] = { "overview", "assets", "systems", "organisation", "actions",
                          "actionplan", "classification", "risk" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_assert_true (trygg_window_show_page (f->window, pages[i]));
      trygg_test_wait_ms (50);
      g_assert_cmpstr (trygg_window_get_page_id (f->window), ==, pages[i]);
      g_assert_true (gtk_widget_get_mapped (trygg_window_get_page (f->window, pages[i])));
    }
}

/* Down arrow in the sidebar moves its selection; the page shown follows, so that the
 * highlighted row never names another page than the one on screen. */
static void
test_sidebar_keyboard (Fixture       *f,
                       gconstpointer  data)
{
  GtkListBox *sidebar = GTK_LIST_BOX (trygg_test_find_widget (GTK_WIDGET (f->window),
                                                              GTK_TYPE_LIST_BOX, NULL));
  GtkListBoxRow *row;

  g_assert_true (trygg_window_show_page (f->window, "overview"));
  trygg_test_wait_ms (50);
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (sidebar)));
  g_signal_emit_by_name (sidebar, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 1, FALSE, FALSE);
  trygg_test_wait_ms (50);
  row = gtk_list_box_get_selected_row (sidebar);
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (row)), !=, "overview");
  g_assert_cmpstr (trygg_window_get_page_id (f->window), ==,
                   gtk_widget_get_name (GTK_WIDGET (row)));
}

static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  return trygg_test_query_int (trygg_application_get_database (f->app), sql, NULL);
}

static void
test_asset_persists (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *page;
  GtkWidget *name_row;

  g_assert_true (trygg_window_show_page (f->window, "assets"));
  page = trygg_window_get_page (f->window, "assets");
  g_assert_true (gtk_widget_activate_action (page, "register.add", NULL));
  trygg_test_wait_ms (100);
  name_row = trygg_test_find_row (page, ADW_TYPE_ENTRY_ROW, "Name");
  g_assert_nonnull (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Elevregister grundskola");
  trygg_test_wait_ms (800);  /* past the save delay */

  stop (f);
  start (f);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM information_asset "
                                  "WHERE name = 'Elevregister grundskola'"), ==, 1);
  /* and the list of the new window shows it */
  page = trygg_window_get_page (f->window, "assets");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (
      trygg_register_page_get_model (TRYGG_REGISTER_PAGE (page)))), ==, 1);
}

static void
test_undo_restores (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *page;
  TryggEntity *selected;
  g_autofree char *uuid = NULL;

  g_assert_true (trygg_window_show_page (f->window, "systems"));
  page = trygg_window_get_page (f->window, "systems");
  g_assert_true (gtk_widget_activate_action (page, "register.add", NULL));
  trygg_test_wait_ms (100);
  gtk_editable_set_text (GTK_EDITABLE (trygg_test_find_row (page, ADW_TYPE_ENTRY_ROW, "Name")),
                         "Procapita");
  g_assert_true (gtk_widget_activate_action (page, "register.delete", NULL));
  trygg_test_wait_ms (100);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM system"), ==, 0);
  g_assert_null (trygg_register_page_get_selected (TRYGG_REGISTER_PAGE (page)));

  g_assert_true (gtk_widget_activate_action (page, "register.undo", NULL));
  trygg_test_wait_ms (100);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM system WHERE name = 'Procapita'"), ==, 1);
  selected = trygg_register_page_get_selected (TRYGG_REGISTER_PAGE (page));
  g_assert_nonnull (selected);
  g_assert_cmpstr (trygg_entity_get_title (selected), ==, "Procapita");
}

static void
test_disable_plugin (Fixture       *f,
                     gconstpointer  data)
{
  TryggPlugins *plugins = trygg_application_get_plugins (f->app);
  g_autoptr(TryggAction) action = trygg_action_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *prefs;
  GtkWidget *toggle;

  g_object_set (action, "title", "Nätverkssegmentering", "source-plugin", "actionplan", NULL);
  g_assert_true (trygg_entity_save (TRYGG_ENTITY (action),
                                    trygg_application_get_database (f->app), &error));
  g_assert_nonnull (trygg_window_get_page (f->window, "actionplan"));

  prefs = trygg_preferences_window_new (plugins, trygg_application_get_database (f->app));
  gtk_window_present (GTK_WINDOW (prefs));
  trygg_test_wait_ms (100);
  toggle = trygg_test_find_widget (prefs, GTK_TYPE_SWITCH, "actionplan");
  g_assert_nonnull (toggle);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (toggle)));
  gtk_switch_set_active (GTK_SWITCH (toggle), FALSE);
  trygg_test_wait_ms (100);

  g_assert_null (trygg_window_get_page (f->window, "actionplan"));
  g_assert_false (trygg_window_show_page (f->window, "actionplan"));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM action WHERE source_plugin = 'actionplan'"),
                   ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM schema_version "
                                  "WHERE component = 'actionplan'"), ==, 1);

  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  trygg_test_wait_ms (100);
  g_assert_nonnull (trygg_window_get_page (f->window, "actionplan"));
  gtk_window_destroy (GTK_WINDOW (prefs));
}

static GtkWidget *
find_toplevel (GType type)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WIDGET (window);
    }
  return NULL;
}

static gboolean
wait_for (gboolean (*done) (gpointer), gpointer data)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  return done (data);
}

static gboolean
no_dialog (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

/* Export and import from the window: the work runs in a thread behind a progress dialog, and
 * the lists show what the import brought back. */
static void
test_export_import_from_window (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->dir, "export.json", NULL);
  g_autoptr(TryggAsset) asset = trygg_asset_new ();
  g_autoptr(GError) error = NULL;
  TryggDatabase *db = trygg_application_get_database (f->app);
  TryggEntityList *list;

  g_object_set (asset, "name", "Löneuppgifter", NULL);
  g_assert_true (trygg_entity_save (TRYGG_ENTITY (asset), db, &error));
  g_assert_true (trygg_window_show_page (f->window, "assets"));
  list = trygg_register_page_get_model (TRYGG_REGISTER_PAGE (
      trygg_window_get_page (f->window, "assets")));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  trygg_transfer_start (GTK_WINDOW (f->window), f->app, TRYGG_TRANSFER_EXPORT, file);
  g_assert_nonnull (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (wait_for (no_dialog, NULL));
  g_assert_true (g_file_test (file, G_FILE_TEST_EXISTS));

  g_assert_true (trygg_entity_delete (TRYGG_ENTITY (asset), db, NULL, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  trygg_transfer_start (GTK_WINDOW (f->window), f->app, TRYGG_TRANSFER_IMPORT, file);
  g_assert_true (wait_for (no_dialog, NULL));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM information_asset "
                                  "WHERE name = 'Löneuppgifter'"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
}

/* Ctrl+F: typing without diacritics finds the row, Enter shows it selected on its page. */
static void
test_search_opens_hit (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(TryggProcess) process = trygg_process_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *search;
  GtkWidget *page;
  TryggEntity *selected;

  g_object_set (process, "name", "Överföring av betyg", NULL);
  g_assert_true (trygg_entity_save (TRYGG_ENTITY (process),
                                    trygg_application_get_database (f->app), &error));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  trygg_test_wait_ms (100);
  search = find_toplevel (TRYGG_TYPE_SEARCH_WINDOW);
  g_assert_nonnull (search);

  trygg_search_window_search (TRYGG_SEARCH_WINDOW (search), "overfor");
  g_assert_cmpuint (trygg_search_window_get_n_results (TRYGG_SEARCH_WINDOW (search)), ==, 1);
  g_assert_true (trygg_search_window_activate_first (TRYGG_SEARCH_WINDOW (search)));
  trygg_test_wait_ms (100);

  g_assert_cmpstr (trygg_window_get_page_id (f->window), ==, "organisation");
  page = trygg_organisation_page_show (trygg_window_get_page (f->window, "organisation"),
                                       "processes");
  selected = trygg_register_page_get_selected (TRYGG_REGISTER_PAGE (page));
  g_assert_nonnull (selected);
  g_assert_cmpstr (trygg_entity_get_uuid (selected), ==,
                   trygg_entity_get_uuid (TRYGG_ENTITY (process)));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/window/every-page-opens", Fixture, NULL, fixture_setup, test_every_page_opens,
              fixture_teardown);
  g_test_add ("/window/sidebar-keyboard", Fixture, NULL, fixture_setup, test_sidebar_keyboard,
              fixture_teardown);
  g_test_add ("/window/asset-persists", Fixture, NULL, fixture_setup, test_asset_persists,
              fixture_teardown);
  g_test_add ("/window/undo-restores", Fixture, NULL, fixture_setup, test_undo_restores,
              fixture_teardown);
  g_test_add ("/window/disable-plugin", Fixture, NULL, fixture_setup, test_disable_plugin,
              fixture_teardown);
  g_test_add ("/window/export-import", Fixture, NULL, fixture_setup,
              test_export_import_from_window, fixture_teardown);
  g_test_add ("/window/search-opens-hit", Fixture, NULL, fixture_setup, test_search_opens_hit,
              fixture_teardown);
  return g_test_run ();
}
