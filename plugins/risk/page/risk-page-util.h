/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-model.h"

G_BEGIN_DECLS

void       trygg_risk_page_load_css        (void);

GtkWidget *trygg_risk_band_label_new       (void);
void       trygg_risk_band_label_set       (GtkWidget     *label,
                                            const char    *name,
                                            const char    *colour,
                                            int            value);

GtkWidget *trygg_risk_person_row_new       (TryggDatabase *db,
                                            const char    *title,
                                            const char    *none_label);
gint64     trygg_risk_person_row_get_id    (AdwComboRow   *row);
void       trygg_risk_person_row_set_id    (AdwComboRow   *row,
                                            gint64         person_id);

gboolean   trygg_risk_is_date              (const char    *text);

G_END_DECLS
