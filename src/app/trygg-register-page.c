/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRegisterPage: the list + detail page of one register (information assets, systems,
 * units, persons, actions …), configured by a TryggRegisterKind.
 *
 * The list is a GtkListView over a TryggEntityList: virtualised, it loads only the rows that
 * are shown. The detail is a TryggForm that saves as you type. Delete asks nothing and offers
 * Undo in a toast instead; Undo plays the delete's change-log entries back.
 *
 * Below the form come the sections plugins give through the section extension point (e.g.
 * an asset's classification); each has an "entity" property that follows the shown row.
 * With trygg_register_page_watch_sections() they come and go with their plugins.
 */
#define G_LOG_DOMAIN "trygg-register-page"

#include "config.h"

#include <glib/gi18n.h>

#include "trygg-register-page-private.h"

G_DEFINE_FINAL_TYPE (TryggRegisterPage, trygg_register_page, GTK_TYPE_WIDGET)

static const char *
title_property (TryggRegisterPage *self)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (self->kind->entity_type ());
  return TRYGG_ENTITY_CLASS (klass)->title_property;
}

/* The list: a title and a subtitle per row, kept current while the row is edited. */
static void
update_row (GtkListItem *item)
{
  TryggRegisterPage *self = g_object_get_data (G_OBJECT (item), "trygg-page");
  TryggEntity *entity = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  const char *text = trygg_entity_get_title (entity);
  g_autofree char *sub = self->kind->subtitle ? self->kind->subtitle (entity, self->db) : NULL;

  gtk_label_set_text (GTK_LABEL (title), *text ? text : _("(untitled)"));
  gtk_label_set_text (GTK_LABEL (subtitle), sub ? sub : "");
  gtk_widget_set_visible (subtitle, sub != NULL && *sub != '\0');
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           TryggRegisterPage        *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
  g_object_set_data (G_OBJECT (item), "trygg-page", self);
}

static void
on_row_entity_notify (TryggEntity *entity,
                      GParamSpec  *pspec,
                      GtkListItem *item)
{
  if (pspec->owner_type != TRYGG_TYPE_ENTITY)
    update_row (item);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          TryggRegisterPage        *self)
{
  TryggEntity *entity = gtk_list_item_get_item (item);

  update_row (item);
  g_object_set_data (G_OBJECT (item), "trygg-notify", GSIZE_TO_POINTER (
      g_signal_connect_object (entity, "notify", G_CALLBACK (on_row_entity_notify), item, 0)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_list_item_get_child (item)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  trygg_entity_get_title (entity), -1);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            TryggRegisterPage        *self)
{
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), "trygg-notify"));

  if (handler != 0)
    g_signal_handler_disconnect (gtk_list_item_get_item (item), handler);
  g_object_set_data (G_OBJECT (item), "trygg-notify", NULL);
}

static void
update_detail_title (TryggRegisterPage *self)
{
  TryggEntity *entity = trygg_form_get_entity (self->form);
  const char *title = entity ? trygg_entity_get_title (entity) : "";

  gtk_label_set_text (self->detail_title, *title ? title : _("(untitled)"));
}

static void
on_title_notify (TryggRegisterPage *self)
{
  update_detail_title (self);
}

static void
show_entity (TryggRegisterPage *self,
             TryggEntity       *entity)
{
  TryggEntity *old = trygg_form_get_entity (self->form);
  g_autofree char *notify = NULL;

  if (old == entity)
    return;
  if (old != NULL)
    g_clear_signal_handler (&self->title_notify, old);
  trygg_form_set_entity (self->form, entity);
  trygg_register_page_update_sections (self, entity);
  gtk_stack_set_visible_child_name (self->detail_stack, entity ? "detail" : "none");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.delete", entity != NULL);
  if (entity == NULL)
    return;
  notify = g_strconcat ("notify::", title_property (self), NULL);
  self->title_notify = g_signal_connect_swapped (entity, notify, G_CALLBACK (on_title_notify),
                                                 self);
  update_detail_title (self);
}

static void
on_selection_changed (TryggRegisterPage *self)
{
  TryggEntity *entity = gtk_single_selection_get_selected_item (self->selection);

  if (entity != NULL)
    show_entity (self, entity);
}

static void
update_list_state (TryggRegisterPage *self)
{
  gboolean filtered = *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0' ||
                      self->extra_where != NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));

  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : filtered ? "no-match"
                                                                                 : "empty");
}

/* After the list changed (a rename re-sorted it, an undo brought a row back), keep the row the
 * form shows selected. */
