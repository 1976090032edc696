/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-entity.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_PROCESS (trygg_process_get_type ())
G_DECLARE_FINAL_TYPE (TryggProcess, trygg_process, TRYGG, PROCESS, TryggEntity)

TryggProcess *trygg_process_new (void);

G_END_DECLS
