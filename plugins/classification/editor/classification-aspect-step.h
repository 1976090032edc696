/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "classification-model.h"

G_BEGIN_DECLS

/* One aspect's step of the classification editor: the question, a level choice per
 * consequence area, the live result and the rationale. Emits "changed" on every edit. */
#define TRYGG_TYPE_CLASSIFICATION_ASPECT_STEP (trygg_classification_aspect_step_get_type ())
G_DECLARE_FINAL_TYPE (TryggClassificationAspectStep, trygg_classification_aspect_step, TRYGG,
                      CLASSIFICATION_ASPECT_STEP, GtkWidget)

GtkWidget *trygg_classification_aspect_step_new          (TryggDatabase             *db,
                                                          const char                *preset,
                                                          TryggClassificationAspect  aspect,
                                                          GPtrArray                 *areas);
TryggClassificationAspect
           trygg_classification_aspect_step_get_aspect   (TryggClassificationAspectStep *self);
gboolean   trygg_classification_aspect_step_set_answer   (TryggClassificationAspectStep *self,
                                                          gint64                     area_id,
                                                          int                        level);
int        trygg_classification_aspect_step_get_answer   (TryggClassificationAspectStep *self,
                                                          gint64                     area_id);
int        trygg_classification_aspect_step_get_level    (TryggClassificationAspectStep *self);
void       trygg_classification_aspect_step_set_rationale (TryggClassificationAspectStep *self,
                                                           const char                *text);
void       trygg_classification_aspect_step_fill_draft   (TryggClassificationAspectStep *self,
                                                          TryggClassificationDraft  *draft);
GtkWidget *trygg_classification_aspect_step_get_button   (TryggClassificationAspectStep *self,
                                                          gint64                     area_id,
                                                          int                        level);
const char *trygg_classification_aspect_step_get_result_text
                                                         (TryggClassificationAspectStep *self);
gboolean   trygg_classification_aspect_step_get_warns    (TryggClassificationAspectStep *self);
void       trygg_classification_aspect_step_focus_first  (TryggClassificationAspectStep *self);

G_END_DECLS
