/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One information asset in the classification report: who owns it, its profile with the
 * level names, per aspect the level and the rationale, the consequence per area, the flags
 * (personal data, secrecy), who classified and signed it off, the next review, the
 * requirements the profile calls for (gaps first) and the actions made from the gaps.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-report-private.h"

static const struct { const char *key; const char *name; } action_statuses[] = {
  { "not_started", N_("Not started") },
  { "in_progress", N_("In progress") },
  { "done", N_("Done") },
  { "postponed", N_("Postponed") },
  { "cancelled", N_("Cancelled") },
};

static const char *
action_status_name (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (action_statuses); i++)
    if (g_strcmp0 (action_statuses[i].key, key) == 0)
      return _(action_statuses[i].name);
  return key != NULL ? key : "";
}

static const char *
yes_no (gboolean value)
{
  return value ? _("yes") : _("no");
}

/* The lines of facts under the asset's heading */
static char *
facts (TryggClassificationReportRow *row)
{
  const TryggClassificationPreset *preset =
    trygg_classification_preset_lookup (row->profile.preset);
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, _("Organisation unit: %s"),
                          *row->unit != '\0' ? row->unit : _("none"));
  g_string_append_c (s, '\n');
  if (*row->owner != '\0' && *row->owner_role != '\0')
    /* Translators: the information owner's name and role */
    g_string_append_printf (s, _("Information owner: %s, %s"), row->owner, row->owner_role);
  else
    g_string_append_printf (s, _("Information owner: %s"),
                            *row->owner != '\0' ? row->owner : _("nobody named"));
  g_string_append_c (s, '\n');
  /* Translators: the profile ("K3 R2 T3"), the version's number and the scale's name */
  g_string_append_printf (s, _("Profile: %s — version %d, scale “%s”"), row->profile_text,
                          row->profile.version,
                          preset != NULL ? _(preset->name) : row->profile.preset);
  g_string_append_c (s, '\n');
  if (*row->classified_by != '\0')
    /* Translators: a date (YYYY-MM-DD) and a person's name */
    g_string_append_printf (s, _("Classified on %s by %s"), row->classified_on,
                            row->classified_by);
  else
    g_string_append_printf (s, _("Classified on %s"), row->classified_on);
  g_string_append_c (s, '\n');
  if (row->signed_off_on != NULL && *row->signed_off_by != '\0')
    /* Translators: a date (YYYY-MM-DD) and the name of who signed the classification off */
    g_string_append_printf (s, _("Signed off on %s by %s"), row->signed_off_on,
                            row->signed_off_by);
  else if (row->signed_off_on != NULL)
    g_string_append_printf (s, _("Signed off on %s"), row->signed_off_on);
  else
    g_string_append (s, _("Not signed off by the information owner"));
  g_string_append_c (s, '\n');
  if (row->overdue)
    /* Translators: a date (YYYY-MM-DD) that has passed */
    g_string_append_printf (s, _("Next review: %s — overdue"), row->next_review);
  else
    g_string_append_printf (s, _("Next review: %s"), row->next_review);
  g_string_append_c (s, '\n');
  g_string_append_printf (s, _("Personal data: %s"), yes_no (row->personal_data));
  g_string_append (s, " · ");
  g_string_append_printf (s, _("Special categories of personal data: %s"),
                          yes_no (row->special_categories));
  g_string_append (s, " · ");
  if (row->secrecy)
    /* Translators: the legal provision the secrecy rests on, "OSL 26 kap. 1 §" */
    g_string_append_printf (s, _("Secrecy: yes, %s"), row->secrecy_reference);
  else
    g_string_append_printf (s, _("Secrecy: %s"), yes_no (FALSE));
  return g_string_free (s, FALSE);
}

static gboolean
write_aspects (TryggDatabase                 *db,
               TryggPdfWriter                *writer,
               TryggClassificationReportRow  *row,
               GError                       **error)
{
  static const double widths[] = { 1.3, 1.6, 4.6 };
  const char *headers[] = { _("Aspect"), _("Level"), _("Rationale"), NULL };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT aspect, rationale FROM classification_aspect WHERE classification_id = ?1", error);
  char *rationale[TRYGG_CLASSIFICATION_N_ASPECTS] = { NULL };

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->profile.classification_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TryggClassificationAspect aspect;
      if (trygg_classification_aspect_from_key ((const char *) sqlite3_column_text (stmt, 0),
                                                &aspect))
        rationale[aspect] = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    {
      char **cells;

      if (row->profile.levels[i] == TRYGG_CLASSIFICATION_NO_LEVEL && rationale[i] == NULL)
        continue;
      cells = g_new0 (char *, 4);
      cells[0] = g_strdup (trygg_classification_aspect_name (i));
      cells[1] = row->profile.levels[i] == TRYGG_CLASSIFICATION_NO_LEVEL
        ? g_strdup (_("Not assessed"))
        : trygg_classification_report_level (db, &row->profile, i);
      cells[2] = g_strdup (rationale[i] != NULL && *rationale[i] != '\0'
                           ? rationale[i] : _("No rationale written."));
      g_ptr_array_add (rows, cells);
    }
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    g_free (rationale[i]);
  trygg_pdf_writer_table (writer, headers, widths, rows);
  return TRUE;
}

