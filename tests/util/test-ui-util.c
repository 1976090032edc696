/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers shared by the display tests: the main loop run until idle or for a while (the
 * editors save after a pause), a window with a toast overlay around the widget under test,
 * a window destroyed with a check that what it held went with it, and widgets found by type,
 * widget name or row title, as a user finds a control on screen.
 */
#include "config.h"

#include "test-ui-util.h"

/* GTK for a test under Xvfb, without timing: animations and the blinking cursor run on the
 * frame clock of a virtual screen, where libadwaita 1.2 and GTK 4.8 warn about half-done
 * transitions. */
void
trygg_test_ui_init (int    *argc,
                    char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE,
                "gtk-cursor-blink", FALSE, NULL);
}

/* Iterates the main context until nothing is left to dispatch. */
void
trygg_test_run_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
set_true (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds, then what is pending: long enough for a save
 * that waits for a pause after the last edit, or a search entry's delay. */
void
trygg_test_wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_true, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  trygg_test_run_pending ();
}

/* Returns: (transfer none): a new window of @width × @height, shown, holding @child in an
 * AdwToastOverlay (where the pages show their toasts) */
GtkWidget *
trygg_test_present (GtkWidget *child,
                    int        width,
                    int        height)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), child);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  trygg_test_run_pending ();
  return window;
}

/* Destroys @window; when @child is not %NULL, asserts that it went with the window (nothing
 * else held it, no leak). */
void
trygg_test_destroy_window (GtkWidget *window,
                           GtkWidget *child)
{
  if (child != NULL)
    g_object_add_weak_pointer (G_OBJECT (child), (gpointer *) &child);
  gtk_window_destroy (GTK_WINDOW (window));
  trygg_test_run_pending ();
  g_assert_null (child);
}

/* Returns: (nullable) (transfer none): the first widget under @root, @root included and depth
 * first, that is a @type (GTK_TYPE_WIDGET for any) and, unless @name is %NULL, has the widget
 * name @name */
GtkWidget *
trygg_test_find_widget (GtkWidget  *root,
                        GType       type,
                        const char *name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (name == NULL || g_strcmp0 (gtk_widget_get_name (root), name) == 0))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = trygg_test_find_widget (child, type, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Returns: (nullable) (transfer none): the first row under @root, depth first, that is a
 * @type (an AdwPreferencesRow or a subclass) titled @title, as the user reads it */
GtkWidget *
trygg_test_find_row (GtkWidget  *root,
                     GType       type,
                     const char *title)
{
  g_return_val_if_fail (g_type_is_a (type, ADW_TYPE_PREFERENCES_ROW), NULL);

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = trygg_test_find_row (child, type, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}
