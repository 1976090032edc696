/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One requirement of the requirements panel (classification-requirements.c): code, title and
 * "shall" wording, the "as-is" wording in an expander, a status drop-down, a comment saved
 * as you type (after a short pause, on Enter and when the focus leaves), and for a gap a
 * "Make Action" button that is replaced by the action's title and state once it exists.
 *
 * Every write goes through the model in its own transaction; a failure is shown in a toast
 * and the control returns to what is stored (a comment stays typed in its entry).
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-requirement-row.h"

#define SAVE_DELAY_MS 500

/* The choices of the status drop-down; NULL is "not assessed" (no fulfilment row) */
static const char *status_keys[] = { NULL, "met", "partly_met", "not_met", "not_applicable" };

struct _TryggClassificationRequirementRow
{
  TryggDatabase      *db;
  gint64              asset_id;
  gint64              requirement_id;
  char               *name;
  gint64              fulfilment_id;
  char               *status;
  char               *comment;
  gint64              action_id;
  GtkWidget          *row;
  GtkWidget          *dropdown;
  GtkWidget          *entry;
  GtkEventController *focus;
  GtkWidget          *comment_box;
  GtkWidget          *action_button;
  GtkWidget          *action_box;
  GtkWidget          *action_label;
  guint               save_id;
};

typedef TryggClassificationRequirementRow Row;

static guint
status_index (const char *status)
{
  for (guint i = 1; i < G_N_ELEMENTS (status_keys); i++)
    if (g_strcmp0 (status_keys[i], status) == 0)
      return i;
  return 0;
}

static gboolean
is_gap (const char *status)
{
  return g_strcmp0 (status, "not_met") == 0 || g_strcmp0 (status, "partly_met") == 0;
}

static void
block (gpointer instance,
       Row     *r)
{
  g_signal_handlers_block_matched (instance, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, r);
}

static void
unblock (gpointer instance,
         Row     *r)
{
  g_signal_handlers_unblock_matched (instance, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, r);
}

/* Shows the stored state: the status, the action and what the comment entry allows. */
static void
update_controls (Row *r)
{
  gboolean assessed = r->status != NULL;

  block (r->dropdown, r);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (r->dropdown), status_index (r->status));
  unblock (r->dropdown, r);
  /* a comment belongs to a status: the entry comes with the first one */
  gtk_widget_set_visible (r->comment_box, assessed);
  gtk_widget_set_visible (r->action_button, is_gap (r->status) && r->action_id == 0);
  gtk_widget_set_visible (r->action_box, r->action_id != 0);
}

static void
save_comment (Row *r)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (r->entry));
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_clear_handle_id (&r->save_id, g_source_remove);
  if (r->status == NULL || g_strcmp0 (text, r->comment) == 0)
    return;
  if (!trygg_classification_set_fulfilment (r->db, r->asset_id, r->requirement_id, r->status,
                                            text, &id, &error))
    {
      trygg_toast_error (r->row, error->message);  /* the text stays in the entry */
      return;
    }
  g_free (r->comment);
  r->comment = g_strdup (text);
  r->fulfilment_id = id;
}

static gboolean
save_comment_timeout (gpointer data)
{
  Row *r = data;

  r->save_id = 0;
  save_comment (r);
  return G_SOURCE_REMOVE;
}

static void
on_comment_changed (GtkEditable *entry,
                    Row         *r)
{
  g_clear_handle_id (&r->save_id, g_source_remove);
  r->save_id = g_timeout_add (SAVE_DELAY_MS, save_comment_timeout, r);
}

static void
on_comment_activate (GtkEntry *entry,
                     Row      *r)
{
  save_comment (r);
}

static void
on_comment_leave (GtkEventControllerFocus *controller,
                  Row                     *r)
{
  if (r->save_id != 0)
    save_comment (r);
}

