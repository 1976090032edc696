/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small helpers of the analysis report: texts for empty fields, a value with its band,
 * "within 90 days", table rows, and Pango layouts measured as TryggPdfWriter sets them (72 dpi,
 * no hinting of metrics), so that the report can size drawings and line up table cells.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <stdarg.h>

#include <glib/gi18n-lib.h>

#include "risk-report-private.h"

/* Returns: (transfer none): @text, or @fallback when @text is empty */
const char *
trygg_risk_report_text_or (const char *text,
                           const char *fallback)
{
  return text != NULL && *text != '\0' ? text : fallback;
}

/* Returns: (transfer full): the strings of @names joined by @separator */
char *
trygg_risk_report_join (GPtrArray  *names,
                        const char *separator)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      if (i > 0)
        g_string_append (s, separator);
      g_string_append (s, g_ptr_array_index (names, i));
    }
  return g_string_free (s, FALSE);
}

/**
 * trygg_risk_report_value:
 * @separator: between the value and the band's name (" " or "\n")
 *
 * Returns: (transfer full): "12 High": the value probability × consequence and its band, or
 *   "–" when not assessed (a level 0)
 */
char *
trygg_risk_report_value (const TryggRiskMatrix *matrix,
                         int                    probability,
                         int                    consequence,
                         const char            *separator)
{
  const TryggRiskBand *band;
  int value = probability * consequence;

  if (value <= 0)
    return g_strdup ("–");
  band = matrix != NULL ? trygg_risk_matrix_band (matrix, value) : NULL;
  if (band == NULL || band->name == NULL || *band->name == '\0')
    return g_strdup_printf ("%d", value);
  return g_strdup_printf ("%d%s%s", value, separator, band->name);
}

/* Returns: (transfer full): how soon a risk of a band must be treated, in words */
char *
trygg_risk_report_within (int days)
{
  if (days < 0)
    return g_strdup (_("No limit"));
  if (days == 0)
    return g_strdup (_("At once"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Within %d day", "Within %d days",
                                       days), days);
}

/* Returns: (transfer full): today's date, YYYY-MM-DD, local time */
char *
trygg_risk_report_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Returns: (transfer full): a context that lays text out as TryggPdfWriter does */
PangoContext *
trygg_risk_report_context_new (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

/* Returns: (transfer full): @text in the report's font, wrapped at @width points */
PangoLayout *
trygg_risk_report_layout (PangoContext *context,
                          const char   *text,
                          double        size,
                          PangoWeight   weight,
                          double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (TRYGG_RISK_REPORT_FONT);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

double
trygg_risk_report_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* How many lines @text takes in a table cell @cell_width points wide (padding included). */
int
trygg_risk_report_count_lines (PangoContext *context,
                               const char   *text,
                               double        cell_width)
{
  g_autoptr(PangoLayout) layout = trygg_risk_report_layout (context, text,
                                                            TRYGG_RISK_REPORT_CELL_SIZE,
                                                            PANGO_WEIGHT_NORMAL,
                                                            cell_width -
                                                            2 * TRYGG_RISK_REPORT_CELL_PAD);

  return text == NULL || *text == '\0' ? 0 : pango_layout_get_line_count (layout);
}

/* The width of the longest word of @text, in @weight. */
static double
longest_word (PangoContext *context,
              const char   *text,
              PangoWeight   weight)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  double longest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      int w;

      if (*words[i] == '\0')
        continue;
      layout = trygg_risk_report_layout (context, words[i], TRYGG_RISK_REPORT_CELL_SIZE,
                                         weight, -1);
      pango_layout_get_size (layout, &w, NULL);
      longest = MAX (longest, (double) w / PANGO_SCALE);
    }
  return longest;
}

/**
 * trygg_risk_report_fit_widths:
 * @shares: the share of each column
 * @fit: (nullable): whether a column's cells must not break words (else only its header's)
 * @widths: (out caller-allocates): the widths in points, summing to @total
 *
 * Sizes table columns: each gets at least its longest unbreakable word (of its header, and of
 * its cells where @fit says so) and the rest of the width by its share.
 */
void
trygg_risk_report_fit_widths (PangoContext       *context,
                              const char * const *headers,
                              GPtrArray          *rows,
                              const double       *shares,
                              const gboolean     *fit,
                              double              total,
                              double             *widths)
{
  guint n = g_strv_length ((char **) headers);
  g_autofree double *least = g_new0 (double, n);
  g_autofree gboolean *fixed = g_new0 (gboolean, n);
  gboolean changed = TRUE;

  for (guint i = 0; i < n; i++)
    {
      least[i] = longest_word (context, headers[i], PANGO_WEIGHT_BOLD);
      for (guint r = 0; fit != NULL && fit[i] && r < rows->len; r++)
        least[i] = MAX (least[i], longest_word (context, ((char **) g_ptr_array_index (rows, r))[i],
                                                PANGO_WEIGHT_NORMAL));
      least[i] += 2 * TRYGG_RISK_REPORT_CELL_PAD + 1;
    }
  /* columns too narrow by their share take their least width; the others share the rest */
  while (changed)
    {
      double rest = total, share_sum = 0;

      changed = FALSE;
      for (guint i = 0; i < n; i++)
        {
          if (fixed[i])
            rest -= least[i];
          else
            share_sum += shares[i];
        }
      for (guint i = 0; i < n; i++)
        {
          if (fixed[i])
            {
              widths[i] = least[i];
              continue;
            }
          widths[i] = share_sum > 0 ? rest * shares[i] / share_sum : 0;
          if (widths[i] < least[i])
            {
              fixed[i] = TRUE;
              changed = TRUE;
            }
        }
    }
}

/* Returns: (transfer full) (element-type GStrv): rows for trygg_pdf_writer_table() */
GPtrArray *
trygg_risk_report_rows_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

/* Adds a row of the strings given, up to %NULL; each is copied. */
void
trygg_risk_report_add_row (GPtrArray *rows,
                           ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;
  const char *cell;

  va_start (args, rows);
  while ((cell = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (builder, cell);
  va_end (args);
  g_ptr_array_add (rows, g_strv_builder_end (builder));
}
