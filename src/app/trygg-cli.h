/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-plugins.h"

G_BEGIN_DECLS

int trygg_cli_list_plugins (TryggPlugins *plugins);
int trygg_cli_info         (TryggPlugins *plugins,
                            const char   *path);

int trygg_cli_export       (TryggPlugins *plugins,
                            const char   *path,
                            const char   *file);
int trygg_cli_import       (TryggPlugins *plugins,
                            const char   *path,
                            const char   *file);

G_END_DECLS