static void
on_status_selected (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    Row         *r)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  const char *status = selected < G_N_ELEMENTS (status_keys) ? status_keys[selected] : NULL;
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (r->entry)));
  g_autoptr(GError) error = NULL;
  gboolean ok;
  gint64 id = 0;

  if (g_strcmp0 (status, r->status) == 0)
    return;
  g_clear_handle_id (&r->save_id, g_source_remove);
  if (status == NULL)
    ok = trygg_classification_clear_fulfilment (r->db, r->asset_id, r->requirement_id, &error);
  else
    ok = trygg_classification_set_fulfilment (r->db, r->asset_id, r->requirement_id, status,
                                              text, &id, &error);
  if (!ok)
    trygg_toast_error (r->row, error->message);
  else
    {
      g_free (r->status);
      r->status = g_strdup (status);
      r->fulfilment_id = id;
      g_free (r->comment);
      r->comment = g_strdup (status != NULL ? text : "");
      block (r->entry, r);
      gtk_editable_set_text (GTK_EDITABLE (r->entry), r->comment);
      unblock (r->entry, r);
    }
  update_controls (r);
}

static void
on_make_action (GtkButton *button,
                Row       *r)
{
  g_autoptr(GError) error = NULL;
  gint64 action_id = 0;

  save_comment (r);
  if (r->fulfilment_id == 0)
    return;
  /* the button goes away: keep the keyboard focus in the row */
  gtk_widget_grab_focus (r->dropdown);
  if (!trygg_classification_create_action (r->db, r->fulfilment_id, &action_id, &error))
    {
      trygg_toast_error (r->row, error->message);
      return;
    }
  r->action_id = action_id;
  update_controls (r);
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
make_status_dropdown (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, C_("requirement status", "Not assessed"));
  for (guint i = 1; i < G_N_ELEMENTS (status_keys); i++)
    gtk_string_list_append (list, trygg_classification_status_name (status_keys[i]));
  return gtk_drop_down_new (G_LIST_MODEL (list), NULL);
}

/* The accessible name of a control, from a format with the requirement's name */
static void
set_label (GtkWidget  *widget,
           const char *format,
           const char *name)
{
  g_autofree char *label = g_strdup_printf (format, name);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
set_name (GtkWidget  *widget,
          const char *prefix,
          const char *code)
{
  g_autofree char *name = g_strconcat (prefix, code, NULL);

  gtk_widget_set_name (widget, name);
}

static void
build (Row                                  *r,
       const TryggClassificationRequirement *req)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *expander = gtk_expander_new (_("As-is wording, for self-assessment"));

  gtk_box_append (GTK_BOX (text), wrapped_label (r->name, "heading"));
  gtk_box_append (GTK_BOX (text), wrapped_label (req->shall, NULL));
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (top), text);

  r->dropdown = make_status_dropdown ();
  gtk_widget_set_valign (r->dropdown, GTK_ALIGN_START);
  /* Translators: the accessible name of a requirement's status; %s is "AC-01 Title" */
  set_label (r->dropdown, _("Status of %s"), r->name);
  set_name (r->dropdown, "status-", req->code);
  gtk_box_append (GTK_BOX (top), r->dropdown);
  gtk_box_append (GTK_BOX (box), top);

  gtk_expander_set_child (GTK_EXPANDER (expander), wrapped_label (req->as_is, "dim-label"));
  gtk_box_append (GTK_BOX (box), expander);

  r->entry = gtk_entry_new ();
  gtk_widget_set_hexpand (r->entry, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (r->entry), _("Comment"));
  /* Translators: the accessible name of a requirement's comment; %s is "AC-01 Title" */
  set_label (r->entry, _("Comment on %s"), r->name);
  set_name (r->entry, "comment-", req->code);
  gtk_box_append (GTK_BOX (bottom), r->entry);
  r->action_button = gtk_button_new_with_label (_("Make Action"));
  gtk_widget_set_tooltip_text (r->action_button,
                               _("Add the gap to the action tracker as an action"));
  /* Translators: the accessible name of a button; %s is "AC-01 Title" */
  set_label (r->action_button, _("Make an action of %s"), r->name);
  set_name (r->action_button, "make-action-", req->code);
  gtk_box_append (GTK_BOX (bottom), r->action_button);
  gtk_box_append (GTK_BOX (box), bottom);
  r->comment_box = bottom;

  r->action_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (r->action_box),
                  gtk_image_new_from_icon_name ("object-select-symbolic"));
  r->action_label = wrapped_label (NULL, NULL);
  set_name (r->action_label, "action-", req->code);
  gtk_box_append (GTK_BOX (r->action_box), r->action_label);
  gtk_box_append (GTK_BOX (box), r->action_box);

  g_signal_connect (r->dropdown, "notify::selected", G_CALLBACK (on_status_selected), r);
  g_signal_connect (r->entry, "changed", G_CALLBACK (on_comment_changed), r);
  g_signal_connect (r->entry, "activate", G_CALLBACK (on_comment_activate), r);
  r->focus = gtk_event_controller_focus_new ();
  g_signal_connect (r->focus, "leave", G_CALLBACK (on_comment_leave), r);
  gtk_widget_add_controller (r->entry, r->focus);
  g_signal_connect (r->action_button, "clicked", G_CALLBACK (on_make_action), r);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  /* an AdwPreferencesRow, so that AdwPreferencesGroup puts it in its boxed list */
  r->row = g_object_ref_sink (adw_preferences_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r->row), r->name);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (r->row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (r->row), FALSE);
  gtk_widget_set_focusable (r->row, FALSE);
}

