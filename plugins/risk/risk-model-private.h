/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the parts of the risk model share: risk-model.c (presets, matrices), risk-analysis.c
 * (analyses, risks) and risk-measures.c (measures, overview counts).
 */
#pragma once

#include "risk-model.h"

G_BEGIN_DECLS

/* sets a TRYGG_DATABASE_ERROR_NOT_FOUND error with @message; returns %FALSE */
gboolean trygg_risk_not_found (GError        **error,
                               const char     *message);
/* the rowid of @db's last INSERT */
gint64   trygg_risk_last_id   (TryggDatabase  *db);

G_END_DECLS
