/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The action plan's card on the Overview page: this year's activities by status and how many
 * are late. The whole card is a button to the action plan page (`win.show-page`), and it
 * follows the database as it changes.
 */
#define G_LOG_DOMAIN "trygg-actionplan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "actionplan-card.h"
#include "actionplan-model.h"
#include "actionplan-status-badge.h"

static void
refresh (GtkWidget *button)
{
  TryggDatabase *db = g_object_get_data (G_OBJECT (button), "trygg-database");
  guint counts[TRYGG_ACTIONPLAN_N_STATUSES];
  guint late = 0, total;
  int year;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  g_autofree char *title = NULL;
  g_autofree char *number = NULL;
  g_autoptr(GString) accessible = g_string_new (NULL);
  GtkWidget *label;

  trygg_actionplan_current_quarter (&year);
  total = trygg_actionplan_count_year (db, year, NULL, counts, &late);

  title = g_strdup_printf (_("Action plan %d"), year);
  label = gtk_label_new (title);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  number = g_strdup_printf ("%u", total);
  label = gtk_label_new (number);
  gtk_widget_add_css_class (label, "title-1");
  gtk_box_append (GTK_BOX (box), label);
  label = gtk_label_new (g_dngettext (GETTEXT_PACKAGE, "activity", "activities", total));
  gtk_box_append (GTK_BOX (box), label);
  g_string_append_printf (accessible, g_dngettext (GETTEXT_PACKAGE,
                                                   "%s: %u activity", "%s: %u activities",
                                                   total), title, total);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_widget_set_halign (grid, GTK_ALIGN_CENTER);
  for (guint i = 0, row = 0; i < TRYGG_ACTIONPLAN_N_STATUSES; i++)
    if (counts[i] > 0)
      {
        g_autofree char *count = g_strdup_printf ("%u", counts[i]);
        GtkWidget *badge = trygg_actionplan_status_badge_new (trygg_actionplan_statuses[i].value,
                                                              FALSE);
        GtkWidget *n = gtk_label_new (count);

        gtk_widget_set_halign (badge, GTK_ALIGN_START);
        gtk_label_set_xalign (GTK_LABEL (n), 1);
        gtk_widget_add_css_class (n, "numeric");
        gtk_grid_attach (GTK_GRID (grid), badge, 0, (int) row, 1, 1);
        gtk_grid_attach (GTK_GRID (grid), n, 1, (int) row++, 1, 1);
        g_string_append_printf (accessible, ", %s %u", _(trygg_actionplan_statuses[i].label),
                                counts[i]);
      }
  if (total > 0)
    gtk_box_append (GTK_BOX (box), grid);
  else
    g_object_unref (g_object_ref_sink (grid));

  if (late > 0)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u late",
                                                            "%u late", late), late);
      GtkWidget *icon = gtk_image_new_from_icon_name ("task-past-due-symbolic");

      label = gtk_label_new (text);
      gtk_widget_add_css_class (label, "error");
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_halign (row, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (row), icon);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (box), row);
      g_string_append_printf (accessible, ", %s", text);
    }
  else if (total == 0)
    {
      label = gtk_label_new (_("Nothing planned yet"));
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible->str, -1);
}

static void
on_database_changed (TryggDatabase *db,
                     const char    *table,
                     GtkWidget     *button)
{
  if (g_str_equal (table, "actionplan_item") || g_str_equal (table, "action"))
    refresh (button);
}

/* Returns: (transfer full): the card for the Overview page */
GtkWidget *
trygg_actionplan_card_new (TryggDatabase *db)
{
  GtkWidget *button = gtk_button_new ();

  trygg_actionplan_load_css ();
  g_object_set_data_full (G_OBJECT (button), "trygg-database", g_object_ref (db),
                          g_object_unref);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_set_size_request (button, 180, 110);
  gtk_widget_set_tooltip_text (button, _("Open the action plan"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-page");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string ("actionplan"));
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed), button, 0);
  refresh (button);
  return button;
}
