/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  trygg_paths_is_uninstalled      (void);
void      trygg_paths_setup_uninstalled   (void);
char     *trygg_paths_default_database    (void);
const char *trygg_paths_localedir         (void);

void      trygg_paths_mark_start          (void);
gint64    trygg_paths_start_time          (void);

G_END_DECLS
