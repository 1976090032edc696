/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-database.h"

G_BEGIN_DECLS

gboolean trygg_database_is_internal_table   (const char     *table);
gboolean trygg_database_regenerate_triggers (TryggDatabase  *self,
                                             GError        **error);
gboolean trygg_database_is_creating         (TryggDatabase  *self);

G_END_DECLS
