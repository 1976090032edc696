/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskEntity: the texts, aspects, owner and status of a risk as a row a TryggForm edits
 * (table `risk`). The number, the scores and the treatment are not properties: they change
 * through trygg_risk_score(), trygg_risk_set_treatment() and the resize, so that a form
 * saving as you type never writes old scores back over a move on the heatmap. Risks are
 * added with trygg_risk_add(), which numbers them.
 */
#include "config.h"

#include "risk-entity.h"

struct _TryggRiskEntity
{
  TryggEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (TryggRiskEntity, trygg_risk_entity, TRYGG_TYPE_ENTITY)

static void
trygg_risk_entity_class_init (TryggRiskEntityClass *klass)
{
  TryggEntityClass *entity_class = TRYGG_ENTITY_CLASS (klass);

  entity_class->table = "risk";
  entity_class->title_property = "event";
  trygg_entity_class_add_string (entity_class, "event", "");
  trygg_entity_class_add_string (entity_class, "cause", "");
  trygg_entity_class_add_string (entity_class, "consequence-text", "");
  trygg_entity_class_add_boolean (entity_class, "breaches-confidentiality");
  trygg_entity_class_add_boolean (entity_class, "breaches-integrity");
  trygg_entity_class_add_boolean (entity_class, "breaches-availability");
  trygg_entity_class_add_string (entity_class, "existing-measures", "");
  trygg_entity_class_add_reference (entity_class, "owner-id");
  trygg_entity_class_add_string (entity_class, "status", "open");
}

static void
trygg_risk_entity_init (TryggRiskEntity *self)
{
}
