/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "classification-model.h"

G_BEGIN_DECLS

/* The requirements an asset's current profile calls for, each with its status, comment and a
 * button that makes a gap an action in the tracker. */
#define TRYGG_TYPE_CLASSIFICATION_REQUIREMENTS (trygg_classification_requirements_get_type ())
G_DECLARE_FINAL_TYPE (TryggClassificationRequirements, trygg_classification_requirements, TRYGG,
                      CLASSIFICATION_REQUIREMENTS, AdwBin)

GtkWidget *trygg_classification_requirements_new       (TryggDatabase *db);
void       trygg_classification_requirements_set_asset (TryggClassificationRequirements *self,
                                                        gint64                           asset_id);

/* Imports the bundled catalogue once, the first time the plugin meets a database. */
gboolean   trygg_classification_ensure_catalogue       (TryggDatabase  *db,
                                                        GError        **error);

G_END_DECLS
