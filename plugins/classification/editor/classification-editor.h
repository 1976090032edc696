/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "classification-model.h"

G_BEGIN_DECLS

/* The guided classification of one information asset: a modal window. */
#define TRYGG_TYPE_CLASSIFICATION_EDITOR (trygg_classification_editor_get_type ())
G_DECLARE_FINAL_TYPE (TryggClassificationEditor, trygg_classification_editor, TRYGG,
                      CLASSIFICATION_EDITOR, AdwWindow)

/* Emits "saved" (int version) when a new version has been written. */
GtkWidget *trygg_classification_editor_new (TryggDatabase *db,
                                            gint64         asset_id);

G_END_DECLS
