/* SPDX-License-Identifier: GPL-3.0-or-later
 * STUB: replaced by its owner in this session. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-badges.h"

struct _TryggClassificationBadges { GtkWidget parent_instance; };
G_DEFINE_FINAL_TYPE (TryggClassificationBadges, trygg_classification_badges, GTK_TYPE_WIDGET)
static void trygg_classification_badges_class_init (TryggClassificationBadgesClass *klass) {}
static void trygg_classification_badges_init (TryggClassificationBadges *self) {}
GtkWidget *
trygg_classification_badges_new (void)
{
  return g_object_new (TRYGG_TYPE_CLASSIFICATION_BADGES, NULL);
}
void
trygg_classification_badges_set_profile (TryggClassificationBadges *self, TryggDatabase *db,
                                         const TryggClassificationProfile *profile)
{
}
