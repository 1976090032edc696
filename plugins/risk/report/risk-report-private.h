/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the parts of the analysis report share: risk-report.c (the entry points and the
 * introduction), risk-report-front.c (the front page), risk-report-matrix.c (scales, bands,
 * heatmaps), risk-report-tables.c (the risk table and the acceptance decisions),
 * risk-report-summary.c (the yearly section) and risk-report-text.c (labels, measuring).
 */
#pragma once

#include <pango/pangocairo.h>

#include "risk-report.h"
#include "risk-query.h"

G_BEGIN_DECLS

/* The font and size of TryggPdfWriter's table cells and its cell padding: the risk table
 * measures its cells with them to line up each measure with its responsible and deadline. */
#define TRYGG_RISK_REPORT_FONT      "Cantarell, Sans"
#define TRYGG_RISK_REPORT_CELL_SIZE 9.5
#define TRYGG_RISK_REPORT_CELL_PAD  4.0

typedef struct {
  TryggDatabase           *db;
  TryggPdfWriter          *writer;
  TryggRiskReportAnalysis *analysis;
  TryggRiskMatrix         *matrix;
  GPtrArray               *risks;     /* TryggRiskReportRisk */
  GPtrArray               *units;     /* names */
  char                    *today;     /* YYYY-MM-DD */
  PangoContext            *context;   /* lays out as the writer does */
} TryggRiskReport;

void          trygg_risk_report_write_front      (TryggRiskReport  *report);
gboolean      trygg_risk_report_write_matrix     (TryggRiskReport  *report,
                                                  GError          **error);
gboolean      trygg_risk_report_write_heatmaps   (TryggRiskReport  *report,
                                                  GError          **error);
void          trygg_risk_report_write_risk_table (TryggRiskReport  *report);
void          trygg_risk_report_write_acceptance (TryggRiskReport  *report);

/* risk-report-text.c */
const char   *trygg_risk_report_text_or         (const char       *text,
                                                  const char       *fallback);
char         *trygg_risk_report_join             (GPtrArray        *names,
                                                  const char       *separator);
char         *trygg_risk_report_value            (const TryggRiskMatrix *matrix,
                                                  int               probability,
                                                  int               consequence,
                                                  const char       *separator);
char         *trygg_risk_report_within           (int               days);
char         *trygg_risk_report_today            (void);
PangoContext *trygg_risk_report_context_new      (void);
PangoLayout  *trygg_risk_report_layout           (PangoContext     *context,
                                                  const char       *text,
                                                  double            size,
                                                  PangoWeight       weight,
                                                  double            width);
double        trygg_risk_report_height           (PangoLayout      *layout);
int           trygg_risk_report_count_lines      (PangoContext     *context,
                                                  const char       *text,
                                                  double            cell_width);
void          trygg_risk_report_fit_widths       (PangoContext     *context,
                                                  const char * const *headers,
                                                  GPtrArray        *rows,
                                                  const double     *shares,
                                                  const gboolean   *fit,
                                                  double            total,
                                                  double           *widths);
GPtrArray    *trygg_risk_report_rows_new         (void);
void          trygg_risk_report_add_row          (GPtrArray        *rows,
                                                  ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
