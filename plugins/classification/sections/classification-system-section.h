/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "classification-model.h"

G_BEGIN_DECLS

/* A system's inherited classification: per aspect the highest level of the information
 * assets it holds, with the assets it comes from. Has a writable "entity" property. */
#define TRYGG_TYPE_CLASSIFICATION_SYSTEM_SECTION (trygg_classification_system_section_get_type ())
G_DECLARE_FINAL_TYPE (TryggClassificationSystemSection, trygg_classification_system_section,
                      TRYGG, CLASSIFICATION_SYSTEM_SECTION, AdwBin)

GtkWidget *trygg_classification_system_section_new (TryggDatabase *db);

G_END_DECLS
