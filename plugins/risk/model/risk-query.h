/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "risk-model.h"

G_BEGIN_DECLS

/**
 * TryggRiskReportAnalysis:
 * @lead: the lead's name, or ""
 * @analysed_on: YYYY-MM-DD, or "" when not set
 * @approved_by: the approver's name, or ""
 * @approved_on: YYYY-MM-DD, or ""
 * @created_on: YYYY-MM-DD of the row's creation
 * @n_risks: how many risks the analysis has
 *
 * An analysis as the report and the CSV read it: texts never %NULL.
 */
typedef struct {
  gint64    id;
  char     *uuid;
  char     *title;
  char     *purpose;
  char     *scope;
  char     *out_of_scope;
  char     *method_notes;
  char     *lead;
  char     *analysed_on;
  gboolean  approved;
  char     *approved_by;
  char     *approved_on;
  char     *created_on;
  int       n_risks;
} TryggRiskReportAnalysis;

typedef struct {
  char *name;
  char *role;         /* the role in the analysis */
  char *title;        /* the person's own role ("IT-chef") */
  char *unit;
} TryggRiskReportParticipant;

typedef struct {
  int   level;
  char *name;
  char *description;
} TryggRiskReportLevel;

/**
 * TryggRiskReportMeasure:
 * @deadline: the action's due date, else its quarter ("2026-Q4"), else ""
 * @due_sort: the day it is due (YYYY-MM-DD) or ""
 * @status: the action's status key ("not_started", "done" …)
 */
typedef struct {
  char *title;
  char *responsible;
  char *deadline;
  char *due_sort;
  char *status;
  char *completed_on;
} TryggRiskReportMeasure;

/**
 * TryggRiskReportRisk:
 * @residual_probability: 0 while not assessed (also @residual_consequence)
 * @treatment: "reduce", "accept", "avoid", "transfer" or ""
 * @status: "open", "in_treatment", "accepted" or "closed"
 * @measures: (element-type TryggRiskReportMeasure): its proposed measures
 */
typedef struct {
  gint64     id;
  int        number;
  char      *cause;
  char      *event;
  char      *consequence_text;
  char      *existing_measures;
  gboolean   confidentiality;
  gboolean   integrity;
  gboolean   availability;
  int        probability;
  int        consequence;
  int        residual_probability;
  int        residual_consequence;
  char      *treatment;
  char      *owner;
  char      *status;
  GPtrArray *measures;
} TryggRiskReportRisk;

/* An overdue measure of any analysis, for the yearly report. */
typedef struct {
  char *analysis;
  int   risk_number;
  char *title;
  char *responsible;
  char *deadline;
  char *status;
} TryggRiskReportOverdue;

typedef enum {
  TRYGG_RISK_REPORT_OBJECT_UNIT,
  TRYGG_RISK_REPORT_OBJECT_SYSTEM,
  TRYGG_RISK_REPORT_OBJECT_ASSET,
  TRYGG_RISK_REPORT_OBJECT_PROCESS,
} TryggRiskReportObject;

gint64     trygg_risk_query_lookup       (TryggDatabase        *db,
                                          const char           *analysis_uuid,
                                          GError              **error);
TryggRiskReportAnalysis *trygg_risk_query_analysis (TryggDatabase *db,
                                          gint64                analysis_id,
                                          GError              **error);
GPtrArray *trygg_risk_query_analyses     (TryggDatabase        *db,
                                          GError              **error);
GPtrArray *trygg_risk_query_objects      (TryggDatabase        *db,
                                          gint64                analysis_id,
                                          TryggRiskReportObject   kind,
                                          GError              **error);
GPtrArray *trygg_risk_query_participants (TryggDatabase        *db,
                                          gint64                analysis_id,
                                          GError              **error);
GPtrArray *trygg_risk_query_levels       (TryggDatabase        *db,
                                          gint64                analysis_id,
                                          const char           *axis,
                                          GError              **error);
GPtrArray *trygg_risk_query_risks        (TryggDatabase        *db,
                                          gint64                analysis_id,
                                          GError              **error);
GPtrArray *trygg_risk_query_overdue      (TryggDatabase        *db,
                                          const char           *today,
                                          GError              **error);

int        trygg_risk_query_current_value (const TryggRiskReportRisk  *risk);
void       trygg_risk_query_analysis_free (TryggRiskReportAnalysis *info);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TryggRiskReportAnalysis, trygg_risk_query_analysis_free)

G_END_DECLS
