/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the risk benches share (risk-heatmap.c, risk-page.c): clock, memory, medians and the
 * generated analyses.
 */
#pragma once

#include <glib.h>

#include "risk-model.h"

G_BEGIN_DECLS

extern const TryggSchemaSource risk_bench_source;

double risk_bench_now_ms        (void);
long   risk_bench_rss_kb        (void);
double risk_bench_median        (GArray        *values);
gint64 risk_bench_make_analysis (TryggDatabase *db,
                                 const char    *title,
                                 int            n);
gint64 risk_bench_find_analysis (TryggDatabase *db,
                                 const char    *title);

G_END_DECLS