static void
on_items_changed (TryggRegisterPage *self)
{
  TryggEntity *current = trygg_form_get_entity (self->form);
  guint position;

  update_list_state (self);
  if (current == NULL)
    return;
  position = trygg_entity_list_find (self->model, trygg_entity_get_id (current));
  if (position == G_MAXUINT)
    show_entity (self, NULL);
  else if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
}

static void
apply_filter (TryggRegisterPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GStrvBuilder) params = g_strv_builder_new ();
  g_autoptr(GString) where = g_string_new (NULL);
  g_auto(GStrv) param_array = NULL;

  if (*text != '\0')
    {
      g_string_append_printf (where, "\"%s\" LIKE '%%' || ? || '%%' ESCAPE '\\'",
                              title_property (self));
      {
        g_autoptr(GString) escaped = g_string_new (text);
        g_string_replace (escaped, "\\", "\\\\", 0);
        g_string_replace (escaped, "%", "\\%", 0);
        g_string_replace (escaped, "_", "\\_", 0);
        g_strv_builder_add (params, escaped->str);
      }
    }
  if (self->extra_where != NULL)
    {
      g_string_append_printf (where, "%s(%s)", where->len ? " AND " : "", self->extra_where);
      if (self->extra_params != NULL)
        g_strv_builder_addv (params, (const char **) self->extra_params);
    }
  param_array = g_strv_builder_end (params);
  trygg_entity_list_set_filter (self->model, where->len ? where->str : NULL,
                                (const char * const *) param_array);
  update_list_state (self);
}

static void
on_search_changed (TryggRegisterPage *self)
{
  apply_filter (self);
}

static void
on_list_activate (TryggRegisterPage *self,
                  guint              position)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  trygg_form_focus_first (self->form);
}

static void
on_detail_back (TryggRegisterPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_error (TryggRegisterPage *self,
            const GError      *error)
{
  trygg_toast_error (GTK_WIDGET (self), error->message);
}

gboolean
trygg_register_page_select_id (TryggRegisterPage *self,
                               gint64             id)
{
  guint position = trygg_entity_list_find (self->model, id);

  if (position == G_MAXUINT && (self->extra_where != NULL ||
                                *gtk_editable_get_text (GTK_EDITABLE (self->search_entry))))
    {
      /* the row is hidden by a filter: clear it */
      g_clear_pointer (&self->extra_where, g_free);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      apply_filter (self);
      position = trygg_entity_list_find (self->model, id);
    }
  if (position == G_MAXUINT)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  show_entity (self, gtk_single_selection_get_selected_item (self->selection));
  return TRUE;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  TryggRegisterPage *self = TRYGG_REGISTER_PAGE (widget);
  g_autoptr(TryggEntity) entity = g_object_new (self->kind->entity_type (), NULL);
  g_autoptr(GError) error = NULL;

  if (!trygg_form_flush (self->form))
    return;
  g_object_set (entity, title_property (self), _(self->kind->new_title), NULL);
  if (!trygg_entity_save (entity, self->db, &error))
    {
      show_error (self, error);
      return;
    }
  trygg_register_page_select_id (self, trygg_entity_get_id (entity));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  trygg_form_focus_first (self->form);
}

/* Undoes the last delete: the toast's Undo button, Ctrl+Z. */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TryggRegisterPage *self = TRYGG_REGISTER_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->undo_first == 0)
    return;
  if (!trygg_database_revert_changes (self->db, self->undo_first, self->undo_last, &error))
    show_error (self, error);
  else
    trygg_register_page_select_id (self, self->undo_id);
  self->undo_first = self->undo_last = self->undo_id = 0;
  gtk_widget_action_set_enabled (widget, "register.undo", FALSE);
}

static void
on_undo_clicked (AdwToast          *toast,
                 TryggRegisterPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "register.undo", NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TryggRegisterPage *self = TRYGG_REGISTER_PAGE (widget);
  g_autoptr(TryggEntity) entity = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;
  gint64 first, last;

  if (trygg_form_get_entity (self->form) == NULL || !trygg_form_flush (self->form))
    return;
  entity = g_object_ref (trygg_form_get_entity (self->form));
  if (!trygg_entity_delete (entity, self->db, &first, &last, &error))
    {
      show_error (self, error);
      return;
    }
  self->undo_first = first;
  self->undo_last = last;
  self->undo_id = trygg_entity_get_id (entity);
  gtk_widget_action_set_enabled (widget, "register.undo", TRUE);
  show_entity (self, NULL);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);

  message = g_strdup_printf (_(self->kind->deleted_message), trygg_entity_get_title (entity));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), self, 0);
  trygg_toast_add (widget, toast);
}

