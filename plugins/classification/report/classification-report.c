/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The classification report as PDF: of one information asset (--asset UUID), or of every
 * asset owned by an organisation unit and the units below it (--unit UUID) — then a summary
 * table comes first and each classified asset follows on a page of its own; assets not
 * classified are listed in the summary as such. The section of the yearly management report
 * is in classification-report-summary.c, one asset's pages in classification-report-asset.c.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-report-private.h"

/* "Socialförvaltningen · status as of 2026-12-03" */
static char *
dated_subtitle (const char *what)
{
  g_autofree char *today = trygg_classification_report_today ();

  /* Translators: the subject of a report (a unit's name) and today's date, YYYY-MM-DD */
  return g_strdup_printf (_("%s · status as of %s"), what, today);
}

static char *
asset_subtitle (TryggClassificationReportRow *row)
{
  if (row->profile.version == 0 || *row->profile_text == '\0')
    return g_strdup (row->unit);
  /* Translators: under an asset's name: its unit and its profile ("K3 R2 T3") */
  return g_strdup_printf (_("%s · %s"), row->unit, row->profile_text);
}

static void
append_sentence (GString    *s,
                 const char *sentence)
{
  if (s->len > 0)
    g_string_append_c (s, ' ');
  g_string_append (s, sentence);
}

static char *
unit_summary (const char *unit,
              GPtrArray  *rows)
{
  GString *s = g_string_new (NULL);
  guint classified = 0, overdue = 0, unsigned_ = 0, unmet = 0;
  g_autofree char *owns = NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      TryggClassificationReportRow *row = g_ptr_array_index (rows, i);
      if (row->profile.version == 0)
        continue;
      classified++;
      overdue += row->overdue ? 1 : 0;
      unsigned_ += row->signed_off_on == NULL ? 1 : 0;
      unmet += row->n_unmet;
    }
  /* Translators: a unit's name and how many information assets it and its sub-units own */
  owns = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s and the units below it own %u information asset.",
                                       "%s and the units below it own %u information assets.",
                                       rows->len), unit, rows->len);
  append_sentence (s, owns);
  if (rows->len > 0)
    {
      g_autofree char *text = g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%u is classified, %u is not.",
                       "%u are classified, %u are not.", classified),
          classified, rows->len - classified);
      append_sentence (s, text);
    }
  if (overdue > 0)
    {
      g_autofree char *text = g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%u classification is overdue for review.",
                       "%u classifications are overdue for review.", overdue), overdue);
      append_sentence (s, text);
    }
  if (unsigned_ > 0)
    {
      g_autofree char *text = g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%u is not signed off by its information owner.",
                       "%u are not signed off by their information owners.", unsigned_),
          unsigned_);
      append_sentence (s, text);
    }
  if (classified > 0)
    {
      g_autofree char *text = g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE,
                       "%u required measure is not met or only partly met.",
                       "%u required measures are not met or only partly met.", unmet), unmet);
      append_sentence (s, text);
    }
  return g_string_free (s, FALSE);
}

static void
write_summary_table (TryggPdfWriter *writer,
                     GPtrArray      *rows)
{
  static const double widths[] = { 2.8, 2.0, 1.3, 1.2, 1.5, 0.9 };
  const char *headers[] = { _("Information asset"), _("Unit"), _("Profile"), _("Signed off"),
                            _("Next review"), _("Unmet"), NULL };
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < rows->len; i++)
    {
      TryggClassificationReportRow *row = g_ptr_array_index (rows, i);
      char **c = g_new0 (char *, 7);

      c[0] = g_strdup (row->name);
      c[1] = g_strdup (row->unit);
      if (row->profile.version == 0)
        {
          c[2] = g_strdup (_("Not classified"));
          c[3] = g_strdup ("–");
          c[4] = g_strdup ("–");
          c[5] = g_strdup ("–");
        }
      else
        {
          c[2] = g_strdup (row->profile_text);
          c[3] = g_strdup (row->signed_off_on != NULL ? row->signed_off_on : _("No"));
          /* Translators: a review date (YYYY-MM-DD) that has passed, in a table cell */
          c[4] = row->overdue ? g_strdup_printf (_("%s, overdue"), row->next_review)
                              : g_strdup (row->next_review);
          c[5] = g_strdup_printf ("%u", row->n_unmet);
        }
      g_ptr_array_add (cells, c);
    }
  trygg_pdf_writer_table (writer, headers, widths, cells);
}

