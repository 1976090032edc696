/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-plugins.h"

G_BEGIN_DECLS

char          *trygg_demo_path   (void);
TryggDatabase *trygg_demo_create (TryggPlugins  *plugins,
                                  GError       **error);

G_END_DECLS
