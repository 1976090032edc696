/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggForm: the detail pane of a row, built from a list of fields, that saves as you type.
 *
 * Each edit sets the entity's property; half a second after the last change the row is saved
 * in a transaction of its own (and at once when another row is chosen or the form goes away).
 * A value that is not valid yet (a half-typed date) is marked on its row and not stored. An
 * error is shown as a toast, in words, and the typed value stays in the form.
 */
#define G_LOG_DOMAIN "trygg-form"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "trygg-form-private.h"
#include "trygg-toast.h"

#define SAVE_DELAY_MS 500

struct _TryggForm
{
  GtkWidget         parent_instance;

  GtkWidget        *box;
  TryggDatabase    *db;
  const TryggField *fields;
  TryggEntity      *entity;
  gulong            notify_id;
  guint             save_source;
  GtkWidget        *first_row;
  gboolean          loading;
};

G_DEFINE_FINAL_TYPE (TryggForm, trygg_form, GTK_TYPE_WIDGET)

const char *
trygg_choice_label (const TryggChoice *choices,
                    const char        *value)
{
  for (guint i = 0; choices[i].value != NULL; i++)
    if (g_strcmp0 (choices[i].value, value) == 0)
      return _(choices[i].label);
  return value != NULL ? value : "";
}

static void
show_error (TryggForm    *self,
            const GError *error)
{
  trygg_toast_error (GTK_WIDGET (self), error->message);
}

/* Saves a pending edit now. Returns FALSE when the save failed (the toast said why). */
gboolean
trygg_form_flush (TryggForm *self)
{
  g_autoptr(GError) error = NULL;

  if (self->save_source == 0)
    return TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->entity == NULL || trygg_entity_save (self->entity, self->db, &error))
    return TRUE;
  show_error (self, error);
  return FALSE;
}

static gboolean
save_timeout (gpointer data)
{
  TryggForm *self = data;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;
  if (self->entity != NULL && !trygg_entity_save (self->entity, self->db, &error))
    show_error (self, error);
  return G_SOURCE_REMOVE;
}

static void
on_entity_notify (TryggEntity *entity,
                  GParamSpec  *pspec,
                  TryggForm   *self)
{
  if (self->loading || pspec->owner_type == TRYGG_TYPE_ENTITY)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout, self);
}

static const TryggField *
field_of (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "trygg-field");
}

static void
set_valid (GtkWidget *row,
           gboolean   valid)
{
  if (valid)
    gtk_widget_remove_css_class (row, "error");
  else
    gtk_widget_add_css_class (row, "error");
}

static gboolean
is_valid (TryggFieldKind  kind,
          const char     *text)
{
  if (*text == '\0')
    return TRUE;
  if (kind == TRYGG_FIELD_DATE)
    {
      GDate date;
      int y, m, d;
      char rest;
      if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &rest) != 3 || strlen (text) != 10)
        return FALSE;
      g_date_clear (&date, 1);
      return g_date_valid_dmy (d, m, y);
    }
  if (kind == TRYGG_FIELD_QUARTER)
    return g_regex_match_simple ("^[0-9]{4}-Q[1-4]$", text, 0, 0);
  return TRUE;
}

static void
on_text_changed (GtkEditable *editable,
                 TryggForm   *self)
{
  const TryggField *field = field_of (GTK_WIDGET (editable));
  const char *text = gtk_editable_get_text (editable);
  gboolean nullable = field->kind == TRYGG_FIELD_DATE || field->kind == TRYGG_FIELD_QUARTER;
  gboolean valid = is_valid (field->kind, text);

  set_valid (GTK_WIDGET (editable), valid);
  if (valid && !self->loading)
    g_object_set (self->entity, field->property, nullable && *text == '\0' ? NULL : text, NULL);
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   TryggForm     *self)
{
  const TryggField *field = g_object_get_data (G_OBJECT (buffer), "trygg-field");
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->loading)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_object_set (self->entity, field->property, text, NULL);
}

