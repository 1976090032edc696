/* SPDX-License-Identifier: GPL-3.0-or-later
 * STUB: replaced by its owner in this session. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-requirements.h"

struct _TryggClassificationRequirements { AdwBin parent_instance; };
G_DEFINE_FINAL_TYPE (TryggClassificationRequirements, trygg_classification_requirements, ADW_TYPE_BIN)
static void trygg_classification_requirements_class_init (TryggClassificationRequirementsClass *klass) {}
static void trygg_classification_requirements_init (TryggClassificationRequirements *self) {}
GtkWidget *
trygg_classification_requirements_new (TryggDatabase *db)
{
  return g_object_new (TRYGG_TYPE_CLASSIFICATION_REQUIREMENTS, NULL);
}
void
trygg_classification_requirements_set_asset (TryggClassificationRequirements *self, gint64 asset_id)
{
}
gboolean
trygg_classification_ensure_catalogue (TryggDatabase *db, GError **error)
{
  return TRUE;
}
