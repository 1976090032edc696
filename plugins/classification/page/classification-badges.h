/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "classification-model.h"

G_BEGIN_DECLS

/* The profile of an asset ("K3 R2 T3") as badges: letter and level as text, the level also
 * as a shade, an accessible label with the aspect and level names. Add the style class
 * "large" for a detail pane. */
#define TRYGG_TYPE_CLASSIFICATION_BADGES (trygg_classification_badges_get_type ())
G_DECLARE_FINAL_TYPE (TryggClassificationBadges, trygg_classification_badges, TRYGG,
                      CLASSIFICATION_BADGES, GtkWidget)

GtkWidget  *trygg_classification_badges_new         (void);
/* @profile: %NULL or an unclassified profile shows "Not classified" */
void        trygg_classification_badges_set_profile (TryggClassificationBadges        *self,
                                                     TryggDatabase                    *db,
                                                     const TryggClassificationProfile *profile);
/* The accessible label: "Classification K3 R2 T3" or "Not classified" */
const char *trygg_classification_badges_get_label   (TryggClassificationBadges        *self);

/* The plugin page's style sheet (badges, banners), added to the display once */
void        trygg_classification_load_page_css      (void);

G_END_DECLS
