/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "classification-model.h"

G_BEGIN_DECLS

/* The section on core's register pages: an information asset's profile badges with a
 * "Classify…" button; a system's inherited levels with the assets they came from.
 * Returns %NULL for other tables. The widget has a writable "entity" property. */
GtkWidget *trygg_classification_section_new (TryggDatabase *db,
                                             const char    *table);

G_END_DECLS
