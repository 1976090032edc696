/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "classification-model.h"

G_BEGIN_DECLS

/* One consequence area in an aspect's step: a row of level buttons (number and name) and
 * the chosen level's description. Emits "level-changed" whenever its answer changes. */
#define TRYGG_TYPE_CLASSIFICATION_AREA_ROW (trygg_classification_area_row_get_type ())
G_DECLARE_FINAL_TYPE (TryggClassificationAreaRow, trygg_classification_area_row, TRYGG,
                      CLASSIFICATION_AREA_ROW, GtkListBoxRow)

GtkWidget  *trygg_classification_area_row_new          (TryggDatabase                 *db,
                                                        const TryggClassificationPreset *preset,
                                                        TryggClassificationAspect      aspect,
                                                        const TryggClassificationArea *area);
gint64      trygg_classification_area_row_get_area_id  (TryggClassificationAreaRow    *self);
const char *trygg_classification_area_row_get_area_name (TryggClassificationAreaRow   *self);
int         trygg_classification_area_row_get_level    (TryggClassificationAreaRow    *self);
gboolean    trygg_classification_area_row_set_level    (TryggClassificationAreaRow    *self,
                                                        int                            level);
GtkWidget  *trygg_classification_area_row_get_button   (TryggClassificationAreaRow    *self,
                                                        int                            level);
void        trygg_classification_area_row_focus        (TryggClassificationAreaRow    *self);

G_END_DECLS
