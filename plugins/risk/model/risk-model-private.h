/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the parts of the risk model share: risk-model.c (presets, matrices), risk-analysis.c
 * (analyses, risks), risk-measures.c (measures, overview counts) and the editing in
 * risk-edit.c, risk-edit-risk.c and risk-matrix-edit.c.
 */
#pragma once

#include "risk-model.h"

G_BEGIN_DECLS

/* sets a TRYGG_DATABASE_ERROR_NOT_FOUND error with @message; returns %FALSE */
gboolean trygg_risk_not_found (GError        **error,
                               const char     *message);
/* the rowid of @db's last INSERT */
gint64   trygg_risk_last_id   (TryggDatabase  *db);

/* risk-edit.c: one-row writes in a transaction of their own */
typedef struct {
  const char *text;
  gint64      number;
  gboolean    is_text;
} TryggRiskValue;

gboolean trygg_risk_invalid    (GError               **error,
                                const char            *message);
gboolean trygg_risk_in_list    (const char * const    *list,
                                const char            *value);
gboolean trygg_risk_update_row (TryggDatabase         *db,
                                const char            *sql,
                                gint64                 id,
                                const TryggRiskValue  *value,
                                const char            *gone,
                                GError               **error);
gboolean trygg_risk_delete_row (TryggDatabase         *db,
                                const char            *sql,
                                gint64                 id,
                                const char            *gone,
                                gint64                *first_change,
                                gint64                *last_change,
                                GError               **error);

G_END_DECLS
