/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-core.h"
#include "trygg-pdf-writer.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_REPORT_EXTENSION (trygg_report_extension_get_type ())
G_DECLARE_INTERFACE (TryggReportExtension, trygg_report_extension, TRYGG, REPORT_EXTENSION, GObject)

/**
 * TryggReportExtensionInterface:
 * @get_report_title: the translated title of the plugin's own report, or %NULL for none
 * @write_report: writes the plugin's own report for @year
 * @write_yearly_section: writes the plugin's section of the yearly management report
 *
 * The report extension point: PDF sections made with #TryggPdfWriter (cairo and Pango), so
 * that reports are written headless from the command line too.
 */
struct _TryggReportExtensionInterface
{
  GTypeInterface parent_iface;

  const char *(*get_report_title)     (TryggReportExtension  *self);
  gboolean    (*write_report)         (TryggReportExtension  *self,
                                       TryggDatabase         *db,
                                       TryggPdfWriter        *writer,
                                       int                    year,
                                       GError               **error);
  gboolean    (*write_yearly_section) (TryggReportExtension  *self,
                                       TryggDatabase         *db,
                                       TryggPdfWriter        *writer,
                                       int                    year,
                                       GError               **error);
};

const char *trygg_report_extension_get_report_title     (TryggReportExtension  *self);
gboolean    trygg_report_extension_write_report         (TryggReportExtension  *self,
                                                         TryggDatabase         *db,
                                                         TryggPdfWriter        *writer,
                                                         int                    year,
                                                         GError               **error);
gboolean    trygg_report_extension_write_yearly_section (TryggReportExtension  *self,
                                                         TryggDatabase         *db,
                                                         TryggPdfWriter        *writer,
                                                         int                    year,
                                                         GError               **error);

G_END_DECLS
