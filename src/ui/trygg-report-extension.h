/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-core.h"
#include "trygg-pdf-writer.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_REPORT_EXTENSION (trygg_report_extension_get_type ())
G_DECLARE_INTERFACE (TryggReportExtension, trygg_report_extension, TRYGG, REPORT_EXTENSION, GObject)

/**
 * TryggReportExtensionInterface:
 * @get_report_id: the name `trygg --report NAME` knows the report by ("risk")
 * @get_report_title: the report's title, translated
 * @write_report: writes the plugin's own report; @params holds what the command line or the
 *   page asked for: "year" (i), "unit", "asset", "analysis" (s, uuids). A missing or unknown
 *   subject is a %G_IO_ERROR_INVALID_ARGUMENT in the user's words.
 * @write_yearly_section: writes its section of the yearly management report
 * @export_file: optional; writes a file of another kind (e.g. "heatmap" as PNG, SVG or PDF by
 *   the extension of @path) with the same @params. Returns %FALSE with
 *   %G_IO_ERROR_NOT_SUPPORTED when the plugin does not make files of @kind.
 */
struct _TryggReportExtensionInterface
{
  GTypeInterface parent_iface;

  const char *(*get_report_id)        (TryggReportExtension  *self);
  const char *(*get_report_title)     (TryggReportExtension  *self);
  gboolean    (*write_report)         (TryggReportExtension  *self,
                                       TryggDatabase         *db,
                                       TryggPdfWriter        *writer,
                                       GVariantDict          *params,
                                       GError               **error);
  gboolean    (*write_yearly_section) (TryggReportExtension  *self,
                                       TryggDatabase         *db,
                                       TryggPdfWriter        *writer,
                                       int                    year,
                                       GError               **error);
  gboolean    (*export_file)          (TryggReportExtension  *self,
                                       TryggDatabase         *db,
                                       const char            *kind,
                                       GVariantDict          *params,
                                       const char            *path,
                                       GError               **error);
};

const char *trygg_report_extension_get_report_id        (TryggReportExtension  *self);
const char *trygg_report_extension_get_report_title     (TryggReportExtension  *self);
gboolean    trygg_report_extension_write_report         (TryggReportExtension  *self,
                                                         TryggDatabase         *db,
                                                         TryggPdfWriter        *writer,
                                                         GVariantDict          *params,
                                                         GError               **error);
gboolean    trygg_report_extension_write_yearly_section (TryggReportExtension  *self,
                                                         TryggDatabase         *db,
                                                         TryggPdfWriter        *writer,
                                                         int                    year,
                                                         GError               **error);
gboolean    trygg_report_extension_export_file          (TryggReportExtension  *self,
                                                         TryggDatabase         *db,
                                                         const char            *kind,
                                                         GVariantDict          *params,
                                                         const char            *path,
                                                         GError               **error);

G_END_DECLS
