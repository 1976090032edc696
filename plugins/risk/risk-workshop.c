/* SPDX-License-Identifier: GPL-3.0-or-later
 * STUB: replaced by its owner in this session. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-workshop.h"

struct _TryggRiskWorkshop { AdwWindow parent_instance; };
G_DEFINE_FINAL_TYPE (TryggRiskWorkshop, trygg_risk_workshop, ADW_TYPE_WINDOW)
static void trygg_risk_workshop_class_init (TryggRiskWorkshopClass *klass) {}
static void trygg_risk_workshop_init (TryggRiskWorkshop *self) {}
GtkWidget *trygg_risk_workshop_new (TryggDatabase *db, gint64 analysis_id) { return g_object_new (TRYGG_TYPE_RISK_WORKSHOP, NULL); }
