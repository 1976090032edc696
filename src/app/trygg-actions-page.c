/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggActionsPage: the one action tracker, sorted by due date, with filters: mine (the
 * person whose user name is this computer's user), overdue, by status and by the plugin
 * that created the action.
 */
#define G_LOG_DOMAIN "trygg-actions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "trygg-actions-page.h"
#include "trygg-plugins.h"
#include "trygg-registers.h"

struct _TryggActionsPage
{
  GtkWidget          parent_instance;
  TryggRegisterPage *register_page;
  GtkDropDown       *show;
  GtkDropDown       *status;
  GtkDropDown       *source;
  GStrv              sources;  /* module names, in the order of the source drop-down after "all" */
};

G_DEFINE_FINAL_TYPE (TryggActionsPage, trygg_actions_page, GTK_TYPE_WIDGET)

static const char * const show_values[] = { "all", "mine", "overdue", NULL };

static void
update_filter (TryggActionsPage *self)
{
  guint show = gtk_drop_down_get_selected (self->show);
  guint status = gtk_drop_down_get_selected (self->status);
  guint source = gtk_drop_down_get_selected (self->source);
  g_autoptr(GString) where = g_string_new (NULL);
  g_autoptr(GStrvBuilder) params = g_strv_builder_new ();
  g_auto(GStrv) param_array = NULL;

#define AND() if (where->len) g_string_append (where, " AND ")
  if (show == 1)
    {
      g_string_append (where, "responsible_id IN (SELECT id FROM person WHERE username = ?)");
      g_strv_builder_add (params, g_get_user_name ());
    }
  else if (show == 2)
    g_string_append (where, "due_sort < date('now', 'localtime') "
                            "AND status NOT IN ('done', 'cancelled')");
  if (status > 0 && status != GTK_INVALID_LIST_POSITION)
    {
      AND ();
      g_string_append (where, "status = ?");
      g_strv_builder_add (params, trygg_action_statuses[status - 1].value);
    }
  if (source > 0 && source != GTK_INVALID_LIST_POSITION)
    {
      AND ();
      g_string_append (where, "source_plugin = ?");
      g_strv_builder_add (params, self->sources[source - 1]);
    }
#undef AND
  param_array = g_strv_builder_end (params);
  trygg_register_page_set_extra_filter (self->register_page, where->len ? where->str : NULL,
                                        (const char * const *) param_array);
}

static GtkDropDown *
make_drop_down (TryggActionsPage *self,
                GtkStringList    *items,
                const char       *label)
{
  GtkWidget *drop_down = gtk_drop_down_new (G_LIST_MODEL (items), NULL);

  gtk_widget_set_hexpand (drop_down, TRUE);
  gtk_widget_set_tooltip_text (drop_down, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  g_signal_connect_swapped (drop_down, "notify::selected", G_CALLBACK (update_filter), self);
  return GTK_DROP_DOWN (drop_down);
}

/* Selects the filters by value: show "all", "mine" or "overdue"; status and source by their
 * stored values, NULL for any. Used by the Overview cards. */
void
trygg_actions_page_set_filter (TryggActionsPage *self,
                               const char       *show,
                               const char       *status,
                               const char       *source)
{
  guint i;

  for (i = 0; show != NULL && show_values[i] != NULL; i++)
    if (g_str_equal (show_values[i], show))
      gtk_drop_down_set_selected (self->show, i);
  gtk_drop_down_set_selected (self->status, 0);
  for (i = 0; status != NULL && trygg_action_statuses[i].value != NULL; i++)
    if (g_str_equal (trygg_action_statuses[i].value, status))
      gtk_drop_down_set_selected (self->status, i + 1);
  gtk_drop_down_set_selected (self->source, 0);
  for (i = 0; source != NULL && self->sources[i] != NULL; i++)
    if (g_str_equal (self->sources[i], source))
      gtk_drop_down_set_selected (self->source, i + 1);
}

static void
trygg_actions_page_dispose (GObject *object)
{
  TryggActionsPage *self = TRYGG_ACTIONS_PAGE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->sources, g_strfreev);
  G_OBJECT_CLASS (trygg_actions_page_parent_class)->dispose (object);
}

static void
trygg_actions_page_class_init (TryggActionsPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_actions_page_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
trygg_actions_page_init (TryggActionsPage *self)
{
}

/**
 * trygg_actions_page_new:
 * @plugins: (element-type TryggPluginDescription): the plugins, to name the sources
 */
GtkWidget *
trygg_actions_page_new (TryggDatabase *db,
                        GPtrArray     *plugins)
{
  TryggActionsPage *self = g_object_new (TRYGG_TYPE_ACTIONS_PAGE, NULL);
  GtkStringList *show = gtk_string_list_new (NULL);
  GtkStringList *status = gtk_string_list_new (NULL);
  GtkStringList *source = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) modules = g_strv_builder_new ();
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *row2 = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->register_page = TRYGG_REGISTER_PAGE (trygg_registers_new_actions_page (db));
  gtk_widget_set_parent (GTK_WIDGET (self->register_page), GTK_WIDGET (self));

  gtk_string_list_append (show, _("All actions"));
  gtk_string_list_append (show, _("Mine"));
  gtk_string_list_append (show, _("Overdue"));
  gtk_string_list_append (status, _("Any status"));
  for (guint i = 0; trygg_action_statuses[i].value != NULL; i++)
    gtk_string_list_append (status, _(trygg_action_statuses[i].label));
  gtk_string_list_append (source, _("Any source"));
  gtk_string_list_append (source, _("Entered in Actions"));
  g_strv_builder_add (modules, "core");
  for (guint i = 0; plugins != NULL && i < plugins->len; i++)
    {
      TryggPluginDescription *d = g_ptr_array_index (plugins, i);
      gtk_string_list_append (source, d->name);
      g_strv_builder_add (modules, d->module);
    }
  self->sources = g_strv_builder_end (modules);

  self->show = make_drop_down (self, show, _("Which actions"));
  self->status = make_drop_down (self, status, _("Status"));
  self->source = make_drop_down (self, source, _("Source"));
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->show));
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->status));
  gtk_box_append (GTK_BOX (row2), GTK_WIDGET (self->source));
  trygg_register_page_add_filter (self->register_page, row);
  trygg_register_page_add_filter (self->register_page, row2);
  return GTK_WIDGET (self);
}

GtkWidget *
trygg_actions_page_get_register (TryggActionsPage *self)
{
  return GTK_WIDGET (self->register_page);
}
