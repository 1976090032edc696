/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "classification-model.h"

G_BEGIN_DECLS

TryggClassificationDraft *trygg_classification_editor_load (TryggDatabase  *db,
                                                            gint64          asset_id,
                                                            char          **asset_name,
                                                            int            *current_version,
                                                            GError        **error);

G_END_DECLS
