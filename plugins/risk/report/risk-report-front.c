/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The front page of the analysis report: the title and the units, a status badge in words
 * (approved or draft), the key facts — date, status with who and when, lead, risks, measures,
 * date printed — and a note that the analysis may hold information subject to secrecy.
 * Laid out with Pango before it is drawn, so that the drawing has the height it needs.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-report-private.h"

#define LABEL_WIDTH 150.0
#define ROW_GAP       7.0
#define BOX_PAD      12.0
#define BADGE_PAD_X   9.0
#define BADGE_PAD_Y   4.0

typedef struct {
  PangoLayout *layout;
  double       x;
  double       y;
  double       grey;
} Piece;

typedef struct {
  GArray   *pieces;       /* Piece */
  gboolean  approved;
  double    badge_width;
  double    badge_height;
  double    box_top;
  double    box_height;
} Front;

static void
piece_clear (Piece *piece)
{
  g_clear_object (&piece->layout);
}

static double
add (Front       *front,
     PangoLayout *layout,
     double       x,
     double       y,
     double       grey)
{
  Piece piece = { layout, x, y, grey };

  g_array_append_val (front->pieces, piece);
  return trygg_risk_report_height (layout);
}

static void
draw_front (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  data)
{
  Front *front = data;

  /* the badge: a filled rounded label whose word says the status */
  if (front->approved)
    cairo_set_source_rgb (cr, 0.85, 0.93, 0.86);
  else
    cairo_set_source_rgb (cr, 0.99, 0.91, 0.74);
  cairo_new_sub_path (cr);
  cairo_arc (cr, front->badge_height / 2, front->badge_height / 2, front->badge_height / 2,
             G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, front->badge_width - front->badge_height / 2, front->badge_height / 2,
             front->badge_height / 2, 3 * G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  cairo_fill (cr);

  /* the secrecy note's frame */
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (cr, 0.8);
  cairo_rectangle (cr, 0.4, front->box_top, width - 0.8, front->box_height);
  cairo_stroke (cr);

  for (guint i = 0; i < front->pieces->len; i++)
    {
      Piece *piece = &g_array_index (front->pieces, Piece, i);

      cairo_set_source_rgb (cr, piece->grey, piece->grey, piece->grey);
      cairo_move_to (cr, piece->x, piece->y);
      pango_cairo_show_layout (cr, piece->layout);
    }
}

static char *
status_text (const TryggRiskReportAnalysis *analysis)
{
  if (!analysis->approved)
    return g_strdup (_("Draft, not approved"));
  if (*analysis->approved_by != '\0' && *analysis->approved_on != '\0')
    /* Translators: the approver's name, then the date */
    return g_strdup_printf (_("Approved by %s on %s"), analysis->approved_by,
                            analysis->approved_on);
  if (*analysis->approved_by != '\0')
    return g_strdup_printf (_("Approved by %s"), analysis->approved_by);
  if (*analysis->approved_on != '\0')
    return g_strdup_printf (_("Approved on %s"), analysis->approved_on);
  return g_strdup (_("Approved"));
}

static char *
measures_text (GPtrArray *risks)
{
  guint proposed = 0, done = 0;

  for (guint i = 0; i < risks->len; i++)
    {
      TryggRiskReportRisk *risk = g_ptr_array_index (risks, i);

      for (guint j = 0; j < risk->measures->len; j++)
        {
          TryggRiskReportMeasure *measure = g_ptr_array_index (risk->measures, j);

          proposed++;
          if (g_str_equal (measure->status, "done"))
            done++;
        }
    }
  if (proposed == 0)
    return g_strdup (_("None proposed"));
  /* Translators: how many measures are proposed, then how many of them are done */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u proposed, %u done",
                                       "%u proposed, %u done", proposed), proposed, done);
}

