/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The matrix part of the analysis report: the scale definitions of both axes (number, name,
 * description), the bands with their acceptance rules, and the heatmaps of the initial and
 * the residual risk drawn by risk-heatmap-render.c.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-heatmap-render.h"
#include "risk-report-private.h"

static gboolean
write_scale (TryggRiskReport  *report,
             const char       *axis,
             const char       *heading,
             GError          **error)
{
  g_autoptr(GPtrArray) levels = trygg_risk_query_levels (report->db, report->analysis->id,
                                                         axis, error);
  g_autoptr(GPtrArray) rows = trygg_risk_report_rows_new ();
  const char *headers[] = {
    C_("risk report", "Level"), C_("risk report", "Name"), C_("risk report", "Description"),
    NULL
  };
  const double widths[] = { 0.55, 1.4, 3.2 };

  if (levels == NULL)
    return FALSE;
  trygg_pdf_writer_heading (report->writer, heading);
  for (guint i = 0; i < levels->len; i++)
    {
      TryggRiskReportLevel *level = g_ptr_array_index (levels, i);
      g_autofree char *number = g_strdup_printf ("%d", level->level);

      trygg_risk_report_add_row (rows, number, level->name, level->description, NULL);
    }
  trygg_pdf_writer_table (report->writer, headers, widths, rows);
  return TRUE;
}

static void
write_bands (TryggRiskReport *report)
{
  g_autoptr(GPtrArray) rows = trygg_risk_report_rows_new ();
  const char *headers[] = {
    C_("risk report", "Band"), C_("risk report", "Values"),
    C_("risk report", "May be accepted by"), C_("risk report", "Treat"),
    C_("risk report", "Inform"), NULL
  };
  const double shares[] = { 1.0, 0.8, 1.6, 1.1, 1.6 };
  const gboolean fit[] = { TRUE, TRUE, TRUE, FALSE, TRUE };
  double widths[G_N_ELEMENTS (shares)];

  trygg_pdf_writer_heading (report->writer, _("Bands and acceptance criteria"));
  trygg_pdf_writer_paragraph (report->writer,
                              _("The band of a risk’s value decides who may accept the risk "
                                "and how soon it must be treated if it is not accepted."));
  for (guint i = 0; i < report->matrix->bands->len; i++)
    {
      TryggRiskBand *band = g_ptr_array_index (report->matrix->bands, i);
      g_autofree char *values = band->lower == band->upper
        ? g_strdup_printf ("%d", band->lower)
        : g_strdup_printf ("%d–%d", band->lower, band->upper);
      g_autofree char *within = trygg_risk_report_within (band->treat_within_days);

      trygg_risk_report_add_row (rows, band->name, values,
                                 trygg_risk_report_text_or (band->accept_by, "–"), within,
                                 trygg_risk_report_text_or (band->inform, "–"), NULL);
    }
  trygg_risk_report_fit_widths (report->context, headers, rows, shares, fit,
                                trygg_pdf_writer_get_text_width (report->writer), widths);
  trygg_pdf_writer_table (report->writer, headers, widths, rows);
}

gboolean
trygg_risk_report_write_matrix (TryggRiskReport  *report,
                                GError          **error)
{
  g_autofree char *intro = NULL;

  trygg_pdf_writer_page_break (report->writer);
  trygg_pdf_writer_heading (report->writer, _("Risk matrix"));
  /* Translators: the matrix's size, probability levels × consequence levels */
  intro = g_strdup_printf (_("The analysis uses a matrix of %d × %d levels. A risk’s value "
                             "is its probability times its consequence."),
                           report->matrix->probability_levels,
                           report->matrix->consequence_levels);
  trygg_pdf_writer_paragraph (report->writer, intro);
  if (!write_scale (report, "probability", _("Probability"), error) ||
      !write_scale (report, "consequence", _("Consequence"), error))
    return FALSE;
  write_bands (report);
  return TRUE;
}

/* Heatmaps */

typedef struct {
  TryggRiskReport      *report;
  TryggRiskHeatmapView  view;
  GError               *error;
} Heatmap;

static void
draw_heatmap (cairo_t  *cr,
              double    width,
              double    height,
              gpointer  data)
{
  Heatmap *heatmap = data;

  /* a failure is told by write_heatmap() once the page is done */
  cairo_save (cr);
  trygg_risk_heatmap_draw (heatmap->report->db, heatmap->report->analysis->id, heatmap->view,
                           cr, width, height, &heatmap->error);
  cairo_restore (cr);
}

static gboolean
write_heatmap (TryggRiskReport       *report,
               TryggRiskHeatmapView   view,
               const char            *heading,
               const char            *text,
               GError               **error)
{
  Heatmap heatmap = { report, view, NULL };
  double side = trygg_pdf_writer_get_text_width (report->writer) * 0.92;

  trygg_pdf_writer_page_break (report->writer);
  trygg_pdf_writer_heading (report->writer, heading);
  trygg_pdf_writer_paragraph (report->writer, text);
  trygg_pdf_writer_drawing (report->writer, side, side, draw_heatmap, &heatmap);
  if (heatmap.error != NULL)
    {
      g_propagate_error (error, heatmap.error);
      return FALSE;
    }
  return TRUE;
}

gboolean
trygg_risk_report_write_heatmaps (TryggRiskReport  *report,
                                  GError          **error)
{
  guint assessed = 0;

  for (guint i = 0; i < report->risks->len; i++)
    if (((TryggRiskReportRisk *) g_ptr_array_index (report->risks, i))->residual_probability > 0)
      assessed++;

  if (!write_heatmap (report, TRYGG_RISK_HEATMAP_INITIAL, _("Heatmap: initial risk"),
                      _("Each risk is shown by its number in the cell of its probability and "
                        "consequence, as assessed before the proposed measures."), error))
    return FALSE;
  if (assessed == 0)
    {
      trygg_pdf_writer_heading (report->writer, _("Heatmap: residual risk"));
      trygg_pdf_writer_paragraph (report->writer,
                                  _("No residual risk has been assessed yet."));
      return TRUE;
    }
  return write_heatmap (report, TRYGG_RISK_HEATMAP_RESIDUAL, _("Heatmap: residual risk"),
                        _("The risks as assessed after the proposed measures. A risk whose "
                          "residual risk is not assessed yet is not shown."), error);
}
