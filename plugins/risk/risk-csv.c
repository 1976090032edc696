/* SPDX-License-Identifier: GPL-3.0-or-later
 * STUB: replaced by its owner in this session. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-report.h"

gboolean trygg_risk_csv_write (TryggDatabase *db, gint64 analysis_id, const char *path, GError **error) { return TRUE; }
