/* SPDX-License-Identifier: GPL-3.0-or-later
 * STUB: replaced by its owner in this session. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-page.h"

struct _TryggRiskPage { AdwBin parent_instance; };
G_DEFINE_FINAL_TYPE (TryggRiskPage, trygg_risk_page, ADW_TYPE_BIN)
static void trygg_risk_page_class_init (TryggRiskPageClass *klass) {}
static void trygg_risk_page_init (TryggRiskPage *self) {}
GtkWidget *
trygg_risk_page_new (TryggDatabase *db)
{
  return g_object_new (TRYGG_TYPE_RISK_PAGE, NULL);
}
gboolean
trygg_risk_page_select_uuid (TryggRiskPage *self, const char *uuid)
{
  return FALSE;
}
