/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The guided classification of one information asset, for an information owner who is no
 * expert (and for the coordinator guiding them on a projector): a modal window with one step
 * per aspect (traceability only when the organisation uses it) and a sign-off step, Back and
 * Next, "Step 2 of 4", Alt+Left/Alt+Right between steps, Ctrl+Enter to save and Escape to
 * close (asking before anything typed is thrown away).
 *
 * It starts from the asset's current version, so that re-classifying is quick; saving
 * writes version N+1 through trygg_classification_save() in one transaction and emits
 * "saved". What is missing is said in words and the step that needs it is shown; a failed
 * save keeps everything typed.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-aspect-step.h"
#include "classification-editor.h"
#include "classification-editor-load.h"
#include "classification-signoff-step.h"

#define RESOURCE "/io/github/trygg/Trygg/plugins/classification/classification-editor.ui"
#define SIGNOFF "sign-off"

struct _TryggClassificationEditor
{
  AdwWindow                        parent_instance;

  TryggDatabase                   *db;
  gint64                           asset_id;
  char                            *preset_id;
  const TryggClassificationPreset *preset;
  gboolean                         traceability;
  int                              current_version;
  GPtrArray                       *steps;     /* the stack's pages in order, not owned */
  GtkWidget                       *aspect_steps[TRYGG_CLASSIFICATION_N_ASPECTS];
  GtkWidget                       *signoff;
  guint                            current;
  gboolean                         dirty;
  gboolean                         discard;
  gboolean                         validated;

  AdwWindowTitle                  *window_title;
  GtkRevealer                     *message_revealer;
  GtkLabel                        *message_label;
  GtkStack                        *stack;
  GtkWidget                       *back_button;
  GtkWidget                       *next_button;
  GtkWidget                       *save_button;
  GtkLabel                        *step_label;
  GtkLabel                        *profile_label;
};

