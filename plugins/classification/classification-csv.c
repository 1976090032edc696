/* SPDX-License-Identifier: GPL-3.0-or-later
 * STUB: replaced by its owner in this session. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-report.h"

gboolean
trygg_classification_csv_write (TryggDatabase *db, GArray *asset_ids, const char *path,
                                GError **error)
{
  return TRUE;
}
