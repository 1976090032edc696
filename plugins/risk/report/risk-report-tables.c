/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk table in the layout of the Norwegian handbook's template — number, cause, event,
 * P, C, R, consequences, existing measures, proposed measures, responsible, deadline — with
 * the residual risk and the treatment, on landscape pages; and the acceptance decisions.
 *
 * Columns are sized by trygg_risk_report_fit_widths() so that no header word, number, date or
 * band name is broken. A risk's
 * measures are listed one below the other in three columns (measure, responsible, deadline);
 * each column is padded with empty lines so that a measure's responsible and deadline start on
 * the line its title starts.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-report-private.h"

enum {
  COL_NUMBER, COL_CAUSE, COL_EVENT, COL_P, COL_C, COL_R, COL_CONSEQUENCES, COL_EXISTING,
  COL_PROPOSED, COL_RESPONSIBLE, COL_DEADLINE, COL_RESIDUAL, COL_TREATMENT, N_COLUMNS
};

static char *
deadline_text (TryggRiskReport        *report,
               TryggRiskReportMeasure *measure)
{
  const char *deadline = trygg_risk_report_text_or (measure->deadline, "–");

  if (g_str_equal (measure->status, "done") || g_str_equal (measure->status, "cancelled"))
    return g_strdup_printf ("%s\n%s", deadline, trygg_risk_action_status_label (measure->status));
  if (*measure->due_sort != '\0' && g_strcmp0 (measure->due_sort, report->today) < 0)
    return g_strdup_printf ("%s\n%s", deadline, C_("risk measure", "Overdue"));
  return g_strdup (deadline);
}

/* Appends @text and as many empty lines as it is shorter than @lines. */
static void
append_padded (GString    *column,
               const char *text,
               int         own_lines,
               int         lines,
               gboolean    last)
{
  g_string_append (column, text);
  for (int i = own_lines; i < lines; i++)
    g_string_append_c (column, '\n');
  if (!last)
    g_string_append_c (column, '\n');
}

/* The cells of the proposed measures, responsible and deadline columns, lined up. */
static void
measure_cells (TryggRiskReport      *report,
               PangoContext         *context,
               TryggRiskReportRisk  *risk,
               const double         *widths,
               char                **cells)
{
  g_autoptr(GString) proposed = g_string_new (NULL);
  g_autoptr(GString) responsible = g_string_new (NULL);
  g_autoptr(GString) deadline = g_string_new (NULL);
  guint n = risk->measures->len;

  for (guint i = 0; i < n; i++)
    {
      TryggRiskReportMeasure *measure = g_ptr_array_index (risk->measures, i);
      g_autofree char *title = n > 1 ? g_strdup_printf ("• %s", measure->title)
                                     : g_strdup (measure->title);
      const char *who = trygg_risk_report_text_or (measure->responsible, "–");
      g_autofree char *when = deadline_text (report, measure);
      int l1 = trygg_risk_report_count_lines (context, title, widths[COL_PROPOSED]);
      int l2 = trygg_risk_report_count_lines (context, who, widths[COL_RESPONSIBLE]);
      int l3 = trygg_risk_report_count_lines (context, when, widths[COL_DEADLINE]);
      int lines = MAX (l1, MAX (l2, l3));

      append_padded (proposed, title, l1, lines, i + 1 == n);
      append_padded (responsible, who, l2, lines, i + 1 == n);
      append_padded (deadline, when, l3, lines, i + 1 == n);
    }
  cells[COL_PROPOSED] = g_string_free (g_steal_pointer (&proposed), FALSE);
  cells[COL_RESPONSIBLE] = g_string_free (g_steal_pointer (&responsible), FALSE);
  cells[COL_DEADLINE] = g_string_free (g_steal_pointer (&deadline), FALSE);
}

