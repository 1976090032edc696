/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-entity.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_PERSON (trygg_person_get_type ())
G_DECLARE_FINAL_TYPE (TryggPerson, trygg_person, TRYGG, PERSON, TryggEntity)

TryggPerson *trygg_person_new (void);

G_END_DECLS
