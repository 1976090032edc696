/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Organisation page: units (the tree of the municipality), persons, processes and
 * suppliers, one register each, switched by a view switcher.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "trygg-organisation-page.h"
#include "trygg-registers.h"

static const struct {
  const char  *name;
  const char  *title;
  const char  *icon_name;
  GtkWidget *(*create) (TryggDatabase *db);
} parts[] = {
  { "units", N_("Units"), "system-users-symbolic", trygg_registers_new_units_page },
  { "persons", N_("Persons"), "avatar-default-symbolic", trygg_registers_new_persons_page },
  { "processes", N_("Processes"), "media-playlist-repeat-symbolic",
    trygg_registers_new_processes_page },
  { "suppliers", N_("Suppliers"), "emblem-shared-symbolic", trygg_registers_new_suppliers_page },
};

GtkWidget *
trygg_organisation_page_new (TryggDatabase *db)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *stack = adw_view_stack_new ();
  GtkWidget *switcher = adw_view_switcher_new ();
  GtkWidget *bar = gtk_center_box_new ();

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      AdwViewStackPage *page = adw_view_stack_add_titled (ADW_VIEW_STACK (stack),
                                                          parts[i].create (db), parts[i].name,
                                                          _(parts[i].title));
      adw_view_stack_page_set_icon_name (page, parts[i].icon_name);
    }
  gtk_widget_set_vexpand (stack, TRUE);

  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_STACK (stack));
  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_SWITCHER_POLICY_WIDE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (switcher), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Parts of the organisation"), -1);
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (bar), switcher);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), stack);
  g_object_set_data (G_OBJECT (box), "trygg-stack", stack);
  return box;
}

/* Shows one part ("units", "persons", "processes", "suppliers") and returns its register. */
GtkWidget *
trygg_organisation_page_show (GtkWidget  *page,
                              const char *part)
{
  AdwViewStack *stack = g_object_get_data (G_OBJECT (page), "trygg-stack");

  adw_view_stack_set_visible_child_name (stack, part);
  return adw_view_stack_get_child_by_name (stack, part);
}
