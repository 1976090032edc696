/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-model.h"

G_BEGIN_DECLS

/* The analysis report: front page, scope, participants, matrix and scale definitions, heatmap
 * initial and residual, the risk table in the Norwegian handbook layout, acceptance. */
gboolean trygg_risk_report_write         (TryggDatabase   *db,
                                          TryggPdfWriter  *writer,
                                          const char      *analysis_uuid,
                                          GError         **error);
gboolean trygg_risk_report_save          (TryggDatabase   *db,
                                          const char      *path,
                                          const char      *analysis_uuid,
                                          GError         **error);
/* The section of the yearly management report: red risks, analyses not approved. */
gboolean trygg_risk_report_write_summary (TryggDatabase   *db,
                                          TryggPdfWriter  *writer,
                                          int              year,
                                          GError         **error);
/* The risk list of an analysis as CSV for Excel (UTF-8 with BOM, semicolons). */
gboolean trygg_risk_csv_write            (TryggDatabase   *db,
                                          gint64           analysis_id,
                                          const char      *path,
                                          GError         **error);

G_END_DECLS
