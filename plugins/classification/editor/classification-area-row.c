/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One consequence area of an aspect's step: its name, one toggle button per level of the
 * preset (number and name, the organisation's own name where it has one; the chosen one
 * shows a check mark as well as the accent colour), a button that clears the answer, and
 * the chosen level's description below. Every level button has an accessible name like
 * "Confidentiality, Harm to personal integrity: level 3, Serious" and a widget name like
 * "level-confidentiality-6-3" (aspect key, area id, level).
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-area-row.h"

#define MAX_LEVELS 5

struct _TryggClassificationAreaRow
{
  GtkListBoxRow                    parent_instance;

  TryggDatabase                   *db;
  const TryggClassificationPreset *preset;
  TryggClassificationAspect        aspect;
  gint64                           area_id;
  char                            *area_name;
  int                              level;
  GtkWidget                       *buttons[MAX_LEVELS];
  GtkWidget                       *description;
  GtkWidget                       *clear_button;
};

G_DEFINE_FINAL_TYPE (TryggClassificationAreaRow, trygg_classification_area_row,
                     GTK_TYPE_LIST_BOX_ROW)

enum { LEVEL_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
show_answer (TryggClassificationAreaRow *self)
{
  if (self->level == TRYGG_CLASSIFICATION_NO_LEVEL)
    gtk_label_set_text (GTK_LABEL (self->description), _("Not answered"));
  else
    {
      g_autofree char *description =
        trygg_classification_level_description (self->db, self->preset->id, self->aspect,
                                                self->level);
      gtk_label_set_text (GTK_LABEL (self->description), description);
    }
  gtk_widget_set_visible (self->clear_button, self->level != TRYGG_CLASSIFICATION_NO_LEVEL);
}

static void
on_level_toggled (GtkToggleButton            *button,
                  TryggClassificationAreaRow *self)
{
  int level = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "trygg-level"));
  gboolean active = gtk_toggle_button_get_active (button);

  /* the chosen level shows a check mark, not only another colour */
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (button), "trygg-check"), active);
  if (active)
    gtk_widget_add_css_class (GTK_WIDGET (button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (button), "suggested-action");
  if (active)
    self->level = level;
  else if (self->level == level)
    self->level = TRYGG_CLASSIFICATION_NO_LEVEL;
  else
    return;
  show_answer (self);
  g_signal_emit (self, signals[LEVEL_CHANGED], 0);
}

static void
on_clear_clicked (TryggClassificationAreaRow *self)
{
  trygg_classification_area_row_set_level (self, TRYGG_CLASSIFICATION_NO_LEVEL);
  gtk_widget_grab_focus (self->buttons[0]);
}

static GtkWidget *
make_level_button (TryggClassificationAreaRow *self,
                   int                         level)
{
  g_autofree char *name =
    trygg_classification_level_name (self->db, self->preset->id, self->aspect, level);
  g_autofree char *description =
    trygg_classification_level_description (self->db, self->preset->id, self->aspect, level);
  g_autofree char *number = g_strdup_printf ("%d", level);
  g_autofree char *widget_name = g_strdup_printf ("level-%s-%" G_GINT64_FORMAT "-%d",
                                                  trygg_classification_aspect_key (self->aspect),
                                                  self->area_id, level);
  g_autofree char *accessible = NULL;
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");
  GtkWidget *number_label = gtk_label_new (number);
  GtkWidget *name_label = gtk_label_new (name);

  gtk_widget_set_visible (check, FALSE);
  gtk_widget_set_halign (top, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (top), check);
  gtk_box_append (GTK_BOX (top), number_label);
  gtk_widget_add_css_class (number_label, "title-4");
  gtk_widget_add_css_class (name_label, "caption");
  gtk_label_set_wrap (GTK_LABEL (name_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (name_label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (name_label), 12);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), name_label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_set_name (button, widget_name);
  gtk_widget_set_tooltip_text (button, description);
  /* Translators: the accessible name of a level button, e.g. "Confidentiality, Harm to
   * personal integrity: level 3, Serious": the aspect, the consequence area, the level's
   * number and its name */
  accessible = g_strdup_printf (_("%s, %s: level %d, %s"),
                                trygg_classification_aspect_name (self->aspect),
                                self->area_name, level, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  g_object_set_data (G_OBJECT (button), "trygg-check", check);
  g_object_set_data (G_OBJECT (button), "trygg-level", GINT_TO_POINTER (level));
  g_signal_connect (button, "toggled", G_CALLBACK (on_level_toggled), self);
  return button;
}

static void
build (TryggClassificationAreaRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (self->area_name);
  GtkWidget *levels = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autofree char *clear_label = NULL;
  g_autofree char *clear_name = g_strdup_printf ("clear-%s-%" G_GINT64_FORMAT,
                                                 trygg_classification_aspect_key (self->aspect),
                                                 self->area_id);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (top), title);

  self->clear_button = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_set_name (self->clear_button, clear_name);
  gtk_widget_add_css_class (self->clear_button, "flat");
  gtk_widget_set_valign (self->clear_button, GTK_ALIGN_CENTER);
  /* Translators: %s is a consequence area, e.g. "Loss of trust" */
  clear_label = g_strdup_printf (_("Clear the answer for %s"), self->area_name);
  gtk_widget_set_tooltip_text (self->clear_button, clear_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, clear_label, -1);
  g_signal_connect_swapped (self->clear_button, "clicked", G_CALLBACK (on_clear_clicked), self);
  gtk_box_append (GTK_BOX (top), self->clear_button);
  gtk_box_append (GTK_BOX (box), top);

  gtk_box_set_homogeneous (GTK_BOX (levels), TRUE);
  gtk_widget_add_css_class (levels, "linked");
  for (int level = self->preset->min_level; level <= self->preset->max_level; level++)
    {
      GtkWidget *button = make_level_button (self, level);

      self->buttons[level - self->preset->min_level] = button;
      if (level > self->preset->min_level)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button),
                                     GTK_TOGGLE_BUTTON (self->buttons[0]));
      gtk_box_append (GTK_BOX (levels), button);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (levels),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->area_name, -1);
  gtk_box_append (GTK_BOX (box), levels);

  self->description = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->description), 0);
  gtk_label_set_wrap (GTK_LABEL (self->description), TRUE);
  gtk_widget_add_css_class (self->description, "dim-label");
  gtk_box_append (GTK_BOX (box), self->description);
  show_answer (self);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
}

