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

int trygg_cli_report       (TryggPlugins *plugins,
                            const char   *path,
                            const char   *name,
                            GVariantDict *params,
                            const char   *output);
int trygg_cli_export_file  (TryggPlugins *plugins,
                            const char   *path,
                            const char   *kind,
                            GVariantDict *params,
                            const char   *output);

G_END_DECLS
