/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The links part of a TryggForm: the rows of another register linked to the edited one (the
 * systems that hold an asset, what a process uses), each with a remove button, and a combo
 * row to add one. A link is saved at once, in a transaction of its own.
 */
#define G_LOG_DOMAIN "trygg-form"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "trygg-form-private.h"
#include "trygg-toast.h"

typedef struct {
  TryggDatabase    *db;
  TryggEntity      *entity;
  const TryggField *field;
  GtkWidget        *group;
  GList            *rows;
} Links;

static void rebuild (Links *links);

static void
links_free (gpointer data)
{
  Links *links = data;

  g_list_free (links->rows);
  g_object_unref (links->db);
  g_object_unref (links->entity);
  g_free (links);
}

static void
change_link (Links    *links,
             gint64    other,
             gboolean  add)
{
  g_autoptr(GError) error = NULL;
  gint64 self_id = trygg_entity_get_id (links->entity);
  gint64 left = links->field->link_from_left ? self_id : other;
  gint64 right = links->field->link_from_left ? other : self_id;
  gboolean ok = add ? trygg_links_add (links->db, links->field->link, left, right, &error)
                    : trygg_links_remove (links->db, links->field->link, left, right, &error);

  if (!ok)
    trygg_toast_error (links->group, error->message);
  rebuild (links);
}

static void
on_remove_clicked (GtkButton *button,
                   Links     *links)
{
  gint64 *other = g_object_get_data (G_OBJECT (button), "trygg-other");

  change_link (links, *other, FALSE);
}

static void
on_add_selected (AdwComboRow *row,
                 GParamSpec  *pspec,
                 Links       *links)
{
  TryggEntity *item = adw_combo_row_get_selected_item (row);

  if (item != NULL && trygg_entity_get_id (item) != 0)
    change_link (links, trygg_entity_get_id (item), TRUE);
}

static char *
choice_label (TryggEntity *item)
{
  if (item == NULL)
    return g_strdup ("");
  if (trygg_entity_get_id (item) == 0)
    return g_strdup (_("Choose…"));
  return g_strdup (trygg_entity_get_title (item));
}

static GtkWidget *
make_add_row (Links *links)
{
  GType type = links->field->reference_type ();
  g_autoptr(TryggEntityList) rows = trygg_entity_list_new (links->db, type, "name COLLATE NOCASE");
  g_autoptr(GObject) none = g_object_new (type, NULL);
  GListStore *none_store = g_list_store_new (type);
  GListStore *both = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkFlattenListModel) flat = NULL;
  GtkWidget *row = adw_combo_row_new ();

  g_list_store_append (none_store, none);
  g_list_store_append (both, none_store);
  g_list_store_append (both, rows);
  g_object_unref (none_store);
  adw_combo_row_set_expression (ADW_COMBO_ROW (row),
      gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (choice_label),
                                   NULL, NULL));
  flat = gtk_flatten_list_model_new (G_LIST_MODEL (both));  /* takes both */
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (flat));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Add a link"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(links->field->label), -1);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_add_selected), links);
  return row;
}

static void
rebuild (Links *links)
{
  g_autoptr(GArray) ids = NULL;
  GType type = links->field->reference_type ();

  for (GList *l = links->rows; l != NULL; l = l->next)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (links->group), l->data);
  g_clear_pointer (&links->rows, g_list_free);

  ids = trygg_links_list (links->db, links->field->link, links->field->link_from_left,
                          trygg_entity_get_id (links->entity));
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(TryggEntity) other = trygg_entity_load (links->db, type, id, NULL);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *label = NULL;

      if (other == NULL)
        continue;
      label = g_strdup_printf (_("Remove the link to %s"), trygg_entity_get_title (other));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), trygg_entity_get_title (other));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      g_object_set_data_full (G_OBJECT (remove), "trygg-other", g_memdup2 (&id, sizeof id),
                              g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), links);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (links->group), row);
      links->rows = g_list_append (links->rows, row);
    }
  {
    GtkWidget *add = make_add_row (links);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (links->group), add);
    links->rows = g_list_append (links->rows, add);
  }
}

/* Returns: (transfer floating): a preferences group of the rows linked to @entity */
GtkWidget *
trygg_form_make_links (TryggDatabase    *db,
                       TryggEntity      *entity,
                       const TryggField *field)
{
  Links *links = g_new0 (Links, 1);

  links->db = g_object_ref (db);
  links->entity = g_object_ref (entity);
  links->field = field;
  links->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (links->group), _(field->label));
  g_object_set_data_full (G_OBJECT (links->group), "trygg-links", links, links_free);
  rebuild (links);
  return links->group;
}
