/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk list of an analysis as CSV that Excel opens as it is, in the columns of the
 * report's risk table: UTF-8 with a byte-order mark, semicolons (the list separator of Nordic
 * locales), CRLF between records, a field quoted when it holds a semicolon, a quote, a line
 * break or leading or trailing space. A risk's measures are one per line inside their cells,
 * in the same order in the measure, responsible and deadline columns.
 *
 * A field that Excel would take for a formula (starting with =, +, @, a tab, or - followed
 * by something other than a space or a digit) gets a leading apostrophe, as OWASP advises
 * against CSV injection. The file is replaced whole or not at all.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "risk-query.h"
#include "risk-report.h"

static gboolean
looks_like_formula (const char *text)
{
  switch (text[0])
    {
    case '=': case '+': case '@': case '\t': case '\r':
      return TRUE;
    case '-':
      return text[1] != '\0' && text[1] != ' ' && !g_ascii_isdigit (text[1]);
    default:
      return FALSE;
    }
}

static void
append_field (GString    *out,
              const char *text,
              gboolean    first)
{
  g_autofree char *safe = NULL;
  gsize len;

  if (!first)
    g_string_append_c (out, ';');
  if (text == NULL || *text == '\0')
    return;
  if (looks_like_formula (text))
    text = safe = g_strconcat ("'", text, NULL);
  len = strlen (text);
  if (strpbrk (text, ";\"\r\n") == NULL && text[0] != ' ' && text[len - 1] != ' ')
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_record (GString            *out,
               const char * const *fields,
               guint               n)
{
  for (guint i = 0; i < n; i++)
    append_field (out, fields[i], i == 0);
  g_string_append (out, "\r\n");
}

static char *
aspects (const TryggRiskReportRisk *risk)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  if (risk->confidentiality)
    g_strv_builder_add (builder, C_("risk aspect", "Confidentiality"));
  if (risk->integrity)
    g_strv_builder_add (builder, C_("risk aspect", "Integrity"));
  if (risk->availability)
    g_strv_builder_add (builder, C_("risk aspect", "Availability"));
  list = g_strv_builder_end (builder);
  return g_strjoinv (", ", list);
}

static char *
band_name (const TryggRiskMatrix *matrix,
           int                    value)
{
  const TryggRiskBand *band = value > 0 ? trygg_risk_matrix_band (matrix, value) : NULL;

  return g_strdup (band != NULL ? band->name : "");
}

static char *
number (int value)
{
  return value > 0 ? g_strdup_printf ("%d", value) : g_strdup ("");
}

static void
append_risk (GString                   *out,
             const TryggRiskMatrix     *matrix,
             const TryggRiskReportRisk *risk)
{
  g_autoptr(GString) titles = g_string_new (NULL);
  g_autoptr(GString) responsible = g_string_new (NULL);
  g_autoptr(GString) deadlines = g_string_new (NULL);
  int value = risk->probability * risk->consequence;
  int residual = risk->residual_probability * risk->residual_consequence;
  g_autofree char *no = number (risk->number);
  g_autofree char *aspect_list = aspects (risk);
  g_autofree char *p = number (risk->probability);
  g_autofree char *c = number (risk->consequence);
  g_autofree char *r = number (value);
  g_autofree char *band = band_name (matrix, value);
  g_autofree char *rp = number (risk->residual_probability);
  g_autofree char *rc = number (risk->residual_consequence);
  g_autofree char *rr = number (residual);
  g_autofree char *rband = band_name (matrix, residual);

  for (guint i = 0; i < risk->measures->len; i++)
    {
      TryggRiskReportMeasure *measure = g_ptr_array_index (risk->measures, i);
      const char *sep = i > 0 ? "\n" : "";

      g_string_append_printf (titles, "%s%s", sep, measure->title);
      g_string_append_printf (responsible, "%s%s", sep, measure->responsible);
      g_string_append_printf (deadlines, "%s%s", sep, measure->deadline);
    }
  {
    const char *fields[] = {
      no, risk->cause, risk->event, risk->consequence_text, aspect_list, p, c, r, band,
      risk->existing_measures, titles->str, responsible->str, deadlines->str, rp, rc, rr,
      rband, trygg_risk_treatment_label (risk->treatment), risk->owner,
      trygg_risk_status_label (risk->status),
    };

    append_record (out, fields, G_N_ELEMENTS (fields));
  }
}

/**
 * trygg_risk_csv_write:
 * @path: the CSV file; replaced whole, or left as it was on failure
 *
 * Writes the risks of an analysis, one record each, with a header record.
 */
gboolean
trygg_risk_csv_write (TryggDatabase  *db,
                      gint64          analysis_id,
                      const char     *path,
                      GError        **error)
{
  g_autoptr(TryggRiskReportAnalysis) analysis = NULL;
  g_autoptr(TryggRiskMatrix) matrix = NULL;
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(GString) out = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(GError) local_error = NULL;
  const char *headers[] = {
    C_("risk table", "No."), C_("risk table", "Cause / threat"),
    C_("risk table", "Undesired event"), C_("risk table", "Consequences"),
    C_("risk table", "Aspects breached"), C_("risk table", "Probability"),
    C_("risk table", "Consequence"), C_("risk table", "Risk value"), C_("risk table", "Band"),
    C_("risk table", "Existing measures"), C_("risk table", "Proposed measures"),
    C_("risk table", "Responsible"), C_("risk table", "Deadline"),
    C_("risk table", "Residual probability"), C_("risk table", "Residual consequence"),
    C_("risk table", "Residual risk value"), C_("risk table", "Residual band"),
    C_("risk table", "Treatment"), C_("risk table", "Risk owner"), C_("risk table", "Status"),
  };

  g_return_val_if_fail (TRYGG_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((analysis = trygg_risk_query_analysis (db, analysis_id, error)) == NULL ||
      (matrix = trygg_risk_matrix_load (db, analysis_id, error)) == NULL ||
      (risks = trygg_risk_query_risks (db, analysis_id, error)) == NULL)
    return FALSE;

  append_record (out, headers, G_N_ELEMENTS (headers));
  for (guint i = 0; i < risks->len; i++)
    append_risk (out, matrix, g_ptr_array_index (risks, i));

  if (!g_file_set_contents_full (path, out->str, (gssize) out->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_file_error (local_error->code),
                   /* Translators: the file's path, then why it could not be written */
                   _("Cannot write the CSV file “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}
