/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "classification-followup.h"
#include "classification-model.h"

G_BEGIN_DECLS

/* One requirement in the requirements panel: its widgets and its stored state. */
typedef struct _TryggClassificationRequirementRow TryggClassificationRequirementRow;

TryggClassificationRequirementRow *
trygg_classification_requirement_row_new (TryggDatabase                        *db,
                                          gint64                                asset_id,
                                          const TryggClassificationRequirement *req);
void
trygg_classification_requirement_row_free (TryggClassificationRequirementRow *r);
GtkWidget *
trygg_classification_requirement_row_get_widget (TryggClassificationRequirementRow *r);
gint64
trygg_classification_requirement_row_get_requirement_id (TryggClassificationRequirementRow *r);
const char *
trygg_classification_requirement_row_get_status (TryggClassificationRequirementRow *r);
void
trygg_classification_requirement_row_load (TryggClassificationRequirementRow   *r,
                                           const TryggClassificationFulfilment *f);
void
trygg_classification_requirement_row_flush (TryggClassificationRequirementRow *r);

G_END_DECLS