static char **
risk_row (TryggRiskReport     *report,
          TryggRiskReportRisk *risk,
          PangoContext        *context,
          const double        *widths)
{
  char **cells = g_new0 (char *, N_COLUMNS + 1);

  cells[COL_NUMBER] = g_strdup_printf ("%d", risk->number);
  cells[COL_CAUSE] = g_strdup (risk->cause);
  cells[COL_EVENT] = g_strdup (risk->event);
  cells[COL_P] = g_strdup_printf ("%d", risk->probability);
  cells[COL_C] = g_strdup_printf ("%d", risk->consequence);
  cells[COL_R] = trygg_risk_report_value (report->matrix, risk->probability,
                                          risk->consequence, "\n");
  cells[COL_CONSEQUENCES] = g_strdup (risk->consequence_text);
  cells[COL_EXISTING] = g_strdup (risk->existing_measures);
  if (widths != NULL)
    measure_cells (report, context, risk, widths, cells);
  else
    {
      /* for sizing the columns: the words that must not break */
      g_autoptr(GString) who = g_string_new (NULL);
      g_autoptr(GString) when = g_string_new (NULL);

      for (guint i = 0; i < risk->measures->len; i++)
        {
          TryggRiskReportMeasure *measure = g_ptr_array_index (risk->measures, i);
          g_autofree char *deadline = deadline_text (report, measure);

          g_string_append_printf (who, "%s\n", measure->responsible);
          g_string_append_printf (when, "%s\n", deadline);
        }
      cells[COL_PROPOSED] = g_strdup ("");
      cells[COL_RESPONSIBLE] = g_string_free (g_steal_pointer (&who), FALSE);
      cells[COL_DEADLINE] = g_string_free (g_steal_pointer (&when), FALSE);
    }
  if (risk->residual_probability > 0)
    {
      g_autofree char *value = trygg_risk_report_value (report->matrix,
                                                        risk->residual_probability,
                                                        risk->residual_consequence, "\n");

      cells[COL_RESIDUAL] = g_strdup_printf ("%d×%d = %s", risk->residual_probability,
                                             risk->residual_consequence, value);
    }
  else
    cells[COL_RESIDUAL] = g_strdup ("–");
  cells[COL_TREATMENT] = g_strdup (trygg_risk_report_text_or (
      trygg_risk_treatment_label (risk->treatment), "–"));
  return cells;
}

void
trygg_risk_report_write_risk_table (TryggRiskReport *report)
{
  PangoContext *context = report->context;
  g_autoptr(GPtrArray) sizing = trygg_risk_report_rows_new ();
  g_autoptr(GPtrArray) rows = trygg_risk_report_rows_new ();
  const char *headers[] = {
    C_("risk table", "No."),
    C_("risk table", "Cause / threat"),
    C_("risk table", "Undesired event"),
    /* Translators: the column of the probability level; keep it to a letter or two */
    C_("risk table", "P"),
    /* Translators: the column of the consequence level; keep it to a letter or two */
    C_("risk table", "C"),
    /* Translators: the column of the risk value and its band; keep it to a letter or two */
    C_("risk table", "R"),
    C_("risk table", "Consequences"),
    C_("risk table", "Existing measures"),
    C_("risk table", "Proposed measures"),
    C_("risk table", "Responsible"),
    C_("risk table", "Deadline"),
    C_("risk table", "Residual risk"),
    C_("risk table", "Treatment"),
    NULL
  };
  const double shares[N_COLUMNS] = {
    0.35, 1.55, 1.55, 0.2, 0.2, 0.55, 1.65, 1.45, 1.55, 0.75, 0.7, 0.65, 0.6
  };
  const gboolean fit[N_COLUMNS] = {
    TRUE, FALSE, FALSE, TRUE, TRUE, TRUE, FALSE, FALSE, FALSE, TRUE, TRUE, TRUE, TRUE
  };
  double widths[N_COLUMNS];

  trygg_pdf_writer_heading (report->writer, _("Risks"));
  if (report->risks->len == 0)
    {
      trygg_pdf_writer_paragraph (report->writer, _("The analysis has no risks yet."));
      return;
    }
  trygg_pdf_writer_paragraph (report->writer,
                              _("P: probability. C: consequence. R: the risk value, probability "
                                "times consequence, and its band. Residual risk: probability × "
                                "consequence after the proposed measures, its value and band."));

  for (guint i = 0; i < report->risks->len; i++)
    g_ptr_array_add (sizing, risk_row (report, g_ptr_array_index (report->risks, i), context,
                                       NULL));
  trygg_risk_report_fit_widths (context, headers, sizing, shares, fit,
              trygg_pdf_writer_get_text_width (report->writer), widths);
  for (guint i = 0; i < report->risks->len; i++)
    g_ptr_array_add (rows, risk_row (report, g_ptr_array_index (report->risks, i), context,
                                     widths));
  trygg_pdf_writer_table (report->writer, headers, widths, rows);
}

/* Acceptance decisions */

static const TryggRiskBand *
current_band (TryggRiskReport     *report,
              TryggRiskReportRisk *risk)
{
  return trygg_risk_matrix_band (report->matrix, trygg_risk_query_current_value (risk));
}