/* How many risks are in each band, initially and after the measures: the picture at a glance. */
static void
write_bands_overview (TryggRiskReport *report)
{
  g_autoptr(GPtrArray) rows = trygg_risk_report_rows_new ();
  const TryggRiskMatrix *matrix = report->matrix;
  const char *headers[] = {
    C_("risk report", "Band"), C_("risk report", "Initial risk"),
    C_("risk report", "Residual risk"), NULL
  };
  const double widths[] = { 1.6, 1.0, 1.0 };
  guint not_assessed = 0;

  for (guint b = matrix->bands->len; b-- > 0;)
    {
      const TryggRiskBand *band = g_ptr_array_index (matrix->bands, b);
      guint initial = 0, residual = 0;
      g_autofree char *a = NULL;
      g_autofree char *c = NULL;

      for (guint i = 0; i < report->risks->len; i++)
        {
          TryggRiskReportRisk *risk = g_ptr_array_index (report->risks, i);
          int value = risk->residual_probability * risk->residual_consequence;

          if (trygg_risk_matrix_band (matrix, risk->probability * risk->consequence) == band)
            initial++;
          if (value > 0 && trygg_risk_matrix_band (matrix, value) == band)
            residual++;
        }
      a = g_strdup_printf ("%u", initial);
      c = g_strdup_printf ("%u", residual);
      trygg_risk_report_add_row (rows, band->name, a, c, NULL);
    }
  for (guint i = 0; i < report->risks->len; i++)
    if (((TryggRiskReportRisk *) g_ptr_array_index (report->risks, i))->residual_probability == 0)
      not_assessed++;
  if (not_assessed > 0)
    {
      g_autofree char *c = g_strdup_printf ("%u", not_assessed);

      trygg_risk_report_add_row (rows, _("Residual risk not assessed"), "", c, NULL);
    }
  trygg_pdf_writer_heading (report->writer, _("Risks by band"));
  trygg_pdf_writer_table (report->writer, headers, widths, rows);
}

void
trygg_risk_report_write_front (TryggRiskReport *report)
{
  PangoContext *context = report->context;
  g_autofree char *title = NULL;
  g_autofree char *units = trygg_risk_report_join (report->units, ", ");
  g_autofree char *status = status_text (report->analysis);
  g_autofree char *risks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u risk",
                                                         "%u risks", report->risks->len),
                                            report->risks->len);
  g_autofree char *measures = measures_text (report->risks);
  const char *not_set = _("Not set");
  const struct {
    const char *label;
    const char *value;
  } facts[] = {
    { _("Date of the analysis"), trygg_risk_report_text_or (report->analysis->analysed_on,
                                                            not_set) },
    { _("Status"), status },
    { _("Analysis lead"), trygg_risk_report_text_or (report->analysis->lead, not_set) },
    { _("Risks"), risks },
    { _("Measures"), measures },
    { _("Printed"), report->today },
  };
  Front front = { 0 };
  PangoLayout *layout;
  double width = trygg_pdf_writer_get_text_width (report->writer);
  double y;

  /* Translators: the title of the report's front page; %s is the analysis's title */
  title = g_strdup_printf (_("Risk analysis: %s"),
                           trygg_risk_report_text_or (report->analysis->title,
                                                      _("Untitled")));
  trygg_pdf_writer_title (report->writer, title, units);

  front.pieces = g_array_new (FALSE, TRUE, sizeof (Piece));
  g_array_set_clear_func (front.pieces, (GDestroyNotify) piece_clear);
  front.approved = report->analysis->approved;

  layout = trygg_risk_report_layout (context, front.approved
                                     ? C_("risk analysis status", "Approved")
                                     : C_("risk analysis status", "Draft"),
                                     11, PANGO_WEIGHT_BOLD, -1);
  front.badge_height = add (&front, layout, BADGE_PAD_X, BADGE_PAD_Y, 0.1) + 2 * BADGE_PAD_Y;
  {
    int w;

    pango_layout_get_size (layout, &w, NULL);
    front.badge_width = (double) w / PANGO_SCALE + 2 * BADGE_PAD_X;
  }
  y = front.badge_height + 18;

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      double h1 = add (&front, trygg_risk_report_layout (context, facts[i].label, 10.5,
                                                         PANGO_WEIGHT_BOLD, LABEL_WIDTH - 10),
                       0, y, 0.35);
      double h2 = add (&front, trygg_risk_report_layout (context, facts[i].value, 10.5,
                                                         PANGO_WEIGHT_NORMAL,
                                                         width - LABEL_WIDTH),
                       LABEL_WIDTH, y, 0);

      y += MAX (h1, h2) + ROW_GAP;
    }

  front.box_top = y + 22;
  y = front.box_top + BOX_PAD;
  y += add (&front, trygg_risk_report_layout (context, _("Handle with care"), 11,
                                              PANGO_WEIGHT_BOLD, width - 2 * BOX_PAD),
            BOX_PAD, y, 0) + 4;
  y += add (&front, trygg_risk_report_layout (context,
                                              _("This analysis describes weaknesses in the "
                                                "organisation’s information security and may "
                                                "contain information subject to secrecy. "
                                                "Check whether secrecy applies before any "
                                                "part of it is released."),
                                              10, PANGO_WEIGHT_NORMAL, width - 2 * BOX_PAD),
            BOX_PAD, y, 0.15);
  front.box_height = y + BOX_PAD - front.box_top;

  trygg_pdf_writer_drawing (report->writer, width, front.box_top + front.box_height + 1,
                            draw_front, &front);
  g_array_unref (front.pieces);
  if (report->risks->len > 0)
    write_bands_overview (report);
  trygg_pdf_writer_page_break (report->writer);
}