static void
on_choice_selected (AdwComboRow *row,
                    GParamSpec  *pspec,
                    TryggForm   *self)
{
  const TryggField *field = field_of (GTK_WIDGET (row));
  guint selected = adw_combo_row_get_selected (row);

  if (!self->loading && selected != GTK_INVALID_LIST_POSITION)
    g_object_set (self->entity, field->property, field->choices[selected].value, NULL);
}

static void
on_reference_selected (AdwComboRow *row,
                       GParamSpec  *pspec,
                       TryggForm   *self)
{
  const TryggField *field = field_of (GTK_WIDGET (row));
  TryggEntity *item = adw_combo_row_get_selected_item (row);

  if (!self->loading && item != NULL)
    g_object_set (self->entity, field->property, trygg_entity_get_id (item), NULL);
}

static void
on_switch_active (GtkSwitch  *toggle,
                  GParamSpec *pspec,
                  TryggForm  *self)
{
  const TryggField *field = field_of (GTK_WIDGET (toggle));

  if (!self->loading)
    g_object_set (self->entity, field->property, gtk_switch_get_active (toggle), NULL);
}

static char *
reference_label (TryggEntity *item)
{
  if (item == NULL)
    return g_strdup ("");
  if (trygg_entity_get_id (item) == 0)
    return g_strdup (C_("reference", "None"));
  return g_strdup (trygg_entity_get_title (item));
}

static GtkWidget *
make_reference_row (TryggForm        *self,
                    const TryggField *field)
{
  GType type = field->reference_type ();
  g_autoptr(TryggEntityList) rows = trygg_entity_list_new (self->db, type, "name COLLATE NOCASE");
  g_autoptr(GObject) none = g_object_new (type, NULL);
  GListStore *none_store = g_list_store_new (type);
  GListStore *both = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkFlattenListModel) flat = NULL;
  GtkWidget *row = adw_combo_row_new ();
  gint64 id = trygg_entity_get_int64 (self->entity, field->property);
  guint position = id == 0 ? G_MAXUINT : trygg_entity_list_find (rows, id);

  g_list_store_append (none_store, none);
  g_list_store_append (both, none_store);
  g_list_store_append (both, rows);
  g_object_unref (none_store);
  adw_combo_row_set_expression (ADW_COMBO_ROW (row),
      gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                   G_CALLBACK (reference_label), NULL, NULL));
  flat = gtk_flatten_list_model_new (G_LIST_MODEL (both));  /* takes both */
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (flat));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), position == G_MAXUINT ? 0 : position + 1);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_reference_selected), self);
  return row;
}

static GtkWidget *
make_choice_row (TryggForm        *self,
                 const TryggField *field)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  const char *value = trygg_entity_get_string (self->entity, field->property);

  for (guint i = 0; field->choices[i].value != NULL; i++)
    {
      gtk_string_list_append (labels, _(field->choices[i].label));
      if (g_str_equal (field->choices[i].value, value))
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  for (guint i = 0; field->choices[i].value != NULL; i++)
    if (g_str_equal (field->choices[i].value, value))
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
  g_object_unref (labels);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_choice_selected), self);
  return row;
}

static GtkWidget *
make_multiline (TryggForm        *self,
                const TryggField *field)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(field->label));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_widget_set_size_request (view, -1, 96);
  gtk_text_buffer_set_text (buffer, trygg_entity_get_string (self->entity, field->property), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(field->label), GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE, -1);
  g_object_set_data (G_OBJECT (buffer), "trygg-field", (gpointer) field);
  g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed), self);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "view");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  return group;
}

