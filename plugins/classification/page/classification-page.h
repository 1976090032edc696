/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "classification-model.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_CLASSIFICATION_PAGE (trygg_classification_page_get_type ())
G_DECLARE_FINAL_TYPE (TryggClassificationPage, trygg_classification_page, TRYGG,
                      CLASSIFICATION_PAGE, AdwBin)

GtkWidget *trygg_classification_page_new        (TryggDatabase           *db);
/* @uuid: an information asset, or a classification, aspect, fulfilment or requirement row */
gboolean   trygg_classification_page_select_uuid (TryggClassificationPage *self,
                                                  const char              *uuid);

G_END_DECLS
