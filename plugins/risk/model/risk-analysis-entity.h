/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-core.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_RISK_ANALYSIS_ENTITY (trygg_risk_analysis_entity_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskAnalysisEntity, trygg_risk_analysis_entity, TRYGG,
                      RISK_ANALYSIS_ENTITY, TryggEntity)

G_END_DECLS
