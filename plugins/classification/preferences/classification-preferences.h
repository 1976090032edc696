/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "classification-model.h"

G_BEGIN_DECLS

/* The organisation's scale (preset), its level names and descriptions, the consequence
 * areas and traceability, and the requirement catalogue import. */
#define TRYGG_TYPE_CLASSIFICATION_PREFERENCES (trygg_classification_preferences_get_type ())
G_DECLARE_FINAL_TYPE (TryggClassificationPreferences, trygg_classification_preferences, TRYGG,
                      CLASSIFICATION_PREFERENCES, AdwPreferencesPage)

AdwPreferencesPage *trygg_classification_preferences_new (TryggDatabase *db);

G_END_DECLS
