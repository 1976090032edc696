/* SPDX-License-Identifier: GPL-3.0-or-later
 * STUB: replaced by its owner in this session. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-page.h"

struct _TryggClassificationPage { AdwBin parent_instance; };
G_DEFINE_FINAL_TYPE (TryggClassificationPage, trygg_classification_page, ADW_TYPE_BIN)
static void trygg_classification_page_class_init (TryggClassificationPageClass *klass) {}
static void trygg_classification_page_init (TryggClassificationPage *self) {}
GtkWidget *
trygg_classification_page_new (TryggDatabase *db)
{
  return g_object_new (TRYGG_TYPE_CLASSIFICATION_PAGE, NULL);
}
gboolean
trygg_classification_page_select_uuid (TryggClassificationPage *self, const char *uuid)
{
  return FALSE;
}