static gboolean
write_unit (TryggDatabase   *db,
            TryggPdfWriter  *writer,
            gint64           unit_id,
            GError         **error)
{
  g_autoptr(GPtrArray) rows =
    g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_classification_report_row_free);
  g_autoptr(GArray) ids = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt;

  stmt = trygg_database_prepare_cached (db, "SELECT name FROM org_unit WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    unit = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if ((ids = trygg_classification_report_unit_assets (db, unit_id, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      TryggClassificationReportRow *row =
        trygg_classification_report_row_read (db, g_array_index (ids, gint64, i), error);
      if (row == NULL)
        return FALSE;
      g_ptr_array_add (rows, row);
    }

  subtitle = dated_subtitle (unit != NULL ? unit : "");
  trygg_pdf_writer_title (writer, _("Information classification"), subtitle);
  text = unit_summary (unit != NULL ? unit : "", rows);
  trygg_pdf_writer_paragraph (writer, text);
  if (rows->len == 0)
    return TRUE;
  write_summary_table (writer, rows);
  trygg_pdf_writer_paragraph (writer, _("“Unmet” counts the required measures that are not "
                                        "met or only partly met. Each classified asset follows "
                                        "on a page of its own."));
  for (guint i = 0; i < rows->len; i++)
    {
      TryggClassificationReportRow *row = g_ptr_array_index (rows, i);
      g_autofree char *asset_sub = NULL;

      if (row->profile.version == 0)
        continue;
      asset_sub = asset_subtitle (row);
      if (!trygg_classification_report_write_asset (db, writer, row, asset_sub, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, message);
  return FALSE;
}

/**
 * trygg_classification_report_write:
 * @asset_uuid: (nullable): the information asset to report on
 * @unit_uuid: (nullable): the organisation unit whose assets (and those of the units below
 *   it) to report on
 *
 * Exactly one of @asset_uuid and @unit_uuid is given. A missing or unknown one is a
 * %G_IO_ERROR_INVALID_ARGUMENT in the user's words, and nothing is written.
 */
gboolean
trygg_classification_report_write (TryggDatabase   *db,
                                   TryggPdfWriter  *writer,
                                   const char      *asset_uuid,
                                   const char      *unit_uuid,
                                   GError         **error)
{
  g_autoptr(TryggClassificationReportRow) row = NULL;
  g_autofree char *message = NULL;
  g_autofree char *subtitle = NULL;
  gint64 id;

  g_return_val_if_fail (TRYGG_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (TRYGG_IS_PDF_WRITER (writer), FALSE);

  if (asset_uuid != NULL && *asset_uuid == '\0')
    asset_uuid = NULL;
  if (unit_uuid != NULL && *unit_uuid == '\0')
    unit_uuid = NULL;
  if (asset_uuid == NULL && unit_uuid == NULL)
    return invalid (error, _("Say which unit with --unit UUID or which asset with --asset "
                             "UUID."));
  if (asset_uuid != NULL && unit_uuid != NULL)
    return invalid (error, _("Give either --unit or --asset for the classification report, "
                             "not both."));
  if (unit_uuid != NULL)
    {
      if ((id = trygg_database_lookup_id (db, "org_unit", unit_uuid)) == 0)
        {
          /* Translators: %s is the identifier (UUID) given to --unit */
          message = g_strdup_printf (_("There is no organisation unit with the identifier "
                                       "“%s”."), unit_uuid);
          return invalid (error, message);
        }
      return write_unit (db, writer, id, error);
    }

  if ((id = trygg_database_lookup_id (db, "information_asset", asset_uuid)) == 0)
    {
      /* Translators: %s is the identifier (UUID) given to --asset */
      message = g_strdup_printf (_("There is no information asset with the identifier “%s”."),
                                 asset_uuid);
      return invalid (error, message);
    }
  if ((row = trygg_classification_report_row_read (db, id, error)) == NULL)
    return FALSE;
  if (*row->unit != '\0')
    {
      /* Translators: the kind of report and the asset's organisation unit */
      g_autofree char *what = g_strdup_printf (_("Information classification · %s"), row->unit);
      subtitle = dated_subtitle (what);
    }
  else
    subtitle = dated_subtitle (_("Information classification"));
  return trygg_classification_report_write_asset (db, writer, row, subtitle, error);
}

/* Writes the report to the PDF file @path; an earlier file is replaced only on success. */
gboolean
trygg_classification_report_save (TryggDatabase  *db,
                                  const char     *path,
                                  const char     *asset_uuid,
                                  const char     *unit_uuid,
                                  GError        **error)
{
  g_autoptr(TryggPdfWriter) writer = trygg_pdf_writer_new (path, error);

  return writer != NULL &&
         trygg_classification_report_write (db, writer, asset_uuid, unit_uuid, error) &&
         trygg_pdf_writer_finish (writer, error);
}
