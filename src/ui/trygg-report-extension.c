/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "trygg-report-extension.h"

G_DEFINE_INTERFACE (TryggReportExtension, trygg_report_extension, G_TYPE_OBJECT)

static void
trygg_report_extension_default_init (TryggReportExtensionInterface *iface)
{
}

const char *
trygg_report_extension_get_report_id (TryggReportExtension *self)
{
  TryggReportExtensionInterface *iface = TRYGG_REPORT_EXTENSION_GET_IFACE (self);

  return iface->get_report_id != NULL ? iface->get_report_id (self) : NULL;
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
                                     GVariantDict          *params,
                                     GError               **error)
{
  TryggReportExtensionInterface *iface = TRYGG_REPORT_EXTENSION_GET_IFACE (self);

  return iface->write_report == NULL || iface->write_report (self, db, writer, params, error);
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

gboolean
trygg_report_extension_export_file (TryggReportExtension  *self,
                                    TryggDatabase         *db,
                                    const char            *kind,
                                    GVariantDict          *params,
                                    const char            *path,
                                    GError               **error)
{
  TryggReportExtensionInterface *iface = TRYGG_REPORT_EXTENSION_GET_IFACE (self);

  if (iface->export_file == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("No plugin makes files of this kind: %s"), kind);
      return FALSE;
    }
  return iface->export_file (self, db, kind, params, path, error);
}
