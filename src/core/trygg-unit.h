/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-entity.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_UNIT (trygg_unit_get_type ())
G_DECLARE_FINAL_TYPE (TryggUnit, trygg_unit, TRYGG, UNIT, TryggEntity)

TryggUnit *trygg_unit_new (void);

G_END_DECLS