/**
 * trygg_classification_requirement_row_new:
 *
 * Returns: (transfer full): the row, not assessed until trygg_…_row_load() is called
 */
TryggClassificationRequirementRow *
trygg_classification_requirement_row_new (TryggDatabase                        *db,
                                          gint64                                asset_id,
                                          const TryggClassificationRequirement *req)
{
  Row *r = g_new0 (Row, 1);

  r->db = g_object_ref (db);
  r->asset_id = asset_id;
  r->requirement_id = req->id;
  r->name = g_strdup_printf ("%s %s", req->code, req->title);
  r->comment = g_strdup ("");
  build (r, req);
  update_controls (r);
  return r;
}

/* Saves a comment still waiting for its pause. */
void
trygg_classification_requirement_row_flush (TryggClassificationRequirementRow *r)
{
  if (r->save_id != 0)
    save_comment (r);
}

void
trygg_classification_requirement_row_free (TryggClassificationRequirementRow *r)
{
  g_clear_handle_id (&r->save_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (r->dropdown, r);
  g_signal_handlers_disconnect_by_data (r->entry, r);
  g_signal_handlers_disconnect_by_data (r->action_button, r);
  g_signal_handlers_disconnect_by_data (r->focus, r);
  g_clear_object (&r->row);
  g_clear_object (&r->db);
  g_free (r->name);
  g_free (r->status);
  g_free (r->comment);
  g_free (r);
}

GtkWidget *
trygg_classification_requirement_row_get_widget (TryggClassificationRequirementRow *r)
{
  return r->row;
}

gint64
trygg_classification_requirement_row_get_requirement_id (TryggClassificationRequirementRow *r)
{
  return r->requirement_id;
}

/* Returns: (nullable): the stored status, %NULL when not assessed */
const char *
trygg_classification_requirement_row_get_status (TryggClassificationRequirementRow *r)
{
  return r->status;
}

/**
 * trygg_classification_requirement_row_load:
 * @f: (nullable): the stored fulfilment, %NULL when not assessed
 *
 * Shows what is stored. A comment the user is typing is left alone.
 */
void
trygg_classification_requirement_row_load (TryggClassificationRequirementRow   *r,
                                           const TryggClassificationFulfilment *f)
{
  GtkRoot *root = gtk_widget_get_root (r->entry);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean typing = r->save_id != 0 ||
                    (focus != NULL && (focus == r->entry ||
                                       gtk_widget_is_ancestor (focus, r->entry)));

  g_free (r->status);
  r->status = g_strdup (f != NULL ? f->status : NULL);
  r->fulfilment_id = f != NULL ? f->id : 0;
  r->action_id = f != NULL ? f->action_id : 0;
  g_free (r->comment);
  r->comment = g_strdup (f != NULL ? f->comment : "");
  if (!typing && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (r->entry)), r->comment) != 0)
    {
      block (r->entry, r);
      gtk_editable_set_text (GTK_EDITABLE (r->entry), r->comment);
      unblock (r->entry, r);
    }
  if (r->action_id != 0)
    {
      /* Translators: the action a requirement's gap became: its title and its status */
      g_autofree char *text = g_strdup_printf (_("Action: %s (%s)"), f->action_title,
                                               trygg_classification_action_status_name (
                                                   f->action_status));
      gtk_label_set_text (GTK_LABEL (r->action_label), text);
    }
  update_controls (r);
}
