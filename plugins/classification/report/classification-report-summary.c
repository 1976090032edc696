/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The classification section of the yearly management report: how many information assets
 * are classified, the classifications overdue for review, and the required measures not met,
 * by requirement area. As of today; only requirements the current profiles still call for.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-report-private.h"

static gboolean
count_assets (TryggDatabase  *db,
              guint          *total,
              guint          *classified,
              guint          *overdue,
              const char     *today,
              GError        **error)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT (SELECT count(*) FROM information_asset), "
      "(SELECT count(DISTINCT asset_id) FROM classification), "
      "(SELECT count(*) FROM classification c WHERE c.next_review < ?1 AND c.version = "
      "  (SELECT max(version) FROM classification WHERE asset_id = c.asset_id))", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      trygg_database_set_error (db, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *total = (guint) sqlite3_column_int (stmt, 0);
  *classified = (guint) sqlite3_column_int (stmt, 1);
  *overdue = (guint) sqlite3_column_int (stmt, 2);
  sqlite3_reset (stmt);
  return TRUE;
}

static char *
overview_text (guint total,
               guint classified,
               guint overdue)
{
  GString *s = g_string_new (NULL);

  if (total == 0)
    return g_strdup (_("No information assets are registered yet."));
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE,
                                          "%u of %u information asset is classified (%u %%).",
                                          "%u of %u information assets are classified (%u %%).",
                                          total),
                          classified, total, (guint) (100.0 * classified / total + 0.5));
  g_string_append_c (s, ' ');
  if (overdue > 0)
    g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE,
                                            "%u classification is overdue for review.",
                                            "%u classifications are overdue for review.",
                                            overdue), overdue);
  else if (classified > 0)
    g_string_append (s, _("No classification is overdue for review."));
  return g_string_free (s, FALSE);
}

static GPtrArray *
overdue_rows (TryggDatabase  *db,
              const char     *today,
              GError        **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT a.name, coalesce(u.name, ''), coalesce(o.name, ''), c.next_review "
      "FROM classification c JOIN information_asset a ON a.id = c.asset_id "
      "LEFT JOIN org_unit u ON u.id = a.unit_id LEFT JOIN person o ON o.id = a.owner_id "
      "WHERE c.next_review < ?1 AND c.version = "
      "  (SELECT max(version) FROM classification WHERE asset_id = c.asset_id) "
      "ORDER BY c.next_review, a.name COLLATE NOCASE", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char **cells = g_new0 (char *, 5);
      for (int i = 0; i < 4; i++)
        cells[i] = g_strdup ((const char *) sqlite3_column_text (stmt, i));
      g_ptr_array_add (rows, cells);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* Per requirement area: measures not met, partly met, and on how many assets */
static GPtrArray *
gap_rows (TryggDatabase  *db,
          GError        **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT r.area, sum(f.status = 'not_met'), sum(f.status = 'partly_met'), "
      "count(DISTINCT f.asset_id) FROM classification_fulfilment f "
      "JOIN classification_requirement r ON r.id = f.requirement_id "
      "JOIN classification c ON c.asset_id = f.asset_id AND c.version = "
      "  (SELECT max(version) FROM classification WHERE asset_id = f.asset_id) "
      "JOIN classification_aspect ca ON ca.classification_id = c.id AND ca.aspect = r.aspect "
      "AND ca.level >= r.min_level "
      "WHERE f.status IN ('not_met', 'partly_met') "
      "GROUP BY r.area ORDER BY count(*) DESC, r.area", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char **cells = g_new0 (char *, 5);

      cells[0] = g_strdup (trygg_classification_requirement_area_name (
                             (const char *) sqlite3_column_text (stmt, 0)));
      for (int i = 1; i < 4; i++)
        cells[i] = g_strdup_printf ("%d", sqlite3_column_int (stmt, i));
      g_ptr_array_add (rows, cells);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/**
 * trygg_classification_report_write_summary:
 *
 * The section of the yearly management report, under a heading.
 */
gboolean
trygg_classification_report_write_summary (TryggDatabase   *db,
                                           TryggPdfWriter  *writer,
                                           GError         **error)
{
  static const double overdue_widths[] = { 3.0, 2.2, 1.8, 1.2 };
  static const double gap_widths[] = { 3.0, 1.3, 1.3, 1.6 };
  const char *overdue_headers[] = { _("Information asset"), _("Unit"),
                                    _("Information owner"), _("Review was due"), NULL };
  const char *gap_headers[] = { _("Requirement area"), _("Not met"), _("Partly met"),
                                _("Assets affected"), NULL };
  g_autofree char *today = trygg_classification_report_today ();
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  guint total, classified, n_overdue;

  g_return_val_if_fail (TRYGG_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (TRYGG_IS_PDF_WRITER (writer), FALSE);

  if (!count_assets (db, &total, &classified, &n_overdue, today, error) ||
      (overdue = overdue_rows (db, today, error)) == NULL ||
      (gaps = gap_rows (db, error)) == NULL)
    return FALSE;

  trygg_pdf_writer_heading (writer, _("Information classification"));
  text = overview_text (total, classified, n_overdue);
  trygg_pdf_writer_paragraph (writer, text);
  if (overdue->len > 0)
    trygg_pdf_writer_table (writer, overdue_headers, overdue_widths, overdue);
  if (gaps->len > 0)
    {
      trygg_pdf_writer_paragraph (writer, _("Required measures not met or only partly met, by "
                                            "area, for the current classifications:"));
      trygg_pdf_writer_table (writer, gap_headers, gap_widths, gaps);
    }
  else if (classified > 0)
    trygg_pdf_writer_paragraph (writer, _("No required measure is recorded as not met."));
  return TRUE;
}
