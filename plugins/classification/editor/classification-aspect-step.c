/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One aspect's step of the guided classification: what the aspect asks, then for each
 * active consequence area a row of level buttons (number and name, the chosen level's
 * description below), the aspect's resulting level shown live with the area that decided
 * it, the level-4 warning when the preset has one, and the rationale.
 *
 * The rule of DOMAIN.md §1: the most serious consequence over the areas decides the level.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-area-row.h"
#include "classification-aspect-step.h"

struct _TryggClassificationAspectStep
{
  GtkWidget                        parent_instance;

  TryggDatabase                   *db;
  char                            *preset_id;
  const TryggClassificationPreset *preset;
  TryggClassificationAspect        aspect;
  GPtrArray                       *rows;      /* TryggClassificationAreaRow, not owned */
  char                            *result_text;

  GtkWidget                       *box;
  GtkWidget                       *result_label;
  GtkWidget                       *decided_label;
  GtkWidget                       *warning_box;
  GtkWidget                       *rationale_view;
  gboolean                         loading;
};

G_DEFINE_FINAL_TYPE (TryggClassificationAspectStep, trygg_classification_aspect_step,
                     GTK_TYPE_WIDGET)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char * const questions[TRYGG_CLASSIFICATION_N_ASPECTS] = {
  N_("What would the consequence be if the information reached someone who is not entitled "
     "to it?"),
  N_("What would the consequence be if the information were wrong or incomplete, or changed "
     "by someone without the right to change it?"),
  N_("What would the consequence be if the information could not be reached when it is "
     "needed?"),
  N_("What would the consequence be if it could not be traced who read or changed the "
     "information, and when?"),
};

static char *
level_name (TryggClassificationAspectStep *self,
            int                            level)
{
  return trygg_classification_level_name (self->db, self->preset_id, self->aspect, level);
}

static void
update_result (TryggClassificationAspectStep *self)
{
  g_autoptr(GString) decided = g_string_new (NULL);
  int level = trygg_classification_aspect_step_get_level (self);
  gboolean warns;

  g_clear_pointer (&self->result_text, g_free);
  if (level == TRYGG_CLASSIFICATION_NO_LEVEL)
    {
      /* Translators: %s is an aspect, e.g. "Confidentiality" */
      self->result_text = g_strdup_printf (_("%s: not assessed yet"),
                                           trygg_classification_aspect_name (self->aspect));
      gtk_label_set_text (GTK_LABEL (self->decided_label),
                          _("Choose a level in at least one consequence area."));
    }
  else
    {
      g_autofree char *name = level_name (self, level);

      for (guint i = 0; i < self->rows->len; i++)
        {
          TryggClassificationAreaRow *row = g_ptr_array_index (self->rows, i);
          if (trygg_classification_area_row_get_level (row) == level)
            g_string_append_printf (decided, "%s%s", decided->len ? ", " : "",
                                    trygg_classification_area_row_get_area_name (row));
        }
      /* Translators: an aspect's result, e.g. "Confidentiality: K3, Serious": the aspect,
       * the profile letter, the level number and the level's name */
      self->result_text = g_strdup_printf (_("%s: %s%d, %s"),
                                           trygg_classification_aspect_name (self->aspect),
                                           self->preset->letters[self->aspect], level, name);
      {
        /* Translators: %s lists the consequence areas whose answer gives the level */
        g_autofree char *text = g_strdup_printf (_("Decided by: %s"), decided->str);
        gtk_label_set_text (GTK_LABEL (self->decided_label), text);
      }
    }
  gtk_label_set_text (GTK_LABEL (self->result_label), self->result_text);
  warns = self->preset->warn_level >= 0 && level >= self->preset->warn_level;
  gtk_widget_set_visible (self->warning_box, warns);
}

static void
on_level_changed (TryggClassificationAspectStep *self)
{
  update_result (self);
  if (!self->loading)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_rationale_changed (GtkTextBuffer                 *buffer,
                      TryggClassificationAspectStep *self)
{
  if (!self->loading)
    g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
make_warning (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = make_label (trygg_classification_level4_warning (), "warning");

  gtk_widget_set_name (box, "level-warning");
  gtk_image_set_icon_size (GTK_IMAGE (icon), GTK_ICON_SIZE_LARGE);
  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  trygg_classification_level4_warning (), -1);
  return box;
}

static GtkWidget *
make_result_card (TryggClassificationAspectStep *self)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (card, "card");
  self->result_label = make_label (NULL, "title-3");
  gtk_widget_set_name (self->result_label, "result-label");
  gtk_widget_set_margin_start (self->result_label, 12);
  gtk_widget_set_margin_end (self->result_label, 12);
  gtk_widget_set_margin_top (self->result_label, 12);
  self->decided_label = make_label (NULL, "dim-label");
  gtk_widget_set_margin_start (self->decided_label, 12);
  gtk_widget_set_margin_end (self->decided_label, 12);
  gtk_widget_set_margin_bottom (self->decided_label, 12);
  gtk_box_append (GTK_BOX (card), self->result_label);
  gtk_box_append (GTK_BOX (card), self->decided_label);
  /* the result is read out with its reason */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->result_label),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->decided_label,
                                  NULL, -1);
  return card;
}

