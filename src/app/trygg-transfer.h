/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-application.h"

G_BEGIN_DECLS

typedef enum {
  TRYGG_TRANSFER_EXPORT,
  TRYGG_TRANSFER_IMPORT,
} TryggTransferKind;

void trygg_transfer_start (GtkWindow         *parent,
                           TryggApplication  *app,
                           TryggTransferKind  kind,
                           const char        *file);
void trygg_transfer_choose (GtkWindow         *parent,
                            TryggApplication  *app,
                            TryggTransferKind  kind);

G_END_DECLS
