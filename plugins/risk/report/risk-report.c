/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The analysis report as PDF, for the coordinator to send to management: a front page; the
 * purpose, scope and what was left out; what the analysis is about; who took part; the
 * method; the matrix with its scale definitions and bands; the heatmaps of the initial and
 * residual risk; the risk table on landscape pages in the layout of the Norwegian handbook's
 * template; and the acceptance decisions. The parts are in risk-report-*.c.
 *
 * Everything is read before the first line is written, so a failed read leaves no half
 * report; trygg_risk_report_save() writes the file only when the document is complete.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-report-private.h"

static void
report_clear (TryggRiskReport *report)
{
  g_clear_pointer (&report->analysis, trygg_risk_query_analysis_free);
  g_clear_pointer (&report->matrix, trygg_risk_matrix_free);
  g_clear_pointer (&report->risks, g_ptr_array_unref);
  g_clear_pointer (&report->units, g_ptr_array_unref);
  g_clear_pointer (&report->today, g_free);
  g_clear_object (&report->context);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TryggRiskReport, report_clear)

static void
section (TryggPdfWriter *writer,
         const char     *heading,
         const char     *text,
         const char     *if_empty)
{
  trygg_pdf_writer_heading (writer, heading);
  trygg_pdf_writer_paragraph (writer, trygg_risk_report_text_or (text, if_empty));
}

/* "Systems: Verksamhetssystem för socialtjänsten, E-post och kalender" */
static gboolean
write_objects (TryggRiskReport  *report,
               GError          **error)
{
  const struct {
    TryggRiskReportObject  kind;
    const char            *label;
  } kinds[] = {
    /* Translators: followed by a list of names in the report's "Analysis object" */
    { TRYGG_RISK_REPORT_OBJECT_SYSTEM, N_("Systems") },
    { TRYGG_RISK_REPORT_OBJECT_ASSET, N_("Information assets") },
    { TRYGG_RISK_REPORT_OBJECT_PROCESS, N_("Processes") },
    { TRYGG_RISK_REPORT_OBJECT_UNIT, N_("Organisation units") },
  };
  guint written = 0;

  trygg_pdf_writer_heading (report->writer, _("Analysis object"));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GPtrArray) names = trygg_risk_query_objects (report->db, report->analysis->id,
                                                             kinds[i].kind, error);
      g_autofree char *list = NULL;
      g_autofree char *line = NULL;

      if (names == NULL)
        return FALSE;
      if (names->len == 0)
        continue;
      list = trygg_risk_report_join (names, ", ");
      /* Translators: a kind of object ("Systems") and the names of those the analysis is
       * about */
      line = g_strdup_printf (_("%s: %s"), _(kinds[i].label), list);
      trygg_pdf_writer_paragraph (report->writer, line);
      written++;
    }
  if (written == 0)
    trygg_pdf_writer_paragraph (report->writer,
                                _("No system, information asset, process or unit is linked "
                                  "to the analysis."));
  return TRUE;
}

static gboolean
write_participants (TryggRiskReport  *report,
                    GError          **error)
{
  g_autoptr(GPtrArray) participants = trygg_risk_query_participants (report->db,
                                                                     report->analysis->id,
                                                                     error);
  g_autoptr(GPtrArray) rows = trygg_risk_report_rows_new ();
  const char *headers[] = {
    C_("risk report", "Name"), C_("risk report", "Role in the analysis"),
    C_("risk report", "Title"), C_("risk report", "Unit"), NULL
  };
  const double widths[] = { 1.1, 1.1, 1.2, 1.2 };

  if (participants == NULL)
    return FALSE;
  trygg_pdf_writer_heading (report->writer, _("Participants"));
  if (*report->analysis->lead != '\0')
    {
      g_autofree char *lead = g_strdup_printf (_("Led by %s."), report->analysis->lead);

      trygg_pdf_writer_paragraph (report->writer, lead);
    }
  if (participants->len == 0)
    {
      trygg_pdf_writer_paragraph (report->writer, _("No participants are recorded."));
      return TRUE;
    }
  for (guint i = 0; i < participants->len; i++)
    {
      TryggRiskReportParticipant *p = g_ptr_array_index (participants, i);

      trygg_risk_report_add_row (rows, p->name, p->role, p->title, p->unit, NULL);
    }
  trygg_pdf_writer_table (report->writer, headers, widths, rows);
  return TRUE;
}