static void
build (TryggClassificationAspectStep *self,
       GPtrArray                     *areas)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *rationale_title = make_label (_("Rationale"), "heading");
  GtkWidget *heading;
  GtkWidget *question;

  heading = make_label (trygg_classification_aspect_name (self->aspect), "title-2");
  question = make_label (_(questions[self->aspect]), "title-4");
  gtk_box_append (GTK_BOX (top), heading);
  gtk_box_append (GTK_BOX (top), question);
  gtk_box_append (GTK_BOX (top), make_label (
      _("For each consequence area that applies, choose how serious the consequence would be. "
        "The most serious one decides the level."), "dim-label"));
  gtk_box_append (GTK_BOX (content), top);

  gtk_box_append (GTK_BOX (content), make_result_card (self));
  self->warning_box = make_warning ();
  gtk_box_append (GTK_BOX (content), self->warning_box);

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Consequence areas"), -1);
  for (guint i = 0; i < areas->len; i++)
    {
      GtkWidget *row = trygg_classification_area_row_new (self->db, self->preset, self->aspect,
                                                          g_ptr_array_index (areas, i));
      g_ptr_array_add (self->rows, row);
      g_signal_connect_swapped (row, "level-changed", G_CALLBACK (on_level_changed), self);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_box_append (GTK_BOX (content), list);

  gtk_widget_set_margin_top (rationale_title, 6);
  gtk_box_append (GTK_BOX (content), rationale_title);
  gtk_box_append (GTK_BOX (content), make_label (
      _("Why are the consequences as serious as you rated them? The next review starts "
        "from this."), "dim-label"));
  self->rationale_view = gtk_text_view_new ();
  gtk_widget_set_name (self->rationale_view, "rationale");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->rationale_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->rationale_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->rationale_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->rationale_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->rationale_view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->rationale_view), 10);
  gtk_widget_set_size_request (self->rationale_view, -1, 96);
  {
    /* Translators: %s is an aspect, e.g. "Confidentiality" */
    g_autofree char *label = g_strdup_printf (_("Rationale for %s"),
                                              trygg_classification_aspect_name (self->aspect));
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->rationale_view),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE, -1);
  }
  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->rationale_view)), "changed",
                    G_CALLBACK (on_rationale_changed), self);
  gtk_frame_set_child (GTK_FRAME (frame), self->rationale_view);
  gtk_widget_add_css_class (frame, "view");
  gtk_box_append (GTK_BOX (content), frame);

  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_parent (scroller, GTK_WIDGET (self));
  self->box = scroller;
  update_result (self);
}

static void
trygg_classification_aspect_step_dispose (GObject *object)
{
  TryggClassificationAspectStep *self = TRYGG_CLASSIFICATION_ASPECT_STEP (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (trygg_classification_aspect_step_parent_class)->dispose (object);
}

static void
trygg_classification_aspect_step_finalize (GObject *object)
{
  TryggClassificationAspectStep *self = TRYGG_CLASSIFICATION_ASPECT_STEP (object);

  g_clear_object (&self->db);
  g_free (self->preset_id);
  g_free (self->result_text);
  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (trygg_classification_aspect_step_parent_class)->finalize (object);
}

static void
trygg_classification_aspect_step_class_init (TryggClassificationAspectStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trygg_classification_aspect_step_dispose;
  object_class->finalize = trygg_classification_aspect_step_finalize;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trygg_classification_aspect_step_init (TryggClassificationAspectStep *self)
{
  self->rows = g_ptr_array_new ();
}

/**
 * trygg_classification_aspect_step_new:
 * @preset: the scale the answers are given on
 * @areas: (element-type TryggClassificationArea): the consequence areas to ask, in order
 */
GtkWidget *
trygg_classification_aspect_step_new (TryggDatabase             *db,
                                      const char                *preset,
                                      TryggClassificationAspect  aspect,
                                      GPtrArray                 *areas)
{
  TryggClassificationAspectStep *self =
    g_object_new (TRYGG_TYPE_CLASSIFICATION_ASPECT_STEP, NULL);

  g_return_val_if_fail (aspect < TRYGG_CLASSIFICATION_N_ASPECTS, NULL);
  self->db = g_object_ref (db);
  self->preset = trygg_classification_preset_lookup (preset);
  if (self->preset == NULL)
    self->preset = &trygg_classification_presets[0];
  self->preset_id = g_strdup (self->preset->id);
  self->aspect = aspect;
  build (self, areas);
  return GTK_WIDGET (self);
}

TryggClassificationAspect
trygg_classification_aspect_step_get_aspect (TryggClassificationAspectStep *self)
{
  return self->aspect;
}

static TryggClassificationAreaRow *
find_row (TryggClassificationAspectStep *self,
          gint64                         area_id)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      TryggClassificationAreaRow *row = g_ptr_array_index (self->rows, i);
      if (trygg_classification_area_row_get_area_id (row) == area_id)
        return row;
    }
  return NULL;
}

