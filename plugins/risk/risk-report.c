/* SPDX-License-Identifier: GPL-3.0-or-later
 * STUB: replaced by its owner in this session. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-report.h"

gboolean trygg_risk_report_write (TryggDatabase *db, TryggPdfWriter *writer, const char *analysis_uuid, GError **error) { return TRUE; }
gboolean trygg_risk_report_save (TryggDatabase *db, const char *path, const char *analysis_uuid, GError **error) { return TRUE; }
gboolean trygg_risk_report_write_summary (TryggDatabase *db, TryggPdfWriter *writer, int year, GError **error) { return TRUE; }
