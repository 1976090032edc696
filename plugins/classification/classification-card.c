/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The classification's card on the Overview page: how many information assets are
 * classified, how many reviews are overdue and how many required measures are not met (or
 * only partly met). What needs attention is said in words with an icon, not only in colour.
 * The whole card is a button to the Classification page (`win.show-page`), and it follows
 * the database as it changes.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-card.h"
#include "classification-followup.h"

#define PAGE_ID "classification"

/* A line of the card: an icon and a text; @css_class colours both */
static GtkWidget *
make_line (const char *icon_name,
           const char *text,
           const char *css_class)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  if (css_class != NULL)
    {
      gtk_widget_add_css_class (icon, css_class);
      gtk_widget_add_css_class (label, css_class);
    }
  gtk_widget_set_halign (row, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), label);
  return row;
}

static void
append (GtkWidget  *box,
        GString    *accessible,
        GtkWidget  *line,
        const char *text)
{
  gtk_box_append (GTK_BOX (box), line);
  g_string_append_printf (accessible, ", %s", text);
}

static void
refresh (GtkWidget *button)
{
  TryggDatabase *db = g_object_get_data (G_OBJECT (button), "trygg-database");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autoptr(GString) accessible = g_string_new (_("Classification"));
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *classified = NULL;
  TryggClassificationStats stats;
  GtkWidget *label;

  label = gtk_label_new (_("Classification"));
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  if (!trygg_classification_count (db, &stats, &error))
    {
      append (box, accessible, make_line ("dialog-error-symbolic", error->message, "error"),
              error->message);
      goto done;
    }

  number = g_strdup_printf ("%u", stats.classified);
  label = gtk_label_new (number);
  gtk_widget_add_css_class (label, "title-1");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), label);
  /* Translators: the number of classified information assets, then the number of all */
  classified = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u of %u information asset classified",
                                             "%u of %u information assets classified",
                                             stats.assets),
                                stats.classified, stats.assets);
  label = gtk_label_new (classified);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  g_string_append_printf (accessible, ": %s", classified);

  if (stats.reviews_overdue > 0)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u review overdue",
                                      "%u reviews overdue", stats.reviews_overdue),
                         stats.reviews_overdue);
      append (box, accessible, make_line ("task-past-due-symbolic", text, "error"), text);
    }
  if (stats.unmet > 0)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requirement not met or partly met",
                                      "%u requirements not met or partly met", stats.unmet),
                         stats.unmet);
      append (box, accessible, make_line ("dialog-warning-symbolic", text, "warning"), text);
    }
  if (stats.assets > 0 && stats.classified < stats.assets)
    {
      guint left = stats.assets - stats.classified;
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u not classified yet",
                                      "%u not classified yet", left), left);
      append (box, accessible, make_line ("dialog-information-symbolic", text, "dim-label"),
              text);
    }
  else if (stats.assets > 0 && stats.reviews_overdue == 0 && stats.unmet == 0)
    {
      const char *text = _("Everything classified and up to date");
      append (box, accessible, make_line ("emblem-ok-symbolic", text, "success"), text);
    }

done:
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible->str, -1);
}

static gboolean
refresh_idle (gpointer data)
{
  GtkWidget *button = data;

  g_object_steal_data (G_OBJECT (button), "trygg-idle");
  refresh (button);
  return G_SOURCE_REMOVE;
}

static void
remove_idle (gpointer id)
{
  g_source_remove (GPOINTER_TO_UINT (id));
}

static void
on_database_changed (TryggDatabase *db,
                     const char    *table,
                     GtkWidget     *button)
{
  guint id;

  if (!g_str_has_prefix (table, "classification") && !g_str_equal (table, "information_asset"))
    return;
  if (g_object_get_data (G_OBJECT (button), "trygg-idle") != NULL)
    return;
  /* one refresh for all the tables a transaction touched */
  id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle, button, NULL);
  g_object_set_data_full (G_OBJECT (button), "trygg-idle", GUINT_TO_POINTER (id), remove_idle);
}

/* Returns: (transfer floating): the card for the Overview page */
GtkWidget *
trygg_classification_card_new (TryggDatabase *db)
{
  GtkWidget *button = gtk_button_new ();

  g_object_set_data_full (G_OBJECT (button), "trygg-database", g_object_ref (db),
                          g_object_unref);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_set_size_request (button, 180, 110);
  gtk_widget_set_tooltip_text (button, _("Open the classification"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-page");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (PAGE_ID));
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed), button, 0);
  refresh (button);
  return button;
}
