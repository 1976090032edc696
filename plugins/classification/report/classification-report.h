/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "classification-model.h"

G_BEGIN_DECLS

/* The classification report of one asset (@asset_uuid) or of every asset of one unit
 * (@unit_uuid): profile, rationale, requirements and their status, sign-off. */
gboolean trygg_classification_report_write         (TryggDatabase   *db,
                                                    TryggPdfWriter  *writer,
                                                    const char      *asset_uuid,
                                                    const char      *unit_uuid,
                                                    GError         **error);
gboolean trygg_classification_report_save          (TryggDatabase   *db,
                                                    const char      *path,
                                                    const char      *asset_uuid,
                                                    const char      *unit_uuid,
                                                    GError         **error);
/* The section of the yearly management report: classified of total, overdue, gaps. */
gboolean trygg_classification_report_write_summary (TryggDatabase   *db,
                                                    TryggPdfWriter  *writer,
                                                    GError         **error);
/* The asset list as CSV for Excel (UTF-8 with BOM, semicolons): name, unit, owner, profile,
 * classified, signed off, next review; @asset_ids %NULL for every asset. */
gboolean trygg_classification_csv_write            (TryggDatabase   *db,
                                                    GArray          *asset_ids,
                                                    const char      *path,
                                                    GError         **error);

G_END_DECLS