static void
trygg_classification_area_row_finalize (GObject *object)
{
  TryggClassificationAreaRow *self = TRYGG_CLASSIFICATION_AREA_ROW (object);

  g_clear_object (&self->db);
  g_free (self->area_name);
  G_OBJECT_CLASS (trygg_classification_area_row_parent_class)->finalize (object);
}

static void
trygg_classification_area_row_class_init (TryggClassificationAreaRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trygg_classification_area_row_finalize;
  signals[LEVEL_CHANGED] = g_signal_new ("level-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
}

static void
trygg_classification_area_row_init (TryggClassificationAreaRow *self)
{
  self->level = TRYGG_CLASSIFICATION_NO_LEVEL;
}

GtkWidget *
trygg_classification_area_row_new (TryggDatabase                   *db,
                                   const TryggClassificationPreset *preset,
                                   TryggClassificationAspect        aspect,
                                   const TryggClassificationArea   *area)
{
  TryggClassificationAreaRow *self = g_object_new (TRYGG_TYPE_CLASSIFICATION_AREA_ROW, NULL);

  g_return_val_if_fail (preset->max_level - preset->min_level < MAX_LEVELS, NULL);
  self->db = g_object_ref (db);
  self->preset = preset;
  self->aspect = aspect;
  self->area_id = area->id;
  self->area_name = g_strdup (area->name);
  build (self);
  return GTK_WIDGET (self);
}

gint64
trygg_classification_area_row_get_area_id (TryggClassificationAreaRow *self)
{
  return self->area_id;
}

const char *
trygg_classification_area_row_get_area_name (TryggClassificationAreaRow *self)
{
  return self->area_name;
}

/* The chosen level, or TRYGG_CLASSIFICATION_NO_LEVEL */
int
trygg_classification_area_row_get_level (TryggClassificationAreaRow *self)
{
  return self->level;
}

/* Chooses @level (TRYGG_CLASSIFICATION_NO_LEVEL clears); %FALSE for a level off the scale */
gboolean
trygg_classification_area_row_set_level (TryggClassificationAreaRow *self,
                                         int                         level)
{
  if (level == TRYGG_CLASSIFICATION_NO_LEVEL)
    {
      if (self->level != TRYGG_CLASSIFICATION_NO_LEVEL)
        gtk_toggle_button_set_active (
            GTK_TOGGLE_BUTTON (self->buttons[self->level - self->preset->min_level]), FALSE);
      return TRUE;
    }
  if (level < self->preset->min_level || level > self->preset->max_level)
    return FALSE;
  gtk_toggle_button_set_active (
      GTK_TOGGLE_BUTTON (self->buttons[level - self->preset->min_level]), TRUE);
  return TRUE;
}

/* The button of @level, or %NULL for a level off the scale */
GtkWidget *
trygg_classification_area_row_get_button (TryggClassificationAreaRow *self,
                                          int                         level)
{
  if (level < self->preset->min_level || level > self->preset->max_level)
    return NULL;
  return self->buttons[level - self->preset->min_level];
}

/* Focus on the chosen level, else the first */
void
trygg_classification_area_row_focus (TryggClassificationAreaRow *self)
{
  gtk_widget_grab_focus (self->level != TRYGG_CLASSIFICATION_NO_LEVEL
                           ? self->buttons[self->level - self->preset->min_level]
                           : self->buttons[0]);
}
