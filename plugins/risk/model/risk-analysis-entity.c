/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskAnalysisEntity: the texts of a risk analysis as a row a TryggForm edits (table
 * `risk_analysis`). Only the columns the Analysis form writes are properties: the status and
 * approval change through trygg_risk_analysis_approve() and _reopen(), so that a form saving
 * as you type never writes an old status back. Analyses are made with
 * trygg_risk_create_analysis(), which gives them their matrix.
 */
#include "config.h"

#include "risk-analysis-entity.h"

struct _TryggRiskAnalysisEntity
{
  TryggEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (TryggRiskAnalysisEntity, trygg_risk_analysis_entity, TRYGG_TYPE_ENTITY)

static void
trygg_risk_analysis_entity_class_init (TryggRiskAnalysisEntityClass *klass)
{
  TryggEntityClass *entity_class = TRYGG_ENTITY_CLASS (klass);

  entity_class->table = "risk_analysis";
  entity_class->title_property = "title";
  trygg_entity_class_add_string (entity_class, "title", "");
  trygg_entity_class_add_string (entity_class, "purpose", "");
  trygg_entity_class_add_string (entity_class, "scope", "");
  trygg_entity_class_add_string (entity_class, "out-of-scope", "");
  trygg_entity_class_add_reference (entity_class, "lead-id");
  trygg_entity_class_add_string (entity_class, "analysed-on", NULL);
  trygg_entity_class_add_string (entity_class, "method-notes", "");
}

static void
trygg_risk_analysis_entity_init (TryggRiskAnalysisEntity *self)
{
}
