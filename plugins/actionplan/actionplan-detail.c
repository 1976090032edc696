/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggActionplanDetail: the detail pane of one activity, saving as you type.
 *
 * Each edit sets the item's property; half a second after the last one the item and its
 * action are saved in one transaction (at once when another activity is chosen or the pane
 * goes away). Changes made elsewhere (the Actions page, an Undo) reach the pane through the
 * item's notifications. A failed save is shown as a toast, in words; the typed value stays.
 */
#define G_LOG_DOMAIN "trygg-actionplan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "actionplan-detail.h"
#include "actionplan-model.h"
#include "actionplan-quarters.h"
#include "trygg-toast.h"

#define SAVE_DELAY_MS 500

struct _TryggActionplanDetail
{
  GtkWidget            parent_instance;

  GtkWidget           *box;
  GtkLabel            *heading;
  AdwEntryRow         *title_row;
  AdwEntryRow         *area_row;
  AdwActionRow        *quarters_row;
  AdwComboRow         *responsible_row;
  AdwActionRow        *due_row;
  AdwComboRow         *status_row;
  AdwEntryRow         *comment_row;
  GtkTextView         *description_view;
  GtkWidget           *area_menu;
  GtkWidget           *quarters;

  TryggDatabase       *db;
  TryggEntityList     *persons;
  GListModel          *person_choices;  /* "Nobody", then the persons */
  TryggActionplanItem *item;
  gulong               notify_id;
  guint                save_source;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (TryggActionplanDetail, trygg_actionplan_detail, GTK_TYPE_WIDGET)

static void
show_error (TryggActionplanDetail *self,
            const char            *message)
{
  trygg_toast_error (GTK_WIDGET (self), message);
}

/* Saves a pending edit now. Returns FALSE when the save failed (a toast said why). */
gboolean
trygg_actionplan_detail_flush (TryggActionplanDetail *self)
{
  g_autoptr(GError) error = NULL;

  if (self->save_source == 0)
    return TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->item == NULL || trygg_actionplan_item_save (self->item, self->db, &error))
    return TRUE;
  show_error (self, error->message);
  return FALSE;
}

static gboolean
save_timeout (gpointer data)
{
  TryggActionplanDetail *self = data;

  trygg_actionplan_detail_flush (self);
  return G_SOURCE_REMOVE;
}

/* Sets a property of the item from an edit of the user's, and schedules the save. */
static void
edit (TryggActionplanDetail *self,
      const char            *property,
      ...)
{
  va_list args;

  if (self->loading || self->item == NULL)
    return;
  va_start (args, property);
  g_object_set_valist (G_OBJECT (self->item), property, args);
  va_end (args);
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout, self);
}

static void
set_text (GtkEditable *editable,
          const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text);
}

static guint
person_position (TryggActionplanDetail *self,
                 gint64                 id)
{
  guint position = id == 0 ? G_MAXUINT : trygg_entity_list_find (self->persons, id);
  return position == G_MAXUINT ? 0 : position + 1;
}

