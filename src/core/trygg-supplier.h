/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-entity.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_SUPPLIER (trygg_supplier_get_type ())
G_DECLARE_FINAL_TYPE (TryggSupplier, trygg_supplier, TRYGG, SUPPLIER, TryggEntity)

TryggSupplier *trygg_supplier_new (void);

G_END_DECLS
