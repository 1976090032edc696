/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "classification-model.h"

G_BEGIN_DECLS

/* The last step of the classification editor: the resulting profile, personal data and
 * secrecy, who classified and who signs off, and when. Emits "changed" on every edit. */
#define TRYGG_TYPE_CLASSIFICATION_SIGNOFF_STEP (trygg_classification_signoff_step_get_type ())
G_DECLARE_FINAL_TYPE (TryggClassificationSignoffStep, trygg_classification_signoff_step, TRYGG,
                      CLASSIFICATION_SIGNOFF_STEP, GtkWidget)

GtkWidget *trygg_classification_signoff_step_new        (TryggDatabase  *db,
                                                         const char     *preset,
                                                         gboolean        traceability);
void       trygg_classification_signoff_step_load       (TryggClassificationSignoffStep *self,
                                                         const TryggClassificationDraft *draft);
void       trygg_classification_signoff_step_fill_draft (TryggClassificationSignoffStep *self,
                                                         TryggClassificationDraft       *draft);
gboolean   trygg_classification_signoff_step_validate   (TryggClassificationSignoffStep *self,
                                                         char                          **message);
void       trygg_classification_signoff_step_set_levels (TryggClassificationSignoffStep *self,
                                                         const int                      *levels);
void       trygg_classification_signoff_step_set_version (TryggClassificationSignoffStep *self,
                                                          int                             version);
const char *trygg_classification_signoff_step_get_profile_text
                                                        (TryggClassificationSignoffStep *self);
void       trygg_classification_signoff_step_focus_first (TryggClassificationSignoffStep *self);

char      *trygg_classification_format_profile          (const TryggClassificationPreset *preset,
                                                         const int                       *levels,
                                                         gboolean                         traceability);

G_END_DECLS