/* Shows the item's values; nothing shown here counts as an edit. */
static void
load (TryggActionplanDetail *self)
{
  TryggActionplanItem *item = self->item;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  g_autofree char *old_description = NULL;
  g_autofree char *due = NULL;
  GtkTextIter start, end;

  if (item == NULL)
    return;
  self->loading = TRUE;
  gtk_label_set_label (self->heading, *trygg_actionplan_item_get_title (item)
                                      ? trygg_actionplan_item_get_title (item)
                                      : _("Untitled activity"));
  set_text (GTK_EDITABLE (self->title_row), trygg_actionplan_item_get_title (item));
  set_text (GTK_EDITABLE (self->area_row), trygg_actionplan_item_get_area (item));
  set_text (GTK_EDITABLE (self->comment_row), trygg_actionplan_item_get_status_comment (item));
  trygg_actionplan_quarters_set_quarters (TRYGG_ACTIONPLAN_QUARTERS (self->quarters),
                                          trygg_actionplan_item_get_quarters (item));
  adw_combo_row_set_selected (self->status_row,
      trygg_actionplan_status_index (trygg_actionplan_item_get_plan_status (item)));
  adw_combo_row_set_selected (self->responsible_row,
      person_position (self, trygg_actionplan_item_get_responsible_id (item)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  old_description = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (old_description, trygg_actionplan_item_get_description (item)) != 0)
    gtk_text_buffer_set_text (buffer, trygg_actionplan_item_get_description (item), -1);
  due = trygg_actionplan_due_text (item);
  adw_action_row_set_subtitle (self->due_row, due);
  self->loading = FALSE;
}

static void
on_item_notify (TryggActionplanDetail *self)
{
  load (self);
}

static void
on_title_changed (TryggActionplanDetail *self)
{
  edit (self, "title", gtk_editable_get_text (GTK_EDITABLE (self->title_row)), NULL);
}

static void
on_area_changed (TryggActionplanDetail *self)
{
  edit (self, "area", gtk_editable_get_text (GTK_EDITABLE (self->area_row)), NULL);
}

static void
on_comment_changed (TryggActionplanDetail *self)
{
  edit (self, "status-comment", gtk_editable_get_text (GTK_EDITABLE (self->comment_row)), NULL);
}

static void
on_description_changed (TryggActionplanDetail *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->loading)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  edit (self, "description", text, NULL);
}

static void
on_status_selected (TryggActionplanDetail *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (selected < TRYGG_ACTIONPLAN_N_STATUSES)
    edit (self, "plan-status", trygg_actionplan_statuses[selected].value, NULL);
}

static void
on_responsible_selected (TryggActionplanDetail *self)
{
  TryggEntity *person = adw_combo_row_get_selected_item (self->responsible_row);

  if (person != NULL)
    edit (self, "responsible-id", trygg_entity_get_id (person), NULL);
}

static void
on_quarters_changed (TryggActionplanDetail *self,
                     guint                  quarters)
{
  edit (self, "quarters", quarters, NULL);
}

static void
on_quarters_refused (TryggActionplanDetail *self)
{
  show_error (self, _("An activity needs at least one quarter."));
}

/* Persons were added or renamed: the choice follows the item, not the position. */
static void
on_persons_changed (TryggActionplanDetail *self)
{
  if (self->item == NULL)
    return;
  self->loading = TRUE;
  adw_combo_row_set_selected (self->responsible_row,
      person_position (self, trygg_actionplan_item_get_responsible_id (self->item)));
  self->loading = FALSE;
}

static char *
person_label (TryggEntity *person)
{
  if (person == NULL)
    return g_strdup ("");
  if (trygg_entity_get_id (person) == 0)
    /* Translators: the choice of no responsible person */
    return g_strdup (C_("responsible", "Nobody"));
  return g_strdup (trygg_entity_get_title (person));
}

static void
create_area_popup (GtkMenuButton *button,
                   gpointer       data)
{
  TryggActionplanDetail *self = data;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_auto(GStrv) areas = self->db ? trygg_actionplan_list_areas (self->db) : NULL;

  for (guint i = 0; areas != NULL && areas[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) entry = g_menu_item_new (areas[i], NULL);
      g_menu_item_set_action_and_target_value (entry, "detail.set-area",
                                               g_variant_new_string (areas[i]));
      g_menu_append_item (menu, entry);
    }
  if (areas == NULL || areas[0] == NULL)
    g_menu_append (menu, _("No areas yet: type one"), "detail.none");
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
set_area_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  TryggActionplanDetail *self = TRYGG_ACTIONPLAN_DETAIL (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->area_row), g_variant_get_string (param, NULL));
}

void
trygg_actionplan_detail_set_item (TryggActionplanDetail *self,
                                  TryggActionplanItem   *item)
{
  g_return_if_fail (TRYGG_IS_ACTIONPLAN_DETAIL (self));

  if (self->item == item)
    return;
  trygg_actionplan_detail_flush (self);
  if (self->item != NULL)
    g_clear_signal_handler (&self->notify_id, self->item);
  g_set_object (&self->item, item);
  if (item != NULL)
    {
      self->notify_id = g_signal_connect_swapped (item, "notify", G_CALLBACK (on_item_notify),
                                                  self);
      load (self);
    }
}