static void
filter_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TryggRegisterPage *self = TRYGG_REGISTER_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
trygg_register_page_dispose (GObject *object)
{
  TryggRegisterPage *self = TRYGG_REGISTER_PAGE (object);

  if (self->section_watch != NULL)
    trygg_plugins_unwatch (self->plugins, g_steal_pointer (&self->section_watch));
  g_clear_object (&self->plugins);
  if (self->form != NULL)
    show_entity (self, NULL);
  g_ptr_array_set_size (self->sections, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRYGG_TYPE_REGISTER_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->db);
  g_clear_pointer (&self->extra_where, g_free);
  g_clear_pointer (&self->extra_params, g_strfreev);
  G_OBJECT_CLASS (trygg_register_page_parent_class)->dispose (object);
}

static void
trygg_register_page_finalize (GObject *object)
{
  TryggRegisterPage *self = TRYGG_REGISTER_PAGE (object);

  g_ptr_array_unref (self->sections);
  G_OBJECT_CLASS (trygg_register_page_parent_class)->finalize (object);
}

static void
trygg_register_page_class_init (TryggRegisterPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = trygg_register_page_dispose;
  G_OBJECT_CLASS (klass)->finalize = trygg_register_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trygg/Trygg/trygg-register-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TryggRegisterPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TryggRegisterPage, filter_box);
  gtk_widget_class_bind_template_child (widget_class, TryggRegisterPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TryggRegisterPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, TryggRegisterPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TryggRegisterPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, TryggRegisterPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TryggRegisterPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, TryggRegisterPage, none_page);
  gtk_widget_class_bind_template_child (widget_class, TryggRegisterPage, detail_box);
  gtk_widget_class_bind_template_child (widget_class, TryggRegisterPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, TryggRegisterPage, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_back);

  gtk_widget_class_install_action (widget_class, "register.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "register.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "register.filter", NULL, filter_action);
  gtk_widget_class_install_action (widget_class, "register.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "register.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "register.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK,
                                       "register.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "register.filter", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trygg_register_page_init (TryggRegisterPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->sections = g_ptr_array_new ();
}

GtkWidget *
trygg_register_page_new (TryggDatabase           *db,
                         const TryggRegisterKind *kind)
{
  TryggRegisterPage *self = g_object_new (TRYGG_TYPE_REGISTER_PAGE, NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->db = g_object_ref (db);
  self->kind = kind;
  self->model = trygg_entity_list_new (db, kind->entity_type (), kind->order_by);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->model, "items-changed", G_CALLBACK (on_items_changed), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  self->form = TRYGG_FORM (trygg_form_new (db, kind->fields));
  gtk_box_append (self->detail_box, GTK_WIDGET (self->form));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_object_set (self->search_entry, "placeholder-text", _(kind->filter_label), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(kind->filter_label), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(kind->empty_title), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), _(kind->add_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(kind->add_label), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->delete_button), _(kind->delete_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(kind->delete_label), -1);
  adw_status_page_set_title (self->empty_page, _(kind->empty_title));
  adw_status_page_set_description (self->empty_page, _(kind->empty_description));
  adw_status_page_set_icon_name (self->empty_page, kind->empty_icon);
  adw_status_page_set_icon_name (self->none_page, kind->empty_icon);
  adw_status_page_set_title (self->none_page, _("Nothing Selected"));
  adw_status_page_set_description (self->none_page,
                                   _("Choose a row in the list to see and edit it here."));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.delete", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.undo", FALSE);
  update_list_state (self);
  return GTK_WIDGET (self);
}

void
trygg_register_page_add_filter (TryggRegisterPage *self,
                                GtkWidget         *widget)
{
  gtk_box_append (self->filter_box, widget);
}

/* An extra SQL condition (e.g. the Actions page's "overdue"), combined with the text filter. */
void
trygg_register_page_set_extra_filter (TryggRegisterPage  *self,
                                      const char         *where_sql,
                                      const char * const *params)
{
  g_free (self->extra_where);
  g_strfreev (self->extra_params);
  self->extra_where = g_strdup (where_sql);
  self->extra_params = g_strdupv ((char **) params);
  apply_filter (self);
}

TryggEntityList *
trygg_register_page_get_model (TryggRegisterPage *self)
{
  return self->model;
}

TryggEntity *
trygg_register_page_get_selected (TryggRegisterPage *self)
{
  return trygg_form_get_entity (self->form);
}

