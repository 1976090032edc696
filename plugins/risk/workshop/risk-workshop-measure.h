/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"

G_BEGIN_DECLS

/* The workshop's quick form for a measure against the chosen risk: what, who, by when. */
#define TRYGG_TYPE_RISK_WORKSHOP_MEASURE (trygg_risk_workshop_measure_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskWorkshopMeasure, trygg_risk_workshop_measure, TRYGG,
                      RISK_WORKSHOP_MEASURE, GtkPopover)

GtkWidget *trygg_risk_workshop_measure_new      (TryggDatabase            *db);
/* the risk the next measure is for; reloads the persons */
void       trygg_risk_workshop_measure_set_risk (TryggRiskWorkshopMeasure *self,
                                                 gint64                    risk_id,
                                                 int                       number);
/* takes the form as it is: "added" on success, else the reason under the form */
gboolean   trygg_risk_workshop_measure_submit   (TryggRiskWorkshopMeasure *self);
/* the form's fields, for tests and the keyboard */
GtkWidget *trygg_risk_workshop_measure_get_title_entry (TryggRiskWorkshopMeasure *self);
GtkWidget *trygg_risk_workshop_measure_get_responsible (TryggRiskWorkshopMeasure *self);
GtkWidget *trygg_risk_workshop_measure_get_deadline    (TryggRiskWorkshopMeasure *self);

/* parses a deadline as YYYY-MM-DD or DD.MM.YYYY into YYYY-MM-DD; %NULL when it is no day */
char      *trygg_risk_workshop_parse_date       (const char               *text);

G_END_DECLS