TryggActionplanItem *
trygg_actionplan_detail_get_item (TryggActionplanDetail *self)
{
  return self->item;
}

void
trygg_actionplan_detail_set_database (TryggActionplanDetail *self,
                                      TryggDatabase         *db)
{
  g_autoptr(GListStore) both = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) nobody = g_list_store_new (TRYGG_TYPE_PERSON);
  g_autoptr(TryggPerson) none = trygg_person_new ();

  g_return_if_fail (self->db == NULL);

  self->db = g_object_ref (db);
  self->persons = trygg_entity_list_new (db, TRYGG_TYPE_PERSON, "name COLLATE NOCASE");
  g_list_store_append (nobody, none);
  g_list_store_append (both, nobody);
  g_list_store_append (both, self->persons);
  self->person_choices = G_LIST_MODEL (gtk_flatten_list_model_new (
      G_LIST_MODEL (g_steal_pointer (&both))));
  self->loading = TRUE;
  adw_combo_row_set_model (self->responsible_row, self->person_choices);
  self->loading = FALSE;
  g_signal_connect_object (self->person_choices, "items-changed",
                           G_CALLBACK (on_persons_changed), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

void
trygg_actionplan_detail_focus_title (TryggActionplanDetail *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
trygg_actionplan_detail_dispose (GObject *object)
{
  TryggActionplanDetail *self = TRYGG_ACTIONPLAN_DETAIL (object);

  if (self->item != NULL)
    trygg_actionplan_detail_set_item (self, NULL);
  g_clear_handle_id (&self->save_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRYGG_TYPE_ACTIONPLAN_DETAIL);
  g_clear_object (&self->person_choices);
  g_clear_object (&self->persons);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_actionplan_detail_parent_class)->dispose (object);
}

static void
trygg_actionplan_detail_class_init (TryggActionplanDetailClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = trygg_actionplan_detail_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
      "/io/github/trygg/Trygg/plugins/actionplan/actionplan-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanDetail, box);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanDetail, heading);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanDetail, title_row);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanDetail, area_row);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanDetail, quarters_row);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanDetail, responsible_row);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanDetail, due_row);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanDetail, status_row);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanDetail, comment_row);
  gtk_widget_class_bind_template_child (widget_class, TryggActionplanDetail, description_view);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_area_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_comment_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_status_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_responsible_selected);
  gtk_widget_class_install_action (widget_class, "detail.set-area", "s", set_area_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trygg_actionplan_detail_init (TryggActionplanDetail *self)
{
  GtkStringList *statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = TRUE;

  for (guint i = 0; trygg_actionplan_statuses[i].value != NULL; i++)
    gtk_string_list_append (statuses, _(trygg_actionplan_statuses[i].label));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  g_object_unref (statuses);
  adw_combo_row_set_expression (self->responsible_row,
      gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                   G_CALLBACK (person_label), NULL, NULL));

  self->quarters = trygg_actionplan_quarters_new ();
  g_signal_connect_swapped (self->quarters, "changed", G_CALLBACK (on_quarters_changed), self);
  g_signal_connect_swapped (self->quarters, "refused", G_CALLBACK (on_quarters_refused), self);
  adw_action_row_add_suffix (self->quarters_row, self->quarters);

  self->area_menu = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->area_menu), "pan-down-symbolic");
  gtk_widget_set_valign (self->area_menu, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->area_menu, "flat");
  gtk_widget_set_tooltip_text (self->area_menu, _("Choose an existing area"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area_menu),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose an existing area"),
                                  -1);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->area_menu), create_area_popup,
                                         self, NULL);
  adw_entry_row_add_suffix (self->area_row, self->area_menu);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->description_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Description"),
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE, -1);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->description_view), "changed",
                            G_CALLBACK (on_description_changed), self);
  self->loading = FALSE;
}
