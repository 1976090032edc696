/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "trygg-report-extension.h"

G_DEFINE_INTERFACE (TryggReportExtension, trygg_report_extension, G_TYPE_OBJECT)

static void
trygg_report_extension_default_init (TryggReportExtensionInterface *iface)
{
}

const char *
trygg_report_extension_get_report_title (TryggReportExtension *self)
{
  TryggReportExtensionInterface *iface = TRYGG_REPORT_EXTENSION_GET_IFACE (self);

  return iface->get_report_title != NULL ? iface->get_report_title (self) : NULL;
}

gboolean
trygg_report_extension_write_report (TryggReportExtension  *self,
                                     TryggDatabase         *db,
                                     TryggPdfWriter        *writer,
                                     int                    year,
                                     GError               **error)
{
  TryggReportExtensionInterface *iface = TRYGG_REPORT_EXTENSION_GET_IFACE (self);

  return iface->write_report == NULL || iface->write_report (self, db, writer, year, error);
}

gboolean
trygg_report_extension_write_yearly_section (TryggReportExtension  *self,
                                             TryggDatabase         *db,
                                             TryggPdfWriter        *writer,
                                             int                    year,
                                             GError               **error)
{
  TryggReportExtensionInterface *iface = TRYGG_REPORT_EXTENSION_GET_IFACE (self);

  return iface->write_yearly_section == NULL ||
         iface->write_yearly_section (self, db, writer, year, error);
}
