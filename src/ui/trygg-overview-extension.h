/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "trygg-core.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_OVERVIEW_EXTENSION (trygg_overview_extension_get_type ())
G_DECLARE_INTERFACE (TryggOverviewExtension, trygg_overview_extension, TRYGG, OVERVIEW_EXTENSION,
                     GObject)

/**
 * TryggOverviewExtensionInterface:
 * @create_card: (transfer full): a card for the Overview page (counts, what is red, what is
 *   late); activating it should open the filtered list behind it through the window action
 *   `win.show-page` with the page id as target
 *
 * The overview extension point.
 */
struct _TryggOverviewExtensionInterface
{
  GTypeInterface parent_iface;

  GtkWidget *(*create_card) (TryggOverviewExtension *self,
                             TryggDatabase          *db);
};

GtkWidget *trygg_overview_extension_create_card (TryggOverviewExtension *self,
                                                 TryggDatabase          *db);

G_END_DECLS