static GtkWidget *
make_row (TryggForm        *self,
          const TryggField *field)
{
  GtkWidget *row = NULL;

  switch (field->kind)
    {
    case TRYGG_FIELD_TEXT:
    case TRYGG_FIELD_DATE:
    case TRYGG_FIELD_QUARTER:
      row = adw_entry_row_new ();
      gtk_editable_set_text (GTK_EDITABLE (row),
                             trygg_entity_get_string (self->entity, field->property));
      g_signal_connect (row, "changed", G_CALLBACK (on_text_changed), self);
      break;
    case TRYGG_FIELD_CHOICE:
      row = make_choice_row (self, field);
      break;
    case TRYGG_FIELD_REFERENCE:
      row = make_reference_row (self, field);
      break;
    case TRYGG_FIELD_BOOLEAN:
      {
        GtkWidget *toggle = gtk_switch_new ();
        row = adw_action_row_new ();
        gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
        gtk_switch_set_active (GTK_SWITCH (toggle),
                               trygg_entity_get_int64 (self->entity, field->property) != 0);
        gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _(field->label), -1);
        g_object_set_data (G_OBJECT (toggle), "trygg-field", (gpointer) field);
        g_signal_connect (toggle, "notify::active", G_CALLBACK (on_switch_active), self);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      }
      break;
    case TRYGG_FIELD_MULTILINE:
    case TRYGG_FIELD_LINKS:
    default:
      g_assert_not_reached ();
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(field->label), -1);
  g_object_set_data (G_OBJECT (row), "trygg-field", (gpointer) field);
  return row;
}

static void
clear_rows (TryggForm *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
  self->first_row = NULL;
}

static void
build_rows (TryggForm *self)
{
  GtkWidget *group = NULL;

  self->loading = TRUE;
  for (const TryggField *field = self->fields; field->property != NULL; field++)
    {
      if (field->kind == TRYGG_FIELD_MULTILINE || field->kind == TRYGG_FIELD_LINKS)
        {
          gtk_box_append (GTK_BOX (self->box),
                          field->kind == TRYGG_FIELD_LINKS
                            ? trygg_form_make_links (self->db, self->entity, field)
                            : make_multiline (self, field));
          group = NULL;
          continue;
        }
      if (group == NULL)
        {
          group = adw_preferences_group_new ();
          gtk_box_append (GTK_BOX (self->box), group);
        }
      {
        GtkWidget *row = make_row (self, field);
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        if (self->first_row == NULL)
          self->first_row = row;
      }
    }
  self->loading = FALSE;
}

/* Shows @entity (or nothing), saving what was typed into the previous one first. */
void
trygg_form_set_entity (TryggForm   *self,
                       TryggEntity *entity)
{
  if (self->entity == entity)
    return;
  trygg_form_flush (self);
  if (self->entity != NULL)
    g_clear_signal_handler (&self->notify_id, self->entity);
  g_set_object (&self->entity, entity);
  clear_rows (self);
  if (entity == NULL)
    return;
  self->notify_id = g_signal_connect (entity, "notify", G_CALLBACK (on_entity_notify), self);
  build_rows (self);
}

TryggEntity *
trygg_form_get_entity (TryggForm *self)
{
  return self->entity;
}

void
trygg_form_focus_first (TryggForm *self)
{
  if (self->first_row != NULL)
    gtk_widget_grab_focus (self->first_row);
}

static void
trygg_form_dispose (GObject *object)
{
  TryggForm *self = TRYGG_FORM (object);

  trygg_form_flush (self);
  if (self->entity != NULL)
    g_clear_signal_handler (&self->notify_id, self->entity);
  g_clear_object (&self->entity);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_form_parent_class)->dispose (object);
}

static void
trygg_form_class_init (TryggFormClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_form_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
trygg_form_init (TryggForm *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

GtkWidget *
trygg_form_new (TryggDatabase    *db,
                const TryggField *fields)
{
  TryggForm *self = g_object_new (TRYGG_TYPE_FORM, NULL);

  self->db = g_object_ref (db);
  self->fields = fields;
  return GTK_WIDGET (self);
}