/* Sets an answer without "changed" (a pre-fill); %FALSE for an area not asked or a level
 * not on the scale. TRYGG_CLASSIFICATION_NO_LEVEL clears the answer. */
gboolean
trygg_classification_aspect_step_set_answer (TryggClassificationAspectStep *self,
                                             gint64                         area_id,
                                             int                            level)
{
  TryggClassificationAreaRow *row = find_row (self, area_id);
  gboolean was_loading = self->loading;
  gboolean ok;

  if (row == NULL)
    return FALSE;
  self->loading = TRUE;
  ok = trygg_classification_area_row_set_level (row, level);
  self->loading = was_loading;
  return ok;
}

int
trygg_classification_aspect_step_get_answer (TryggClassificationAspectStep *self,
                                             gint64                         area_id)
{
  TryggClassificationAreaRow *row = find_row (self, area_id);

  return row != NULL ? trygg_classification_area_row_get_level (row)
                     : TRYGG_CLASSIFICATION_NO_LEVEL;
}

/* The aspect's level: the highest answer, or TRYGG_CLASSIFICATION_NO_LEVEL */
int
trygg_classification_aspect_step_get_level (TryggClassificationAspectStep *self)
{
  int level = TRYGG_CLASSIFICATION_NO_LEVEL;

  for (guint i = 0; i < self->rows->len; i++)
    level = MAX (level, trygg_classification_area_row_get_level (g_ptr_array_index (self->rows,
                                                                                   i)));
  return level;
}

void
trygg_classification_aspect_step_set_rationale (TryggClassificationAspectStep *self,
                                                const char                    *text)
{
  self->loading = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->rationale_view)),
                            text != NULL ? text : "", -1);
  self->loading = FALSE;
}

/* Adds this aspect's answers and rationale to @draft. */
void
trygg_classification_aspect_step_fill_draft (TryggClassificationAspectStep *self,
                                             TryggClassificationDraft      *draft)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->rationale_view));
  GtkTextIter start, end;
  char *text;

  for (guint i = 0; i < self->rows->len; i++)
    {
      TryggClassificationAreaRow *row = g_ptr_array_index (self->rows, i);
      int level = trygg_classification_area_row_get_level (row);

      if (level != TRYGG_CLASSIFICATION_NO_LEVEL)
        trygg_classification_draft_set_answer (draft, self->aspect,
                                               trygg_classification_area_row_get_area_id (row),
                                               level);
    }
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_free (draft->rationale[self->aspect]);
  draft->rationale[self->aspect] = g_strstrip (text);
}

/* The level button of @level in the area @area_id, or %NULL */
GtkWidget *
trygg_classification_aspect_step_get_button (TryggClassificationAspectStep *self,
                                             gint64                         area_id,
                                             int                            level)
{
  TryggClassificationAreaRow *row = find_row (self, area_id);

  return row != NULL ? trygg_classification_area_row_get_button (row, level) : NULL;
}

/* The live result as shown, e.g. "Confidentiality: K3, Serious" */
const char *
trygg_classification_aspect_step_get_result_text (TryggClassificationAspectStep *self)
{
  return self->result_text;
}

gboolean
trygg_classification_aspect_step_get_warns (TryggClassificationAspectStep *self)
{
  return gtk_widget_get_visible (self->warning_box);
}

/* Focus on the first area's chosen level, else its first button. */
void
trygg_classification_aspect_step_focus_first (TryggClassificationAspectStep *self)
{
  if (self->rows->len > 0)
    trygg_classification_area_row_focus (g_ptr_array_index (self->rows, 0));
}
