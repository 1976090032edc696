/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-database.h"

G_BEGIN_DECLS

/**
 * TryggLinkKind:
 * @table: the link table, e.g. "asset_system"
 * @left: its first foreign-key column, e.g. "asset_id"
 * @right: its second, e.g. "system_id"
 */
typedef struct {
  const char *table;
  const char *left;
  const char *right;
} TryggLinkKind;

extern const TryggLinkKind trygg_link_asset_system;
extern const TryggLinkKind trygg_link_process_asset;
extern const TryggLinkKind trygg_link_process_system;

gboolean trygg_links_add    (TryggDatabase       *db,
                             const TryggLinkKind *kind,
                             gint64               left_id,
                             gint64               right_id,
                             GError             **error);
gboolean trygg_links_remove (TryggDatabase       *db,
                             const TryggLinkKind *kind,
                             gint64               left_id,
                             gint64               right_id,
                             GError             **error);
GArray  *trygg_links_list   (TryggDatabase       *db,
                             const TryggLinkKind *kind,
                             gboolean             from_left,
                             gint64               id);

G_END_DECLS
