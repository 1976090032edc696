/* SPDX-License-Identifier: GPL-3.0-or-later
 * STUB: replaced by its owner in this session. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-report.h"

gboolean
trygg_classification_report_write (TryggDatabase *db, TryggPdfWriter *writer,
                                   const char *asset_uuid, const char *unit_uuid, GError **error)
{
  return TRUE;
}
gboolean
trygg_classification_report_save (TryggDatabase *db, const char *path, const char *asset_uuid,
                                  const char *unit_uuid, GError **error)
{
  return TRUE;
}
gboolean
trygg_classification_report_write_summary (TryggDatabase *db, TryggPdfWriter *writer, GError **error)
{
  return TRUE;
}
