/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The yearly follow-up of the action plan as PDF: a summary by status and the table of every
 * activity with its quarters, status, responsible person and status comment. The same table
 * is the plugin's own report, printed from the page, and its section of the yearly
 * management report.
 */
#define G_LOG_DOMAIN "trygg-actionplan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "actionplan-model.h"
#include "actionplan-report.h"

/* "Done: 5 · In progress: 3" and how many are late */
static char *
summary (TryggDatabase *db,
         int            year,
         guint         *total)
{
  guint counts[TRYGG_ACTIONPLAN_N_STATUSES];
  guint late = 0;
  GString *s = g_string_new (NULL);

  *total = trygg_actionplan_count_year (db, year, NULL, counts, &late);
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u activity planned for %d.",
                                          "%u activities planned for %d.", *total),
                          *total, year);
  g_string_append_c (s, ' ');
  for (guint i = 0, n = 0; i < TRYGG_ACTIONPLAN_N_STATUSES; i++)
    if (counts[i] > 0)
      {
        if (n++ > 0)
          g_string_append (s, " · ");
        /* Translators: a status and how many activities have it, "Done: 5" */
        g_string_append_printf (s, _("%s: %u"), _(trygg_actionplan_statuses[i].label),
                                counts[i]);
      }
  if (late > 0)
    {
      g_string_append (s, ". ");
      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE,
                                              "%u activity is late: its last quarter has passed.",
                                              "%u activities are late: their last quarter has "
                                              "passed.", late), late);
    }
  else if (*total > 0)
    g_string_append_c (s, '.');
  return g_string_free (s, FALSE);
}

/**
 * trygg_actionplan_report_write:
 * @section: %TRUE for the section of the yearly management report (a heading), %FALSE for
 *   the plugin's own report (a title page header)
 */
gboolean
trygg_actionplan_report_write (TryggDatabase   *db,
                               TryggPdfWriter  *writer,
                               int              year,
                               gboolean         section,
                               GError         **error)
{
  g_autoptr(GPtrArray) rows = trygg_actionplan_followup_rows (db, year, NULL, error);
  g_autofree char *text = NULL;
  g_autofree char *heading = NULL;
  guint total = 0;

  if (rows == NULL)
    return FALSE;
  text = summary (db, year, &total);
  if (section)
    {
      heading = g_strdup_printf (_("Action plan %d"), year);
      trygg_pdf_writer_heading (writer, heading);
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *date = g_date_time_format (now, "%x");
      g_autofree char *subtitle = g_strdup_printf (_("Status as of %s"), date);

      heading = g_strdup_printf (_("Action plan follow-up %d"), year);
      trygg_pdf_writer_title (writer, heading, subtitle);
    }
  trygg_pdf_writer_paragraph (writer, text);
  if (total > 0)
    trygg_pdf_writer_table (writer, trygg_actionplan_followup_headers (),
                            trygg_actionplan_followup_widths, rows);
  return TRUE;
}

/* Writes the follow-up of @year to the PDF file @path. */
gboolean
trygg_actionplan_report_save (TryggDatabase  *db,
                              const char     *path,
                              int             year,
                              GError        **error)
{
  g_autoptr(TryggPdfWriter) writer = trygg_pdf_writer_new (path, error);

  return writer != NULL &&
         trygg_actionplan_report_write (db, writer, year, FALSE, error) &&
         trygg_pdf_writer_finish (writer, error);
}
