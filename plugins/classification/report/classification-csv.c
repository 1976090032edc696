/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list of information assets and their classification as CSV for Excel in Swedish and
 * Norwegian locales: UTF-8 with a byte order mark (so that Excel reads åäø right), semicolons
 * between fields (the comma is the decimal separator there), CRLF line ends, and a field
 * quoted when it holds a semicolon, a quote or a line break. A field that begins with = + - @
 * gets a leading apostrophe, so that Excel shows it as text rather than running it as a
 * formula. The file is replaced whole or not at all.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "classification-report-private.h"

static void
append_field (GString    *s,
              const char *text,
              gboolean    last)
{
  gboolean quote;

  if (text == NULL)
    text = "";
  quote = strpbrk (text, ";\"\r\n") != NULL || g_ascii_isspace (text[0]) ||
          (text[0] != '\0' && g_ascii_isspace (text[strlen (text) - 1]));
  if (quote)
    g_string_append_c (s, '"');
  if (text[0] != '\0' && strchr ("=+-@", text[0]) != NULL)
    g_string_append_c (s, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (s, '"');
      g_string_append_c (s, *p);
    }
  if (quote)
    g_string_append_c (s, '"');
  g_string_append (s, last ? "\r\n" : ";");
}

static char *
level_number (const TryggClassificationReportRow *row,
              TryggClassificationAspect           aspect)
{
  if (row->profile.version == 0 || row->profile.levels[aspect] == TRYGG_CLASSIFICATION_NO_LEVEL)
    return g_strdup ("");
  return g_strdup_printf ("%d", row->profile.levels[aspect]);
}

static void
append_row (GString                      *s,
            TryggClassificationReportRow *row,
            gboolean                      traceability)
{
  gboolean classified = row->profile.version > 0;
  g_autofree char *unmet = classified ? g_strdup_printf ("%u", row->n_unmet) : g_strdup ("");

  append_field (s, row->name, FALSE);
  append_field (s, row->unit, FALSE);
  append_field (s, row->owner, FALSE);
  append_field (s, classified ? row->profile_text : _("Not classified"), FALSE);
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    {
      g_autofree char *level = NULL;

      if (i == TRYGG_CLASSIFICATION_TRACEABILITY && !traceability)
        continue;
      level = level_number (row, i);
      append_field (s, level, FALSE);
    }
  append_field (s, row->classified_on, FALSE);
  append_field (s, row->signed_off_by, FALSE);
  append_field (s, row->signed_off_on, FALSE);
  append_field (s, row->next_review, FALSE);
  append_field (s, !classified ? "" : row->overdue ? _("yes") : _("no"), FALSE);
  append_field (s, unmet, TRUE);
}

static gboolean
write_error (GError     **error,
             const char  *path,
             const char  *reason)
{
  /* Translators: a file's name and why it could not be written */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write the CSV file “%s”: %s"),
               path, reason);
  return FALSE;
}

/**
 * trygg_classification_csv_write:
 * @asset_ids: (nullable) (element-type gint64): the assets, in this order; %NULL for every
 *   asset, by name
 * @path: the file; replaced only when the whole list was made
 *
 * Columns: asset, unit, information owner, profile, the level of confidentiality,
 * integrity and availability (and traceability when the organisation assesses it) as
 * numbers, classified on, signed off by, signed off on, next review, review overdue
 * (yes/no), unmet requirements.
 */
gboolean
trygg_classification_csv_write (TryggDatabase  *db,
                                GArray         *asset_ids,
                                const char     *path,
                                GError        **error)
{
  g_autoptr(GString) s = g_string_new ("\xEF\xBB\xBF");  /* the byte order mark */
  g_autoptr(GArray) all = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean traceability;
  const char *headers[] = {
    _("Information asset"), _("Unit"), _("Information owner"), _("Profile"),
    C_("classification aspect", "Confidentiality"), C_("classification aspect", "Integrity"),
    C_("classification aspect", "Availability"), C_("classification aspect", "Traceability"),
    _("Classified on"), _("Signed off by"), _("Signed off on"), _("Next review"),
    _("Review overdue"), _("Unmet requirements"),
  };

  g_return_val_if_fail (TRYGG_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  traceability = trygg_classification_get_traceability (db);
  if (asset_ids == NULL)
    {
      if ((all = trygg_classification_report_all_assets (db, &local_error)) == NULL)
        return write_error (error, path, local_error->message);
      asset_ids = all;
    }
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    if (i != 7 || traceability)
      append_field (s, headers[i], i == G_N_ELEMENTS (headers) - 1);
  for (guint i = 0; i < asset_ids->len; i++)
    {
      g_autoptr(TryggClassificationReportRow) row =
        trygg_classification_report_row_read (db, g_array_index (asset_ids, gint64, i),
                                              &local_error);
      if (row == NULL)
        return write_error (error, path, local_error->message);
      append_row (s, row, traceability);
    }
  if (!g_file_set_contents_full (path, s->str, (gssize) s->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    return write_error (error, path, local_error->message);
  return TRUE;
}
