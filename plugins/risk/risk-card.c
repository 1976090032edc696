/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk plugin's card on the Overview page: how many risks are red, how many analyses are
 * not yet approved and how many measures are overdue today, each as a number with words and
 * an icon (never colour alone). The whole card is a button to the risk page
 * (`win.show-page`), and it follows the database as it changes.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-card.h"

static void
add_line (GtkWidget  *grid,
          int         row,
          const char *icon_name,
          gint64      n,
          const char *text,
          gboolean    alert,
          GString    *accessible)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, n);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *count = gtk_label_new (number);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (count), 1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (count, "title-4");
  if (n == 0)
    {
      gtk_widget_add_css_class (icon, "dim-label");
      gtk_widget_add_css_class (count, "dim-label");
      gtk_widget_add_css_class (label, "dim-label");
    }
  else if (alert)
    {
      gtk_widget_add_css_class (icon, "error");
      gtk_widget_add_css_class (count, "error");
      gtk_widget_add_css_class (label, "error");
    }
  gtk_grid_attach (GTK_GRID (grid), icon, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), count, 1, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), label, 2, row, 1, 1);
  g_string_append_printf (accessible, ", %s %s", number, text);
}

static void
refresh (GtkWidget *button)
{
  TryggDatabase *db = g_object_get_data (G_OBJECT (button), "trygg-database");
  TryggRiskOverview overview = { 0, 0, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) accessible = g_string_new (_("Risk analysis"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = gtk_label_new (_("Risk analysis"));

  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);

  if (!trygg_risk_overview (db, NULL, &overview, &error))
    {
      GtkWidget *label = gtk_label_new (error->message);

      g_warning ("The risk card could not count: %s", error->message);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (box), label);
      g_string_append_printf (accessible, ", %s", error->message);
      g_object_unref (g_object_ref_sink (grid));
    }
  else
    {
      gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
      gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
      gtk_widget_set_halign (grid, GTK_ALIGN_CENTER);
      add_line (grid, 0, "dialog-warning-symbolic", overview.red_risks,
                g_dngettext (GETTEXT_PACKAGE, "red risk", "red risks",
                             (gulong) overview.red_risks),
                TRUE, accessible);
      add_line (grid, 1, "document-edit-symbolic", overview.unapproved_analyses,
                g_dngettext (GETTEXT_PACKAGE, "analysis not approved",
                             "analyses not approved", (gulong) overview.unapproved_analyses),
                FALSE, accessible);
      add_line (grid, 2, "task-past-due-symbolic", overview.overdue_measures,
                g_dngettext (GETTEXT_PACKAGE, "measure overdue", "measures overdue",
                             (gulong) overview.overdue_measures),
                TRUE, accessible);
      gtk_box_append (GTK_BOX (box), grid);
    }

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible->str, -1);
  g_object_set_data_full (G_OBJECT (button), "trygg-summary",
                          g_strdup (accessible->str), g_free);
}

static void
on_database_changed (TryggDatabase *db,
                     const char    *table,
                     GtkWidget     *button)
{
  if (g_str_has_prefix (table, "risk") || g_str_equal (table, "action"))
    refresh (button);
}

/**
 * trygg_risk_card_new:
 *
 * Returns: (transfer floating): the risk card for the Overview page
 */
GtkWidget *
trygg_risk_card_new (TryggDatabase *db)
{
  GtkWidget *button = gtk_button_new ();

  g_object_set_data_full (G_OBJECT (button), "trygg-database", g_object_ref (db),
                          g_object_unref);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_set_size_request (button, 180, 110);
  gtk_widget_set_tooltip_text (button, _("Open the risk analyses"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-page");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string ("risk"));
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed), button, 0);
  refresh (button);
  return button;
}
