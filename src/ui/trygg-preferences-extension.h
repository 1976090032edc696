/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-core.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_PREFERENCES_EXTENSION (trygg_preferences_extension_get_type ())
G_DECLARE_INTERFACE (TryggPreferencesExtension, trygg_preferences_extension, TRYGG,
                     PREFERENCES_EXTENSION, GObject)

/**
 * TryggPreferencesExtensionInterface:
 * @create_page: an #AdwPreferencesPage of the organisation's settings that live in the
 *   database (a classification scale, a risk matrix default …), shown in Preferences
 */
struct _TryggPreferencesExtensionInterface
{
  GTypeInterface parent_iface;

  AdwPreferencesPage *(*create_page) (TryggPreferencesExtension *self,
                                      TryggDatabase             *db);
};

AdwPreferencesPage *trygg_preferences_extension_create_page (TryggPreferencesExtension *self,
                                                             TryggDatabase             *db);

G_END_DECLS
