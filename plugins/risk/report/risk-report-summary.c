/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk section of the yearly management report: the analyses made that year, the risks
 * that are red now (by the overview's rule: not closed, current value in a band coloured
 * red), the analyses not approved, and the measures past their deadline.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-report-private.h"

static const char *
analysis_date (TryggRiskReportAnalysis *analysis)
{
  return trygg_risk_report_text_or (analysis->analysed_on, analysis->created_on);
}

static const char *
analysis_status (TryggRiskReportAnalysis *analysis)
{
  return analysis->approved ? C_("risk analysis status", "Approved")
                            : C_("risk analysis status", "Draft");
}

static void
write_year (TryggPdfWriter *writer,
            GPtrArray      *analyses,
            int             year)
{
  g_autoptr(GPtrArray) rows = trygg_risk_report_rows_new ();
  g_autofree char *prefix = g_strdup_printf ("%04d-", year);
  g_autofree char *text = NULL;
  const char *headers[] = {
    C_("risk report", "Analysis"), C_("risk report", "Date"), C_("risk report", "Status"),
    C_("risk report", "Risks"), C_("risk report", "Lead"), NULL
  };
  const double widths[] = { 2.4, 0.9, 0.9, 0.6, 1.3 };

  for (guint i = 0; i < analyses->len; i++)
    {
      TryggRiskReportAnalysis *analysis = g_ptr_array_index (analyses, i);
      g_autofree char *risks = NULL;

      if (!g_str_has_prefix (analysis_date (analysis), prefix))
        continue;
      risks = g_strdup_printf ("%d", analysis->n_risks);
      trygg_risk_report_add_row (rows, analysis->title, analysis_date (analysis),
                                 analysis_status (analysis), risks,
                                 trygg_risk_report_text_or (analysis->lead, "–"), NULL);
    }
  if (rows->len == 0)
    text = g_strdup_printf (_("No risk analysis was made in %d."), year);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u risk analysis was made in %d.",
                                         "%u risk analyses were made in %d.", rows->len),
                            rows->len, year);
  trygg_pdf_writer_paragraph (writer, text);
  if (rows->len > 0)
    trygg_pdf_writer_table (writer, headers, widths, rows);
}

static gboolean
write_red (TryggDatabase   *db,
           TryggPdfWriter  *writer,
           GPtrArray       *analyses,
           GError         **error)
{
  g_autoptr(GPtrArray) rows = trygg_risk_report_rows_new ();
  g_autofree char *text = NULL;
  const char *headers[] = {
    C_("risk report", "Analysis"), C_("risk table", "No."),
    C_("risk table", "Undesired event"), C_("risk table", "Risk now"),
    C_("risk report", "Risk owner"), C_("risk table", "Status"), NULL
  };
  const double widths[] = { 1.5, 0.4, 2.2, 0.8, 1.1, 0.9 };

  for (guint i = 0; i < analyses->len; i++)
    {
      TryggRiskReportAnalysis *analysis = g_ptr_array_index (analyses, i);
      g_autoptr(TryggRiskMatrix) matrix = trygg_risk_matrix_load (db, analysis->id, error);
      g_autoptr(GPtrArray) risks = NULL;

      if (matrix == NULL ||
          (risks = trygg_risk_query_risks (db, analysis->id, error)) == NULL)
        return FALSE;
      for (guint j = 0; j < risks->len; j++)
        {
          TryggRiskReportRisk *risk = g_ptr_array_index (risks, j);
          int value = trygg_risk_query_current_value (risk);
          const TryggRiskBand *band = trygg_risk_matrix_band (matrix, value);
          g_autofree char *number = NULL;
          g_autofree char *now = NULL;

          if (g_str_equal (risk->status, "closed") || band == NULL ||
              g_strcmp0 (band->colour, "red") != 0)
            continue;
          number = g_strdup_printf ("%d", risk->number);
          now = trygg_risk_report_value (matrix, value, 1, " ");
          trygg_risk_report_add_row (rows, analysis->title, number, risk->event, now,
                                     trygg_risk_report_text_or (risk->owner, "–"),
                                     trygg_risk_status_label (risk->status), NULL);
        }
    }
  if (rows->len == 0)
    text = g_strdup (_("No risk is in a red band now."));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u risk is in a red band now: its residual risk, or "
                                         "its initial risk while the residual risk is not "
                                         "assessed.",
                                         "%u risks are in a red band now: their residual risk, "
                                         "or their initial risk while the residual risk is not "
                                         "assessed.", rows->len), rows->len);
  trygg_pdf_writer_paragraph (writer, text);
  if (rows->len > 0)
    trygg_pdf_writer_table (writer, headers, widths, rows);
  return TRUE;
}