static gboolean
load (TryggRiskReport  *report,
      TryggDatabase    *db,
      TryggPdfWriter   *writer,
      const char       *analysis_uuid,
      GError          **error)
{
  gint64 id = trygg_risk_query_lookup (db, analysis_uuid, error);

  report->db = db;
  report->writer = writer;
  report->today = trygg_risk_report_today ();
  report->context = trygg_risk_report_context_new ();
  return id > 0 &&
         (report->analysis = trygg_risk_query_analysis (db, id, error)) != NULL &&
         (report->matrix = trygg_risk_matrix_load (db, id, error)) != NULL &&
         (report->risks = trygg_risk_query_risks (db, id, error)) != NULL &&
         (report->units = trygg_risk_query_objects (db, id, TRYGG_RISK_REPORT_OBJECT_UNIT,
                                                    error)) != NULL;
}

/**
 * trygg_risk_report_write:
 * @analysis_uuid: the analysis; an unknown one is a G_IO_ERROR_INVALID_ARGUMENT error
 *
 * Writes the whole analysis report into @writer: portrait pages, the risk table on landscape
 * ones, and portrait again for the acceptance decisions.
 */
gboolean
trygg_risk_report_write (TryggDatabase   *db,
                         TryggPdfWriter  *writer,
                         const char      *analysis_uuid,
                         GError         **error)
{
  g_auto(TryggRiskReport) report = { 0 };

  g_return_val_if_fail (TRYGG_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (TRYGG_IS_PDF_WRITER (writer), FALSE);

  if (!load (&report, db, writer, analysis_uuid, error))
    return FALSE;

  trygg_risk_report_write_front (&report);

  section (writer, _("Purpose"), report.analysis->purpose, _("No purpose is stated."));
  section (writer, _("Scope"), report.analysis->scope, _("No scope is stated."));
  section (writer, _("Left out of the analysis"), report.analysis->out_of_scope,
           _("Nothing is stated as left out."));
  if (!write_objects (&report, error) || !write_participants (&report, error))
    return FALSE;
  section (writer, _("Method"), report.analysis->method_notes,
           _("The risks were identified and assessed together in a workshop, with the "
             "matrix below."));

  if (!trygg_risk_report_write_matrix (&report, error) ||
      !trygg_risk_report_write_heatmaps (&report, error))
    return FALSE;

  trygg_pdf_writer_set_landscape (writer, TRUE);
  trygg_pdf_writer_page_break (writer);
  trygg_risk_report_write_risk_table (&report);

  trygg_pdf_writer_set_landscape (writer, FALSE);
  trygg_pdf_writer_page_break (writer);
  trygg_risk_report_write_acceptance (&report);
  return TRUE;
}

/* Writes the report of the analysis @analysis_uuid to the PDF file @path, whole or not at all. */
gboolean
trygg_risk_report_save (TryggDatabase  *db,
                        const char     *path,
                        const char     *analysis_uuid,
                        GError        **error)
{
  g_autoptr(TryggPdfWriter) writer = NULL;

  g_return_val_if_fail (TRYGG_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* an unknown analysis is told before a file is even begun */
  if (trygg_risk_query_lookup (db, analysis_uuid, error) <= 0)
    return FALSE;
  writer = trygg_pdf_writer_new (path, error);
  return writer != NULL &&
         trygg_risk_report_write (db, writer, analysis_uuid, error) &&
         trygg_pdf_writer_finish (writer, error);
}