G_DEFINE_FINAL_TYPE (TryggClassificationEditor, trygg_classification_editor, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Messages */

static void
show_message (TryggClassificationEditor *self,
              const char                *text)
{
  gtk_label_set_text (self->message_label, text);
  gtk_revealer_set_reveal_child (self->message_revealer, text != NULL);
}

static void
on_message_close (TryggClassificationEditor *self)
{
  show_message (self, NULL);
}

/* Steps */

static void
current_levels (TryggClassificationEditor *self,
                int                       *levels)
{
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    levels[i] = self->aspect_steps[i] != NULL
      ? trygg_classification_aspect_step_get_level (
          TRYGG_CLASSIFICATION_ASPECT_STEP (self->aspect_steps[i]))
      : TRYGG_CLASSIFICATION_NO_LEVEL;
}

static void
update_profile (TryggClassificationEditor *self)
{
  int levels[TRYGG_CLASSIFICATION_N_ASPECTS];
  g_autofree char *profile = NULL;
  g_autofree char *text = NULL;

  current_levels (self, levels);
  profile = trygg_classification_format_profile (self->preset, levels, self->traceability);
  /* Translators: %s is a classification profile, e.g. "K3 R2 T–" */
  text = g_strdup_printf (_("Profile: %s"), profile);
  gtk_label_set_text (self->profile_label, text);
  if (self->signoff != NULL)
    trygg_classification_signoff_step_set_levels (
        TRYGG_CLASSIFICATION_SIGNOFF_STEP (self->signoff), levels);
}

static void
focus_step (GtkWidget *step)
{
  if (TRYGG_IS_CLASSIFICATION_ASPECT_STEP (step))
    trygg_classification_aspect_step_focus_first (TRYGG_CLASSIFICATION_ASPECT_STEP (step));
  else if (TRYGG_IS_CLASSIFICATION_SIGNOFF_STEP (step))
    trygg_classification_signoff_step_focus_first (TRYGG_CLASSIFICATION_SIGNOFF_STEP (step));
}

static void
go_to (TryggClassificationEditor *self,
       guint                      index)
{
  GtkWidget *step;
  g_autofree char *text = NULL;
  const char *title;
  gboolean last;

  if (self->steps->len == 0)
    return;
  index = MIN (index, self->steps->len - 1);
  step = g_ptr_array_index (self->steps, index);
  last = index + 1 == self->steps->len;
  self->current = index;
  gtk_stack_set_visible_child (self->stack, step);
  title = gtk_stack_page_get_title (gtk_stack_get_page (self->stack, step));
  /* Translators: the step indicator, e.g. "Step 2 of 4" */
  text = g_strdup_printf (_("Step %u of %u"), index + 1, self->steps->len);
  gtk_label_set_text (self->step_label, text);
  g_free (text);
  /* Translators: the window's subtitle, e.g. "Step 2 of 4: Integrity" */
  text = g_strdup_printf (_("Step %u of %u: %s"), index + 1, self->steps->len, title);
  adw_window_title_set_subtitle (self->window_title, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.back", index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.next", !last);
  gtk_widget_set_visible (self->next_button, !last);
  gtk_widget_set_visible (self->save_button, last);
  focus_step (step);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TryggClassificationEditor *self = TRYGG_CLASSIFICATION_EDITOR (widget);

  if (self->current > 0)
    go_to (self, self->current - 1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TryggClassificationEditor *self = TRYGG_CLASSIFICATION_EDITOR (widget);

  if (self->current + 1 < self->steps->len)
    go_to (self, self->current + 1);
}

static guint
step_index (TryggClassificationEditor *self,
            GtkWidget                 *step)
{
  guint index = 0;

  g_ptr_array_find (self->steps, step, &index);
  return index;
}

/* Validation and saving */

/* What still stops a save, in words; %NULL when nothing does. @step is where to fix it. */
static char *
check (TryggClassificationEditor *self,
       guint                     *step)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  GtkWidget *first = NULL;
  char *message = NULL;
  guint n = 0;

  for (guint i = 0; i < TRYGG_CLASSIFICATION_TRACEABILITY; i++)
    {
      TryggClassificationAspectStep *aspect_step =
        TRYGG_CLASSIFICATION_ASPECT_STEP (self->aspect_steps[i]);

      if (trygg_classification_aspect_step_get_level (aspect_step) !=
          TRYGG_CLASSIFICATION_NO_LEVEL)
        continue;
      g_string_append_printf (missing, "%s%s", missing->len ? ", " : "",
                              trygg_classification_aspect_name (i));
      if (first == NULL)
        first = self->aspect_steps[i];
      n++;
    }
  if (first != NULL)
    {
      const char *format;

      *step = step_index (self, first);
      format = g_dngettext (GETTEXT_PACKAGE,
                            /* Translators: %s lists aspects, e.g. "Integrity, Availability" */
                            "Not saved yet: %s has no answer. Choose a level in at least one "
                            "consequence area.",
                            "Not saved yet: %s have no answers. Choose a level in at least one "
                            "consequence area for each.", n);
      return g_strdup_printf (format, missing->str);
    }
  if (!trygg_classification_signoff_step_validate (
          TRYGG_CLASSIFICATION_SIGNOFF_STEP (self->signoff), &message))
    {
      *step = step_index (self, self->signoff);
      return message;
    }
  return NULL;
}

static void
on_step_changed (TryggClassificationEditor *self)
{
  self->dirty = TRUE;
  update_profile (self);
  if (self->validated && gtk_revealer_get_reveal_child (self->message_revealer))
    {
      guint step;
      g_autofree char *message = check (self, &step);
      show_message (self, message);
    }
}

static void
save (TryggClassificationEditor *self)
{
  g_autoptr(TryggClassificationDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint step = 0;
  int version = 0;

  if (self->steps->len == 0)
    return;
  self->validated = TRUE;
  message = check (self, &step);
  if (message != NULL)
    {
      show_message (self, message);
      go_to (self, step);
      return;
    }
  show_message (self, NULL);

  draft = trygg_classification_draft_new (self->asset_id);
  draft->preset = g_strdup (self->preset_id);
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    if (self->aspect_steps[i] != NULL)
      trygg_classification_aspect_step_fill_draft (
          TRYGG_CLASSIFICATION_ASPECT_STEP (self->aspect_steps[i]), draft);
  trygg_classification_signoff_step_fill_draft (TRYGG_CLASSIFICATION_SIGNOFF_STEP (self->signoff),
                                                draft);
  if (!trygg_classification_save (self->db, draft, &version, &error))
    {
      g_autofree char *text =
        /* Translators: %s is the reason, from the database or the check of the input */
        g_strdup_printf (_("The classification could not be saved: %s"), error->message);
      trygg_toast_error (GTK_WIDGET (self->stack), text);
      return;
    }
  self->dirty = FALSE;
  g_object_ref (self);
  g_signal_emit (self, signals[SAVED], 0, version);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (TRYGG_CLASSIFICATION_EDITOR (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
destroy_idle (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response (AdwMessageDialog          *dialog,
                     const char                *response,
                     TryggClassificationEditor *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;
  self->discard = TRUE;
  /* after the dialog is done with its response: it goes with the editor */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_idle, g_object_ref (self), g_object_unref);
}

static gboolean
trygg_classification_editor_close_request (GtkWindow *window)
{
  TryggClassificationEditor *self = TRYGG_CLASSIFICATION_EDITOR (window);
  GtkWidget *dialog;

  if (!self->dirty || self->discard)
    return GTK_WINDOW_CLASS (trygg_classification_editor_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (window, _("Discard the Classification?"),
                                   _("What you entered has not been saved. If you close now, "
                                     "it is lost."));
  gtk_widget_set_name (dialog, "discard-dialog");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_discard_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Building */

static void
add_step (TryggClassificationEditor *self,
          GtkWidget                 *step,
          const char                *name,
          const char                *title)
{
  gtk_stack_add_titled (self->stack, step, name, title);
  g_ptr_array_add (self->steps, step);
  g_signal_connect_swapped (step, "changed", G_CALLBACK (on_step_changed), self);
}

static void
prefill (TryggClassificationEditor      *self,
         const TryggClassificationDraft *draft)
{
  for (guint i = 0; i < draft->answers->len; i++)
    {
      const TryggClassificationAnswer *a =
        &g_array_index (draft->answers, TryggClassificationAnswer, i);

      /* an answer in a retired area or off the scale is not shown, and not saved again */
      if (self->aspect_steps[a->aspect] != NULL)
        trygg_classification_aspect_step_set_answer (
            TRYGG_CLASSIFICATION_ASPECT_STEP (self->aspect_steps[a->aspect]),
            a->area_id, a->level);
    }
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    if (self->aspect_steps[i] != NULL)
      trygg_classification_aspect_step_set_rationale (
          TRYGG_CLASSIFICATION_ASPECT_STEP (self->aspect_steps[i]), draft->rationale[i]);
  trygg_classification_signoff_step_load (TRYGG_CLASSIFICATION_SIGNOFF_STEP (self->signoff),
                                          draft);
}

static void
build (TryggClassificationEditor *self)
{
  g_autoptr(TryggClassificationDraft) draft = NULL;
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *asset_name = NULL;
  g_autofree char *title = NULL;
  guint n;

  draft = trygg_classification_editor_load (self->db, self->asset_id, &asset_name,
                                            &self->current_version, &error);
  if (draft != NULL)
    areas = trygg_classification_list_areas (self->db, FALSE, &error);
  /* Translators: the editor's title; %s is an information asset, e.g. "Pupil records" */
  title = g_strdup_printf (_("Classify %s"), asset_name != NULL ? asset_name : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  if (areas == NULL)
    {
      g_autofree char *text =
        /* Translators: %s is the reason */
        g_strdup_printf (_("The classification cannot be opened: %s"), error->message);
      show_message (self, text);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.next", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.back", FALSE);
      return;
    }

  self->preset_id = g_strdup (draft->preset);
  self->preset = trygg_classification_preset_lookup (self->preset_id);
  if (self->preset == NULL)
    {
      self->preset = &trygg_classification_presets[0];
      g_free (self->preset_id);
      self->preset_id = g_strdup (self->preset->id);
    }
  self->traceability = trygg_classification_get_traceability (self->db);
  n = self->traceability ? TRYGG_CLASSIFICATION_N_ASPECTS : TRYGG_CLASSIFICATION_TRACEABILITY;
  for (guint i = 0; i < n; i++)
    {
      self->aspect_steps[i] = trygg_classification_aspect_step_new (self->db, self->preset_id,
                                                                    i, areas);
      add_step (self, self->aspect_steps[i], trygg_classification_aspect_key (i),
                trygg_classification_aspect_name (i));
    }
  self->signoff = trygg_classification_signoff_step_new (self->db, self->preset_id,
                                                         self->traceability);
  trygg_classification_signoff_step_set_version (
      TRYGG_CLASSIFICATION_SIGNOFF_STEP (self->signoff), self->current_version + 1);
  add_step (self, self->signoff, SIGNOFF, _("Sign-off"));

  prefill (self, draft);
  if (areas->len == 0)
    show_message (self, _("No consequence areas are in use. Add them in the preferences of "
                          "information classification."));
  update_profile (self);
  self->dirty = FALSE;
  go_to (self, 0);
}

/* Class */

static void
trygg_classification_editor_dispose (GObject *object)
{
  TryggClassificationEditor *self = TRYGG_CLASSIFICATION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRYGG_TYPE_CLASSIFICATION_EDITOR);
  G_OBJECT_CLASS (trygg_classification_editor_parent_class)->dispose (object);
}

static void
trygg_classification_editor_finalize (GObject *object)
{
  TryggClassificationEditor *self = TRYGG_CLASSIFICATION_EDITOR (object);

  g_clear_object (&self->db);
  g_free (self->preset_id);
  g_ptr_array_unref (self->steps);
  G_OBJECT_CLASS (trygg_classification_editor_parent_class)->finalize (object);
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
      gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                        gtk_named_action_new (action)));
}

static void
trygg_classification_editor_class_init (TryggClassificationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = trygg_classification_editor_dispose;
  object_class->finalize = trygg_classification_editor_finalize;
  window_class->close_request = trygg_classification_editor_close_request;

  /**
   * TryggClassificationEditor::saved:
   * @version: the number of the version just written
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE);
#define CHILD(name) \
  gtk_widget_class_bind_template_child (widget_class, TryggClassificationEditor, name)
  CHILD (window_title);
  CHILD (message_revealer);
  CHILD (message_label);
  CHILD (stack);
  CHILD (back_button);
  CHILD (next_button);
  CHILD (save_button);
  CHILD (step_label);
  CHILD (profile_label);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_message_close);

  gtk_widget_class_install_action (widget_class, "editor.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "editor.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  /* Escape bubbles: an open drop-down closes first */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
trygg_classification_editor_init (TryggClassificationEditor *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  self->steps = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  /* step keys win over the text fields, which would otherwise take Ctrl+Enter */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Alt>Left", "editor.back");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Alt>Right", "editor.next");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>Page_Up", "editor.back");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>Page_Down", "editor.next");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>Return", "editor.save");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>KP_Enter", "editor.save");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/**
 * trygg_classification_editor_new:
 * @asset_id: the information asset to classify
 *
 * The caller makes it transient for its window and presents it. Emits "saved" (int
 * version) when a new version has been written, then closes.
 *
 * Returns: (transfer floating): the editor window
 */
GtkWidget *
trygg_classification_editor_new (TryggDatabase *db,
                                 gint64         asset_id)
{
  TryggClassificationEditor *self;

  g_return_val_if_fail (TRYGG_IS_DATABASE (db), NULL);
  self = g_object_new (TRYGG_TYPE_CLASSIFICATION_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->asset_id = asset_id;
  build (self);
  return GTK_WIDGET (self);
}
