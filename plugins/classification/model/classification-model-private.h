/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the parts of the classification model share: classification-model.c (presets,
 * aspects, level names), classification-settings.c (settings, consequence areas) and
 * classification-versions.c (drafts, saving a version, profiles, systems).
 */
#pragma once

#include "classification-model.h"

G_BEGIN_DECLS

/* the stored key of each aspect, in TryggClassificationAspect order */
extern const char * const trygg_classification_aspect_keys[TRYGG_CLASSIFICATION_N_ASPECTS];

const TryggClassificationPreset *trygg_classification_preset_or_default (const char *id);

G_END_DECLS
