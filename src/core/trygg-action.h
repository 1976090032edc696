/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-entity.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_ACTION (trygg_action_get_type ())
G_DECLARE_FINAL_TYPE (TryggAction, trygg_action, TRYGG, ACTION, TryggEntity)

TryggAction *trygg_action_new (void);

G_END_DECLS
