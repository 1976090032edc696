/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the parts of the Classification page of Preferences share:
 * classification-preferences.c (the page, the scale, traceability, the consequence areas),
 * classification-preferences-levels.c (the level names and descriptions) and
 * classification-preferences-catalogue.c (importing a requirement catalogue).
 */
#pragma once

#include "classification-preferences.h"

G_BEGIN_DECLS

struct _TryggClassificationPreferences
{
  AdwPreferencesPage  parent_instance;
  TryggDatabase      *db;
  GtkWidget          *preset_row;
  GtkWidget          *traceability_switch;
  GtkWidget          *levels_group;
  GtkWidget          *areas_group;
  GPtrArray          *area_rows;
  GtkWidget          *add_area_row;
  GtkWidget          *catalogue_row;
  GPtrArray          *level_edits;
  GPtrArray          *level_rows;
  GtkFileChooserNative *chooser;
  gboolean            reverting;   /* a control goes back to what is stored */
};

/* One level's name and description rows of the chosen scale */
typedef struct {
  TryggClassificationPreferences *self;
  const char                     *preset;
  TryggClassificationAspect       aspect;
  int                             level;
  GtkWidget                      *expander;
  GtkWidget                      *name_row;
  GtkWidget                      *description_row;
  guint                           timeout;
} TryggClassificationLevelEdit;

GtkWidget *trygg_classification_preferences_levels_group (TryggClassificationPreferences *self);
void       trygg_classification_preferences_fill_levels  (TryggClassificationPreferences *self);
void       trygg_classification_preferences_flush_levels (TryggClassificationPreferences *self);
GtkWidget *trygg_classification_preferences_catalogue_group (TryggClassificationPreferences *self);
void       trygg_classification_preferences_update_catalogue (TryggClassificationPreferences *self);
void       trygg_classification_preferences_open_catalogue (TryggClassificationPreferences *self,
                                                            GFile                          *file);

G_END_DECLS