/* The consequence per area and aspect, one row per area that has an answer */
static gboolean
write_answers (TryggDatabase                 *db,
               TryggPdfWriter                *writer,
               TryggClassificationReportRow  *row,
               GError                       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) areas = trygg_classification_list_areas (db, TRUE, error);
  const char *headers[TRYGG_CLASSIFICATION_N_ASPECTS + 2] = { _("Consequence area") };
  double widths[TRYGG_CLASSIFICATION_N_ASPECTS + 1] = { 3.0 };
  int columns[TRYGG_CLASSIFICATION_N_ASPECTS];
  guint n = 0;
  sqlite3_stmt *stmt;

  if (areas == NULL)
    return FALSE;
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    if (row->profile.levels[i] != TRYGG_CLASSIFICATION_NO_LEVEL)
      {
        columns[n] = (int) i;
        headers[++n] = trygg_classification_aspect_name (i);
        widths[n] = 1.5;
      }
  if (n == 0)
    return TRUE;

  stmt = trygg_database_prepare_cached (db,
      "SELECT aspect, level FROM classification_answer "
      "WHERE classification_id = ?1 AND area_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  for (guint a = 0; a < areas->len; a++)
    {
      TryggClassificationArea *area = g_ptr_array_index (areas, a);
      g_auto(GStrv) cells = g_new0 (char *, n + 2);
      gboolean answered = FALSE;

      cells[0] = g_strdup (area->name);
      for (guint c = 1; c <= n; c++)
        cells[c] = g_strdup ("–");
      sqlite3_bind_int64 (stmt, 1, row->profile.classification_id);
      sqlite3_bind_int64 (stmt, 2, area->id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          TryggClassificationAspect aspect;
          if (!trygg_classification_aspect_from_key ((const char *) sqlite3_column_text (stmt, 0),
                                                     &aspect))
            continue;
          for (guint c = 0; c < n; c++)
            if (columns[c] == (int) aspect)
              {
                TryggClassificationProfile one = row->profile;
                one.levels[aspect] = sqlite3_column_int (stmt, 1);
                g_free (cells[c + 1]);
                cells[c + 1] = trygg_classification_report_level (db, &one, aspect);
                answered = TRUE;
              }
        }
      sqlite3_reset (stmt);
      if (answered)
        g_ptr_array_add (rows, g_steal_pointer (&cells));
    }
  if (rows->len == 0)
    return TRUE;
  trygg_pdf_writer_paragraph (writer, _("The consequence of a breach in each area; the most "
                                        "serious one decides the aspect’s level."));
  trygg_pdf_writer_table (writer, headers, widths, rows);
  return TRUE;
}

