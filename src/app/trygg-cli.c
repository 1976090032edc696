/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headless commands: they load the same plugins as the window but make no widgets.
 * Results go to stdout, errors to stderr as one line, with a non-zero exit status.
 */
#define G_LOG_DOMAIN "trygg-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "trygg-application.h"
#include "trygg-ui.h"
#include "trygg-cli.h"

/* One line per plugin: its module name, then "enabled" or "disabled" (not translated, so
 * that scripts can read it). */
int
trygg_cli_list_plugins (TryggPlugins *plugins)
{
  g_autoptr(GPtrArray) list = trygg_plugins_list (plugins);

  for (guint i = 0; i < list->len; i++)
    {
      TryggPluginDescription *d = g_ptr_array_index (list, i);
      g_print ("%s %s\n", d->module, d->enabled ? "enabled" : "disabled");
    }
  return 0;
}

int
trygg_cli_info (TryggPlugins *plugins,
                const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggDatabase) db = trygg_application_open_database (plugins, path, &error);
  g_autoptr(sqlite3_stmt) versions = NULL;
  g_auto(GStrv) tables = NULL;

  if (db == NULL)
    {
      g_printerr ("trygg: %s\n", error->message);
      return 1;
    }

  g_print ("%s %s\n", _("Database:"), trygg_database_get_path (db));
  g_print ("%s\n", _("Schema versions:"));
  versions = trygg_database_prepare (db, "SELECT component, version FROM schema_version "
                                     "ORDER BY component != 'core', component", NULL);
  while (versions != NULL && sqlite3_step (versions) == SQLITE_ROW)
    g_print ("  %-20s %d\n", sqlite3_column_text (versions, 0), sqlite3_column_int (versions, 1));

  g_print ("%s\n", _("Rows:"));
  tables = trygg_database_list_tables (db);
  for (guint i = 0; tables[i] != NULL; i++)
    g_print ("  %-20s %" G_GINT64_FORMAT "\n", tables[i],
             trygg_database_count_rows (db, tables[i]));
  return 0;
}

static TryggDatabase *
open_or_fail (TryggPlugins *plugins,
              const char   *path)
{
  g_autoptr(GError) error = NULL;
  TryggDatabase *db = trygg_application_open_database (plugins, path, &error);

  if (db == NULL)
    g_printerr ("trygg: %s\n", error->message);
  return db;
}

int
trygg_cli_export (TryggPlugins *plugins,
                  const char   *path,
                  const char   *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggDatabase) db = open_or_fail (plugins, path);

  if (db == NULL)
    return 1;
  if (!trygg_exchange_export_file (db, file, NULL, NULL, NULL, &error))
    {
      g_printerr ("trygg: %s\n", error->message);
      return 1;
    }
  return 0;
}

int
trygg_cli_import (TryggPlugins *plugins,
                  const char   *path,
                  const char   *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggDatabase) db = open_or_fail (plugins, path);
  g_autofree char *described = NULL;
  TryggImportSummary summary;

  if (db == NULL)
    return 1;
  if (!trygg_exchange_import_file (db, file, &summary, NULL, NULL, NULL, &error))
    {
      g_printerr ("trygg: %s: %s\n", file, error->message);
      return 1;
    }
  described = trygg_import_summary_describe (&summary);
  g_print ("%s: %s\n", file, described);
  return 0;
}

static TryggReportExtension *
find_report (TryggPlugins *plugins,
             const char   *name)
{
  g_autoptr(GPtrArray) reports = trygg_plugins_get_extensions (plugins,
                                                               TRYGG_TYPE_REPORT_EXTENSION);

  for (guint i = 0; i < reports->len; i++)
    {
      TryggReportExtension *report = g_ptr_array_index (reports, i);

      if (g_strcmp0 (trygg_report_extension_get_report_id (report), name) == 0)
        return g_object_ref (report);
    }
  return NULL;
}

/* `--report NAME --output FILE.pdf` with the report's own parameters (--unit, --analysis …) */
int
trygg_cli_report (TryggPlugins *plugins,
                  const char   *path,
                  const char   *name,
                  GVariantDict *params,
                  const char   *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggDatabase) db = NULL;
  g_autoptr(TryggReportExtension) report = NULL;
  g_autoptr(TryggPdfWriter) writer = NULL;

  if (output == NULL)
    {
      g_printerr ("trygg: %s\n", _("This command needs --output FILE"));
      return 1;
    }
  if ((db = open_or_fail (plugins, path)) == NULL)
    return 1;
  if ((report = find_report (plugins, name)) == NULL)
    {
      g_printerr ("trygg: ");
      /* Translators: %s is the name given to --report */
      g_printerr (_("No enabled plugin writes a report called “%s”"), name);
      g_printerr ("\n");
      return 1;
    }
  if ((writer = trygg_pdf_writer_new (output, &error)) == NULL ||
      !trygg_report_extension_write_report (report, db, writer, params, &error) ||
      !trygg_pdf_writer_finish (writer, &error))
    {
      g_printerr ("trygg: %s\n", error->message);
      return 1;
    }
  return 0;
}

/* `--export-heatmap UUID --output FILE.{png,svg,pdf}`: the first plugin that makes @kind */
int
trygg_cli_export_file (TryggPlugins *plugins,
                       const char   *path,
                       const char   *kind,
                       GVariantDict *params,
                       const char   *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggDatabase) db = NULL;
  g_autoptr(GPtrArray) reports = NULL;

  if (output == NULL)
    {
      g_printerr ("trygg: %s\n", _("This command needs --output FILE"));
      return 1;
    }
  if ((db = open_or_fail (plugins, path)) == NULL)
    return 1;
  reports = trygg_plugins_get_extensions (plugins, TRYGG_TYPE_REPORT_EXTENSION);
  for (guint i = 0; i < reports->len; i++)
    {
      g_clear_error (&error);
      if (trygg_report_extension_export_file (g_ptr_array_index (reports, i), db, kind, params,
                                              output, &error))
        return 0;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
        break;
    }
  if (error == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("No plugin makes files of this kind: %s"), kind);
  g_printerr ("trygg: %s\n", error->message);
  return 1;
}
