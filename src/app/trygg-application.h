/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-core.h"
#include "trygg-plugins.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_APPLICATION (trygg_application_get_type ())
G_DECLARE_FINAL_TYPE (TryggApplication, trygg_application, TRYGG, APPLICATION, AdwApplication)

TryggApplication *trygg_application_new          (void);
TryggDatabase    *trygg_application_get_database (TryggApplication *self);
TryggPlugins     *trygg_application_get_plugins  (TryggApplication *self);
GSettings        *trygg_application_get_settings (TryggApplication *self);
gboolean          trygg_application_prepare      (TryggApplication *self,
                                                  const char       *path,
                                                  GError          **error);
TryggDatabase    *trygg_application_open_database (TryggPlugins    *plugins,
                                                   const char      *path,
                                                   GError         **error);

G_END_DECLS
