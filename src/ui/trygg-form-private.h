/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-form.h"

G_BEGIN_DECLS

GtkWidget *trygg_form_make_links (TryggDatabase    *db,
                                  TryggEntity      *entity,
                                  const TryggField *field);

G_END_DECLS
