/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-entity.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_SYSTEM (trygg_system_get_type ())
G_DECLARE_FINAL_TYPE (TryggSystem, trygg_system, TRYGG, SYSTEM, TryggEntity)

TryggSystem *trygg_system_new (void);

G_END_DECLS