static gboolean
write_requirements (TryggDatabase                 *db,
                    TryggPdfWriter                *writer,
                    TryggClassificationReportRow  *row,
                    GError                       **error)
{
  static const double widths[] = { 0.9, 2.6, 1.2, 2.8 };
  const char *headers[] = { _("Code"), _("Requirement"), _("Status"), _("Comment"), NULL };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) open = g_string_new (NULL);
  sqlite3_stmt *stmt;

  trygg_pdf_writer_heading (writer, _("Requirements"));
  if (row->n_required == 0)
    {
      if (trygg_database_count_rows (db, "classification_requirement") == 0)
        trygg_pdf_writer_paragraph (writer, _("The requirement catalogue is empty. Import one "
                                              "under Preferences → Classification."));
      else
        trygg_pdf_writer_paragraph (writer, _("The profile calls for no requirements of the "
                                              "catalogue."));
      return TRUE;
    }
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             "The profile calls for %u requirement.",
                                             "The profile calls for %u requirements.",
                                             row->n_required), row->n_required);
  g_string_append_c (text, ' ');
  if (row->n_open == row->n_required)
    g_string_append (text, _("None of them has a status yet."));
  else
    {
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u is not met or only partly met.",
                                                 "%u are not met or only partly met.",
                                                 row->n_unmet), row->n_unmet);
      if (row->n_open > 0)
        {
          g_string_append_c (text, ' ');
          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                     "%u has no status yet.",
                                                     "%u have no status yet.",
                                                     row->n_open), row->n_open);
        }
    }
  trygg_pdf_writer_paragraph (writer, text->str);

  stmt = trygg_database_prepare_cached (db,
      "SELECT r.code, r.title, f.status, coalesce(f.comment, '') "
      "FROM classification_requirement r "
      "JOIN classification_aspect ca ON ca.classification_id = ?2 AND ca.aspect = r.aspect "
      "AND ca.level >= r.min_level "
      "LEFT JOIN classification_fulfilment f ON f.asset_id = ?1 AND f.requirement_id = r.id "
      "ORDER BY CASE coalesce(f.status, '') WHEN 'not_met' THEN 0 WHEN 'partly_met' THEN 1 "
      "WHEN 'met' THEN 3 WHEN '' THEN 5 ELSE 4 END, r.code COLLATE NOCASE", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->asset_id);
  sqlite3_bind_int64 (stmt, 2, row->profile.classification_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *status = (const char *) sqlite3_column_text (stmt, 2);
      char **cells;

      if (status == NULL)
        {
          /* those without a status yet: one line each would fill pages, so they are listed */
          if (open->len > 0)
            g_string_append (open, " · ");
          /* Translators: a requirement's code and title, "AC-01 Individual accounts" */
          g_string_append_printf (open, _("%s %s"), sqlite3_column_text (stmt, 0),
                                  sqlite3_column_text (stmt, 1));
          continue;
        }
      cells = g_new0 (char *, 5);
      cells[0] = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      cells[1] = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      cells[2] = g_strdup (trygg_classification_status_name (status));
      cells[3] = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (rows, cells);
    }
  sqlite3_reset (stmt);
  if (rows->len > 0)
    trygg_pdf_writer_table (writer, headers, widths, rows);
  if (open->len > 0)
    {
      g_autofree char *list = g_strdup_printf (_("No status yet: %s."), open->str);
      trygg_pdf_writer_paragraph (writer, list);
    }
  return TRUE;
}

static gboolean
write_actions (TryggDatabase                 *db,
               TryggPdfWriter                *writer,
               TryggClassificationReportRow  *row,
               GError                       **error)
{
  static const double widths[] = { 3.4, 1.8, 1.1, 1.2 };
  const char *headers[] = { _("Action"), _("Responsible"), _("Due"), _("Status"), NULL };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT act.title, coalesce(p.name, ''), coalesce(act.due_date, act.due_quarter, ''), "
      "act.status FROM classification_fulfilment f JOIN action act ON act.id = f.action_id "
      "LEFT JOIN person p ON p.id = act.responsible_id WHERE f.asset_id = ?1 "
      "ORDER BY act.due_sort IS NULL, act.due_sort, act.title COLLATE NOCASE", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->asset_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      char **cells = g_new0 (char *, 5);

      cells[0] = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      cells[1] = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      cells[2] = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      cells[3] = g_strdup (action_status_name ((const char *) sqlite3_column_text (stmt, 3)));
      g_ptr_array_add (rows, cells);
    }
  sqlite3_reset (stmt);
  if (rows->len == 0)
    return TRUE;
  trygg_pdf_writer_heading (writer, _("Actions for the gaps"));
  trygg_pdf_writer_table (writer, headers, widths, rows);
  return TRUE;
}

/**
 * trygg_classification_report_write_asset:
 * @subtitle: under the asset's name: the unit, the date
 *
 * Writes the asset of @row from the top of a new page, under its name as the page's title.
 * An asset not classified gets one sentence that says so.
 */
gboolean
trygg_classification_report_write_asset (TryggDatabase                 *db,
                                         TryggPdfWriter                *writer,
                                         TryggClassificationReportRow  *row,
                                         const char                    *subtitle,
                                         GError                       **error)
{
  g_autofree char *text = NULL;

  trygg_pdf_writer_page_break (writer);
  trygg_pdf_writer_title (writer, row->name, subtitle);
  if (row->profile.version == 0)
    {
      trygg_pdf_writer_paragraph (writer, _("This information asset has not been classified."));
      return TRUE;
    }
  text = facts (row);
  trygg_pdf_writer_paragraph (writer, text);
  if (trygg_classification_profile_warns (&row->profile))
    trygg_pdf_writer_paragraph (writer, trygg_classification_level4_warning ());
  trygg_pdf_writer_heading (writer, _("Levels and rationale"));
  return write_aspects (db, writer, row, error) &&
         write_answers (db, writer, row, error) &&
         write_requirements (db, writer, row, error) &&
         write_actions (db, writer, row, error);
}
