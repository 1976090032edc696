/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 4 end to end, as a coordinator does it in the demo municipality with the real
 * plugins of the build tree: open a demo asset on the Classification page, classify it with
 * the guided editor, and see its profile and the inherited levels of a system that holds it
 * change; then mark a requirement "not met" and make it an action in the tracker.
 *
 * The plugins are loaded as modules, so their widgets are found as a user finds them: by
 * widget name, accessible label and action, not by their C types.
 */
#include "config.h"

#include <adwaita.h>

#include "test-util.h"
#include "trygg-application.h"
#include "trygg-demo.h"
#include "trygg-window.h"

#define ASSET  "Elevregister"
#define SYSTEM "Skolplattform"

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
find_widget (GtkWidget  *root,
             gboolean  (*match) (GtkWidget *widget, gconstpointer data),
             gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_name (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0 && gtk_widget_get_mapped (widget);
}

static gboolean
has_type_name (GtkWidget     *widget,
               gconstpointer  type_name)
{
  return g_strcmp0 (G_OBJECT_TYPE_NAME (widget), type_name) == 0 &&
         gtk_widget_get_mapped (widget);
}

/* A row of the system section: "Confidentiality 4 (…)", from the asset */
static gboolean
is_inherited_row (GtkWidget     *widget,
                  gconstpointer  title_prefix)
{
  const char *subtitle;

  if (!ADW_IS_EXPANDER_ROW (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;
  subtitle = adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (widget));
  return g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                           title_prefix) &&
         subtitle != NULL && strstr (subtitle, ASSET) != NULL;
}

static GtkWindow *
find_toplevel (const char *type_name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (g_strcmp0 (G_OBJECT_TYPE_NAME (window), type_name) == 0 &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static void
test_classify_demo_asset (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggApplication) app = trygg_application_new ();
  g_autofree char *first = g_build_filename (g_get_user_data_dir (), "first.db", NULL);
  g_autofree char *asset_uuid = NULL;
  g_autofree char *aspect_uuid = NULL;
  g_autofree char *system_uuid = NULL;
  g_autoptr(TryggDatabase) demo = NULL;
  TryggDatabase *db;
  TryggWindow *window;
  GtkWidget *page, *editor, *badges, *systems, *dropdown, *button;
  gint64 version, area, actions;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  /* the application's plugins make the demo, then the application opens it */
  g_assert_true (trygg_application_prepare (app, first, &error));
  demo = trygg_demo_create (trygg_application_get_plugins (app), &error);
  g_assert_no_error (error);
  g_clear_object (&demo);
  g_assert_true (trygg_application_prepare (app, trygg_demo_path (), &error));
  db = trygg_application_get_database (app);

  asset_uuid = trygg_test_query_text (db, "SELECT uuid FROM information_asset WHERE name = ?",
                                      ASSET);
  system_uuid = trygg_test_query_text (db, "SELECT uuid FROM system WHERE name = ?", SYSTEM);
  g_assert_nonnull (asset_uuid);
  g_assert_nonnull (system_uuid);
  g_assert_cmpint (trygg_test_query_int (db,
      "SELECT count(*) FROM asset_system JOIN information_asset a ON a.id = asset_id "
      "JOIN system s ON s.id = system_id WHERE a.name = 'Elevregister' AND s.uuid = ?",
      system_uuid), ==, 1);
  version = trygg_test_query_int (db,
      "SELECT max(c.version) FROM classification c JOIN information_asset a "
      "ON a.id = c.asset_id WHERE a.uuid = ?", asset_uuid);
  g_assert_cmpint (version, >=, 1);
  /* the demo holds no K4 yet, so a K4 seen afterwards came from this classification */
  g_assert_cmpint (trygg_test_query_int (db,
      "SELECT count(*) FROM classification_aspect WHERE aspect = ? AND level = 4",
      "confidentiality"), ==, 0);
  aspect_uuid = trygg_test_query_text (db,
      "SELECT ca.uuid FROM classification_aspect ca JOIN classification c "
      "ON c.id = ca.classification_id JOIN information_asset a ON a.id = c.asset_id "
      "WHERE a.uuid = ? ORDER BY c.version DESC LIMIT 1", asset_uuid);
  area = trygg_test_query_int (db, "SELECT id FROM classification_area WHERE active = ? "
                                   "ORDER BY id LIMIT 1", "1");

  window = trygg_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  iterate (300);

  /* the Classification page, the asset chosen (as a search hit on its rationale opens it) */
  g_assert_true (trygg_window_open_row (window, "classification_aspect",
                                        "classification_rationale", aspect_uuid));
  iterate (300);
  g_assert_cmpstr (trygg_window_get_page_id (window), ==, "classification");
  page = trygg_window_get_page (window, "classification");

  /* Classify…: the guided editor opens, filled in from the current version */
  g_assert_true (gtk_widget_activate_action (page, "classification.classify", NULL));
  iterate (300);
  editor = GTK_WIDGET (find_toplevel ("TryggClassificationEditor"));
  g_assert_nonnull (editor);
  {
    g_autofree char *name = g_strdup_printf ("level-confidentiality-%" G_GINT64_FORMAT "-4",
                                             area);
    GtkWidget *level4 = find_widget (editor, has_name, name);
    g_assert_nonnull (level4);
    g_signal_emit_by_name (level4, "clicked");
    iterate (50);
    g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (level4)));
  }
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_true (gtk_widget_activate_action (editor, "editor.save", NULL));
  iterate (300);
  g_assert_null (editor);   /* saved and closed */

  /* a new version, confidentiality 4 */
  g_assert_cmpint (trygg_test_query_int (db,
      "SELECT max(c.version) FROM classification c JOIN information_asset a "
      "ON a.id = c.asset_id WHERE a.uuid = ?", asset_uuid), ==, version + 1);
  g_assert_cmpint (trygg_test_query_int (db,
      "SELECT ca.level FROM classification_aspect ca JOIN classification c "
      "ON c.id = ca.classification_id JOIN information_asset a ON a.id = c.asset_id "
      "WHERE a.uuid = ? AND ca.aspect = 'confidentiality' ORDER BY c.version DESC LIMIT 1",
      asset_uuid), ==, 4);

  /* the page's badges say K4, in words for a screen reader too */
  badges = find_widget (page, has_type_name, "TryggClassificationBadges");
  g_assert_nonnull (badges);
  {
    g_autofree char *profile = trygg_test_query_text (db,
        "SELECT 'Classification K' || max(CASE aspect WHEN 'confidentiality' THEN level END) "
        "|| ' R' || max(CASE aspect WHEN 'integrity' THEN level END) "
        "|| ' T' || max(CASE aspect WHEN 'availability' THEN level END) "
        "FROM classification_aspect WHERE classification_id = (SELECT c.id FROM "
        "classification c JOIN information_asset a ON a.id = c.asset_id WHERE a.uuid = ? "
        "ORDER BY c.version DESC LIMIT 1)", asset_uuid);
    g_assert_true (g_str_has_prefix (profile, "Classification K4 "));
    gtk_test_accessible_assert_property (badges, GTK_ACCESSIBLE_PROPERTY_LABEL, profile);
  }

  /* the system that holds it now inherits confidentiality 4, from this asset */
  g_assert_true (trygg_window_open_row (window, "system", "", system_uuid));
  iterate (300);
  systems = trygg_window_get_page (window, "systems");
  g_assert_nonnull (find_widget (systems, is_inherited_row, "Confidentiality 4"));

  /* back on the asset: the first requirement its profile calls for, marked "not met", made
   * an action in the shared tracker with one click */
  g_assert_true (trygg_window_open_row (window, "classification_aspect",
                                        "classification_rationale", aspect_uuid));
  iterate (300);
  actions = trygg_test_query_int (db, "SELECT count(*) FROM action WHERE source_plugin = ?",
                                  "classification");
  dropdown = find_widget (page, has_name, "status-AC-01");
  g_assert_nonnull (dropdown);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 3);   /* Not met */
  iterate (300);
  button = find_widget (page, has_name, "make-action-AC-01");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  iterate (300);
  g_assert_cmpint (trygg_test_query_int (db,
      "SELECT count(*) FROM action WHERE source_plugin = ?", "classification"), ==, actions + 1);
  g_assert_cmpint (trygg_test_query_int (db,
      "SELECT count(*) FROM classification_fulfilment f JOIN action ac ON ac.id = f.action_id "
      "JOIN information_asset a ON a.id = f.asset_id WHERE a.uuid = ? "
      "AND f.status = 'not_met' AND ac.source_uuid = f.uuid", asset_uuid), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (100);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = trygg_test_make_dir ();
  int status;

  /* the demo database lives under XDG_DATA_HOME: a temporary folder for this run */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/classify-demo/asset-profile-system-action", test_classify_demo_asset);
  status = g_test_run ();
  trygg_test_remove_dir (data_home);
  return status;
}
