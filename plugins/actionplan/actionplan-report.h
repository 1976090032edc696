/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-core.h"
#include "trygg-pdf-writer.h"

G_BEGIN_DECLS

gboolean trygg_actionplan_report_write (TryggDatabase   *db,
                                        TryggPdfWriter  *writer,
                                        int              year,
                                        gboolean         section,
                                        GError         **error);
gboolean trygg_actionplan_report_save  (TryggDatabase   *db,
                                        const char      *path,
                                        int              year,
                                        GError         **error);

G_END_DECLS