static void
write_drafts (TryggPdfWriter *writer,
              GPtrArray      *analyses)
{
  g_autoptr(GPtrArray) rows = trygg_risk_report_rows_new ();
  g_autofree char *text = NULL;
  const char *headers[] = {
    C_("risk report", "Analysis"), C_("risk report", "Date"), C_("risk report", "Risks"),
    C_("risk report", "Lead"), NULL
  };
  const double widths[] = { 2.6, 0.9, 0.6, 1.4 };

  for (guint i = 0; i < analyses->len; i++)
    {
      TryggRiskReportAnalysis *analysis = g_ptr_array_index (analyses, i);
      g_autofree char *risks = NULL;

      if (analysis->approved)
        continue;
      risks = g_strdup_printf ("%d", analysis->n_risks);
      trygg_risk_report_add_row (rows, analysis->title, analysis_date (analysis), risks,
                                 trygg_risk_report_text_or (analysis->lead, "–"), NULL);
    }
  if (rows->len == 0)
    text = g_strdup (_("Every risk analysis is approved."));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u risk analysis is not approved.",
                                         "%u risk analyses are not approved.", rows->len),
                            rows->len);
  trygg_pdf_writer_paragraph (writer, text);
  if (rows->len > 0)
    trygg_pdf_writer_table (writer, headers, widths, rows);
}

static gboolean
write_overdue (TryggDatabase   *db,
               TryggPdfWriter  *writer,
               GError         **error)
{
  g_autofree char *today = trygg_risk_report_today ();
  g_autoptr(GPtrArray) overdue = trygg_risk_query_overdue (db, today, error);
  g_autoptr(GPtrArray) rows = trygg_risk_report_rows_new ();
  g_autofree char *text = NULL;
  const char *headers[] = {
    C_("risk report", "Measure"), C_("risk report", "Analysis"),
    C_("risk table", "Responsible"), C_("risk table", "Deadline"),
    C_("risk table", "Status"), NULL
  };
  const double widths[] = { 2.0, 1.8, 1.1, 0.9, 0.9 };

  if (overdue == NULL)
    return FALSE;
  for (guint i = 0; i < overdue->len; i++)
    {
      TryggRiskReportOverdue *o = g_ptr_array_index (overdue, i);
      /* Translators: an analysis's title and a risk's number in it */
      g_autofree char *where = g_strdup_printf (_("%s, risk %d"), o->analysis, o->risk_number);

      trygg_risk_report_add_row (rows, o->title, where,
                                 trygg_risk_report_text_or (o->responsible, "–"), o->deadline,
                                 trygg_risk_action_status_label (o->status), NULL);
    }
  if (rows->len == 0)
    text = g_strdup (_("No measure against a risk is past its deadline."));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u measure against a risk is past its deadline.",
                                         "%u measures against risks are past their deadline.",
                                         rows->len), rows->len);
  trygg_pdf_writer_paragraph (writer, text);
  if (rows->len > 0)
    trygg_pdf_writer_table (writer, headers, widths, rows);
  return TRUE;
}

/**
 * trygg_risk_report_write_summary:
 * @year: the year the report covers
 *
 * Writes the risk section of the yearly management report: the analyses made in @year, the
 * risks red now, the analyses not approved and the measures past their deadline.
 */
gboolean
trygg_risk_report_write_summary (TryggDatabase   *db,
                                 TryggPdfWriter  *writer,
                                 int              year,
                                 GError         **error)
{
  g_autoptr(GPtrArray) analyses = NULL;

  g_return_val_if_fail (TRYGG_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (TRYGG_IS_PDF_WRITER (writer), FALSE);

  if ((analyses = trygg_risk_query_analyses (db, error)) == NULL)
    return FALSE;
  trygg_pdf_writer_heading (writer, _("Risk analysis"));
  write_year (writer, analyses, year);
  if (!write_red (db, writer, analyses, error))
    return FALSE;
  write_drafts (writer, analyses);
  return write_overdue (db, writer, error);
}