static void
append_number (GString *list,
               int      number)
{
  if (list->len > 0)
    g_string_append (list, ", ");
  g_string_append_printf (list, "%d", number);
}

void
trygg_risk_report_write_acceptance (TryggRiskReport *report)
{
  PangoContext *context = report->context;
  g_autoptr(GPtrArray) rows = trygg_risk_report_rows_new ();
  g_autoptr(GString) accepted = g_string_new (NULL);
  g_autoptr(GString) routine = g_string_new (NULL);
  const char *headers[] = {
    C_("risk table", "No."), C_("risk table", "Undesired event"),
    C_("risk table", "Risk now"), C_("risk table", "May be accepted by"),
    C_("risk table", "Treat"), C_("risk table", "Treatment"), C_("risk table", "Status"), NULL
  };
  const double shares[] = { 0.4, 2.3, 0.8, 1.5, 0.9, 0.8, 0.9 };
  const gboolean fit[] = { TRUE, FALSE, TRUE, TRUE, TRUE, TRUE, TRUE };
  double widths[G_N_ELEMENTS (shares)];

  trygg_pdf_writer_heading (report->writer, _("Acceptance decisions"));
  trygg_pdf_writer_paragraph (report->writer,
                              _("The value that counts is the residual risk once it is "
                                "assessed, else the initial risk. A risk in a band with a time "
                                "limit must be treated within it, or accepted by the person "
                                "the band names."));

  for (guint i = 0; i < report->risks->len; i++)
    {
      TryggRiskReportRisk *risk = g_ptr_array_index (report->risks, i);
      const TryggRiskBand *band = current_band (report, risk);
      gboolean is_accepted = g_str_equal (risk->status, "accepted");
      g_autofree char *number = NULL;
      g_autofree char *value = NULL;
      g_autofree char *who = NULL;
      g_autofree char *within = NULL;

      if (is_accepted)
        append_number (accepted, risk->number);
      if (band == NULL || (band->treat_within_days < 0 && !is_accepted))
        {
          append_number (routine, risk->number);
          continue;
        }
      number = g_strdup_printf ("%d", risk->number);
      value = trygg_risk_report_value (report->matrix, trygg_risk_query_current_value (risk),
                                       1, "\n");
      if (*band->inform != '\0')
        /* Translators: who may accept a risk, then whom to inform */
        who = g_strdup_printf (_("%s\nInform: %s"), band->accept_by, band->inform);
      else
        who = g_strdup (trygg_risk_report_text_or (band->accept_by, "–"));
      within = trygg_risk_report_within (band->treat_within_days);
      trygg_risk_report_add_row (rows, number, risk->event, value, who, within,
                                 trygg_risk_report_text_or (
                                     trygg_risk_treatment_label (risk->treatment), "–"),
                                 trygg_risk_status_label (risk->status), NULL);
    }

  if (rows->len > 0)
    {
      trygg_risk_report_fit_widths (context, headers, rows, shares, fit,
                  trygg_pdf_writer_get_text_width (report->writer), widths);
      trygg_pdf_writer_table (report->writer, headers, widths, rows);
    }
  else
    trygg_pdf_writer_paragraph (report->writer, _("No risk needs an acceptance decision."));

  if (routine->len > 0)
    {
      /* Translators: %s is a list of risk numbers, "4, 6, 11" */
      g_autofree char *text = g_strdup_printf (_("Risks in a band without a time limit for "
                                                 "treatment: no. %s."),
                                               routine->str);
      trygg_pdf_writer_paragraph (report->writer, text);
    }
  if (accepted->len > 0)
    {
      /* Translators: %s is a list of risk numbers, "3, 7" */
      g_autofree char *text = g_strdup_printf (_("Risks accepted: no. %s."), accepted->str);
      trygg_pdf_writer_paragraph (report->writer, text);
    }
  else
    trygg_pdf_writer_paragraph (report->writer, _("No risk has been accepted yet."));

  if (report->analysis->approved && *report->analysis->approved_by != '\0' &&
      *report->analysis->approved_on != '\0')
    {
      /* Translators: the approver's name, then the date */
      g_autofree char *text = g_strdup_printf (_("The analysis and its acceptance decisions "
                                                 "were approved by %s on %s."),
                                               report->analysis->approved_by,
                                               report->analysis->approved_on);
      trygg_pdf_writer_paragraph (report->writer, text);
    }
  else if (!report->analysis->approved)
    trygg_pdf_writer_paragraph (report->writer,
                                _("The analysis is a draft: its acceptance decisions are not "
                                  "approved yet."));
}
