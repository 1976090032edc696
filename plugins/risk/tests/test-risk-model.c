/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk model, headless: value and band of every cell of every preset, acceptance rules,
 * re-scoring in the change log, measures as actions in the tracker, the overview counts,
 * failed writes that leave nothing behind, and search. Resizing is in test-risk-resize.c,
 * editing in test-risk-edit.c.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include "risk-test-fixture.h"

typedef RiskFixture Fixture;

/* The bands of each preset as DOMAIN.md §2 has them: the upper bound of each, and its name. */
static const struct {
  const char *preset;
  int         size;
  int         upper[4];
  const char *names[4];
} expected_bands[] = {
  { "default", 4, { 2, 6, 12, 16 }, { "Low", "Medium", "High", "Extreme" } },
  { "five", 5, { 4, 10, 25 }, { "Green", "Yellow", "Red" } },
  { "norwegian", 4, { 3, 6, 16 }, { "Green", "Yellow", "Red" } },
};

static const char *
expected_band (guint preset,
               int   value)
{
  for (guint i = 0; i < G_N_ELEMENTS (expected_bands[preset].upper); i++)
    if (expected_bands[preset].names[i] != NULL && value <= expected_bands[preset].upper[i])
      return expected_bands[preset].names[i];
  return NULL;
}

static void
test_presets_every_cell (Fixture       *f,
                         gconstpointer  data)
{
  g_assert_cmpstr (trygg_risk_presets[0].id, ==, "default");

  for (guint i = 0; i < G_N_ELEMENTS (expected_bands); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 analysis = risk_fixture_create (f, expected_bands[i].preset);
      g_autoptr(TryggRiskMatrix) matrix = trygg_risk_matrix_load (f->db, analysis, &error);
      int size = expected_bands[i].size;

      g_assert_no_error (error);
      g_assert_cmpstr (matrix->preset, ==, expected_bands[i].preset);
      g_assert_cmpint (matrix->probability_levels, ==, size);
      g_assert_cmpint (matrix->consequence_levels, ==, size);
      g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM risk_level l "
                                             "JOIN risk_matrix m ON m.id = l.matrix_id "
                                             "WHERE m.preset = ?1", expected_bands[i].preset),
                       ==, 2 * size);

      for (int p = 1; p <= size; p++)
        for (int c = 1; c <= size; c++)
          {
            const TryggRiskBand *band = trygg_risk_matrix_band (matrix, p * c);
            g_autoptr(TryggRiskBand) initial = NULL;
            g_autoptr(TryggRiskBand) residual = NULL;
            gint64 risk = risk_fixture_add (f, analysis, p, c);
            int value = 0;

            /* the value lies inside its band's bounds: presets have no gaps on their cells */
            g_assert_nonnull (band);
            g_assert_cmpstr (band->name, ==, expected_band (i, p * c));
            g_assert_cmpint (band->lower, <=, p * c);
            g_assert_cmpint (band->upper, >=, p * c);

            initial = trygg_risk_band_of_risk (f->db, risk, FALSE, &value, &error);
            g_assert_no_error (error);
            g_assert_cmpint (value, ==, p * c);
            g_assert_cmpstr (initial->name, ==, expected_band (i, p * c));

            /* residual: not assessed yet, then the mirror cell */
            g_assert_null (trygg_risk_band_of_risk (f->db, risk, TRUE, &value, &error));
            g_assert_no_error (error);
            g_assert_cmpint (value, ==, 0);
            TRYGG_ASSERT_OK (trygg_risk_score (f->db, risk, TRUE, size + 1 - p, size + 1 - c,
                                               &error), error);
            residual = trygg_risk_band_of_risk (f->db, risk, TRUE, &value, &error);
            g_assert_no_error (error);
            g_assert_cmpint (value, ==, (size + 1 - p) * (size + 1 - c));
            g_assert_cmpstr (residual->name, ==, expected_band (i, value));
          }
      g_assert_cmpint (trygg_test_query_int (f->db, "SELECT max(number) FROM risk r "
                                             "JOIN risk_matrix m USING (analysis_id) "
                                             "WHERE m.preset = ?1", expected_bands[i].preset),
                       ==, size * size);
    }

  /* level texts are copied into the analysis, translated (here: English) */
  {
    g_autofree char *p1 = trygg_risk_level_name (f->db, 1, "probability", 1);
    g_autofree char *c4 = trygg_risk_level_name (f->db, 1, "consequence", 4);
    g_autofree char *n4 = trygg_risk_level_name (f->db, 3, "consequence", 4);

    g_assert_cmpstr (p1, ==, "Very low");
    g_assert_cmpstr (c4, ==, "Serious");
    g_assert_cmpstr (n4, ==, "Critical");
  }
}

static void
test_acceptance (Fixture       *f,
                 gconstpointer  data)
{
  static const struct {
    int         p, c;
    const char *band;
    const char *colour;
    const char *accept_by;
    int         days;
    const char *inform;
  } rules[] = {
    { 1, 2, "Low", "green", "Risk owner", -1, "" },
    { 2, 3, "Medium", "yellow", "Risk owner", 365, "Information-security coordinator" },
    { 3, 4, "High", "orange", "Head of administration", 90, "Information-security coordinator" },
    { 4, 4, "Extreme", "red", "Chief executive", 30, "Management" },
  };
  g_autoptr(GError) error = NULL;
  gint64 analysis = risk_fixture_create (f, NULL);
  gint64 five = risk_fixture_create (f, "five");
  g_autoptr(TryggRiskBand) red = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      gint64 risk = risk_fixture_add (f, analysis, rules[i].p, rules[i].c);
      g_autoptr(TryggRiskBand) band = trygg_risk_band_of_risk (f->db, risk, FALSE, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (band->name, ==, rules[i].band);
      g_assert_cmpstr (band->colour, ==, rules[i].colour);
      g_assert_cmpstr (band->accept_by, ==, rules[i].accept_by);
      g_assert_cmpint (band->treat_within_days, ==, rules[i].days);
      g_assert_cmpstr (band->inform, ==, rules[i].inform);
    }

  red = trygg_risk_band_of_risk (f->db, risk_fixture_add (f, five, 3, 4), FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (red->name, ==, "Red");
  g_assert_cmpstr (red->accept_by, ==, "Chief executive");
  g_assert_cmpint (red->treat_within_days, ==, 30);

  /* levels outside the matrix are refused */
  g_assert_false (trygg_risk_add (f->db, analysis, "Too likely", 5, 1, NULL, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (trygg_risk_band_of_risk (f->db, 9999, FALSE, NULL, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND);
}

static void
test_rescore_change_log (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  gint64 analysis = risk_fixture_create (f, NULL);
  gint64 risk = risk_fixture_add (f, analysis, 2, 1);
  gint64 changes = risk_fixture_count (f, "change_log");
  const char *updates = "SELECT count(*) FROM change_log WHERE table_name = 'risk' AND "
                        "operation = 'update' AND row_uuid = ?1";

  uuid = trygg_test_query_text (f->db, "SELECT uuid FROM risk WHERE id = ?1", "1");
  g_assert_cmpint (trygg_test_query_int (f->db, updates, uuid), ==, 0);

  TRYGG_ASSERT_OK (trygg_risk_score (f->db, risk, FALSE, 3, 4, &error), error);
  g_assert_cmpint (risk_fixture_count (f, "change_log"), ==, changes + 1);
  g_assert_cmpint (trygg_test_query_int (f->db, updates, uuid), ==, 1);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT json_extract(old_values, "
                                         "'$.probability') * 10 + json_extract(old_values, "
                                         "'$.consequence') FROM change_log WHERE row_uuid = ?1 "
                                         "AND operation = 'update'", uuid), ==, 21);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT json_extract(new_values, "
                                         "'$.probability') * 10 + json_extract(new_values, "
                                         "'$.consequence') FROM change_log WHERE row_uuid = ?1 "
                                         "AND operation = 'update'", uuid), ==, 34);

  /* out of the matrix: refused, nothing written */
  g_assert_false (trygg_risk_score (f->db, risk, FALSE, 0, 2, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (risk_fixture_count (f, "change_log"), ==, changes + 1);
}

static void
test_measure_action (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *measure_uuid = NULL;
  g_autofree char *source = NULL;
  g_autofree char *title = NULL;
  g_autofree char *due = NULL;
  g_autofree char *action_text = NULL;
  g_autofree char *measure_text = NULL;
  gint64 analysis = risk_fixture_create (f, NULL);
  gint64 risk = risk_fixture_add (f, analysis, 3, 3);
  gint64 person, measure = 0, action = 0;
  TryggRiskOverview overview;

  trygg_test_exec (f->db, "INSERT INTO person (uuid, name) VALUES ('p-1', 'Anna Berg')");
  person = trygg_test_query_int (f->db, "SELECT id FROM person WHERE uuid = ?1", "p-1");

  TRYGG_ASSERT_OK (trygg_risk_propose_measure (f->db, risk, "Two-factor login",
                                               "For all care staff", person, "2020-03-31",
                                               &measure, &action, &error), error);
  measure_text = g_strdup_printf ("%" G_GINT64_FORMAT, measure);
  action_text = g_strdup_printf ("%" G_GINT64_FORMAT, action);
  measure_uuid = trygg_test_query_text (f->db, "SELECT uuid FROM risk_measure WHERE id = ?1",
                                        measure_text);
  source = trygg_test_query_text (f->db, "SELECT source_plugin || ' ' || source_uuid FROM "
                                  "action WHERE id = ?1", action_text);
  g_assert_true (g_str_has_prefix (source, "risk "));
  g_assert_cmpstr (source + 5, ==, measure_uuid);
  title = trygg_test_query_text (f->db, "SELECT title FROM action WHERE id = ?1", action_text);
  g_assert_cmpstr (title, ==, "Two-factor login");
  due = trygg_test_query_text (f->db, "SELECT due_date FROM action WHERE id = ?1", action_text);
  g_assert_cmpstr (due, ==, "2020-03-31");
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT responsible_id FROM action "
                                         "WHERE id = ?1", action_text), ==, person);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT action_id FROM risk_measure "
                                         "WHERE id = ?1", measure_text), ==, action);

  /* overdue until done */
  TRYGG_ASSERT_OK (trygg_risk_overview (f->db, "2021-01-01", &overview, &error), error);
  g_assert_cmpint (overview.overdue_measures, ==, 1);
  TRYGG_ASSERT_OK (trygg_risk_overview (f->db, "2020-03-31", &overview, &error), error);
  g_assert_cmpint (overview.overdue_measures, ==, 0);
  trygg_test_exec (f->db, "UPDATE action SET status = 'done', completed_on = '2020-03-01'");
  TRYGG_ASSERT_OK (trygg_risk_overview (f->db, "2021-01-01", &overview, &error), error);
  g_assert_cmpint (overview.overdue_measures, ==, 0);

  /* deleting the action in the tracker withdraws the measure */
  trygg_test_exec (f->db, "DELETE FROM action");
  g_assert_cmpint (risk_fixture_count (f, "risk_measure"), ==, 0);
  g_assert_cmpint (risk_fixture_count (f, "risk"), ==, 1);
}

static void
test_overview (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 four = risk_fixture_create (f, NULL);
  gint64 five = risk_fixture_create (f, "five");
  gint64 extreme, high;
  TryggRiskOverview overview;

  extreme = risk_fixture_add (f, four, 4, 4);
  high = risk_fixture_add (f, four, 3, 4);
  risk_fixture_add (f, five, 3, 4);
  risk_fixture_add (f, five, 2, 2);
  TRYGG_ASSERT_OK (trygg_risk_overview (f->db, NULL, &overview, &error), error);
  g_assert_cmpint (overview.red_risks, ==, 2);
  g_assert_cmpint (overview.unapproved_analyses, ==, 2);
  g_assert_cmpint (overview.overdue_measures, ==, 0);

  /* the residual counts once assessed; orange is not red; closed risks do not count */
  TRYGG_ASSERT_OK (trygg_risk_score (f->db, extreme, TRUE, 1, 4, &error), error);
  TRYGG_ASSERT_OK (trygg_risk_score (f->db, high, TRUE, 4, 4, &error), error);
  trygg_test_exec (f->db, "UPDATE risk SET status = 'closed' WHERE number = 1 AND "
                   "analysis_id = 2");
  trygg_test_exec (f->db, "UPDATE risk_analysis SET status = 'approved' WHERE id = 2");
  TRYGG_ASSERT_OK (trygg_risk_overview (f->db, NULL, &overview, &error), error);
  g_assert_cmpint (overview.red_risks, ==, 1);
  g_assert_cmpint (overview.unapproved_analyses, ==, 1);
}

static void
test_failed_write_rolls_back (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 analysis = risk_fixture_create (f, NULL);
  gint64 changes, analyses, levels, bands;
  gint64 id = 0;

  risk_fixture_add (f, analysis, 1, 1);
  changes = risk_fixture_count (f, "change_log");
  analyses = risk_fixture_count (f, "risk_analysis");
  levels = risk_fixture_count (f, "risk_level");
  bands = risk_fixture_count (f, "risk_band");

  /* the action is written before the measure's link to a risk that does not exist fails:
   * neither may stay */
  g_assert_false (trygg_risk_propose_measure (f->db, 9999, "Encrypt backups", NULL, 0, NULL,
                                              NULL, NULL, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (risk_fixture_count (f, "action"), ==, 0);
  g_assert_cmpint (risk_fixture_count (f, "risk_measure"), ==, 0);

  /* a bad responsible person: the action itself fails */
  g_assert_false (trygg_risk_propose_measure (f->db, 1, "Encrypt backups", NULL, 4242,
                                              "2030-01-01", NULL, NULL, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (trygg_risk_propose_measure (f->db, 1, "", NULL, 0, NULL, NULL, NULL, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* an unknown preset: no analysis, matrix, levels or bands */
  g_assert_false (trygg_risk_create_analysis (f->db, "Nothing", "seven", &id, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (id, ==, 0);

  /* the database still takes writes: no transaction was left open */
  g_assert_cmpint (risk_fixture_count (f, "change_log"), ==, changes);
  g_assert_cmpint (risk_fixture_count (f, "risk_analysis"), ==, analyses);
  g_assert_cmpint (risk_fixture_count (f, "risk_level"), ==, levels);
  g_assert_cmpint (risk_fixture_count (f, "risk_band"), ==, bands);
  risk_fixture_add (f, analysis, 2, 2);
  g_assert_cmpint (risk_fixture_count (f, "risk"), ==, 2);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  gint64 analysis = risk_fixture_create (f, NULL);

  risk_fixture_add (f, analysis, 1, 1);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM search_doc "
                                         "WHERE kind = ?1", "risk"), ==, 1);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM search_index "
                                         "WHERE search_index MATCH ?1", "wrong"), ==, 1);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM search_index "
                                         "WHERE search_index MATCH ?1", "social"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, risk_fixture_setup, fn, risk_fixture_teardown)
  ADD ("/risk/presets/every-cell", test_presets_every_cell);
  ADD ("/risk/acceptance", test_acceptance);
  ADD ("/risk/rescore/change-log", test_rescore_change_log);
  ADD ("/risk/measure/action", test_measure_action);
  ADD ("/risk/overview", test_overview);
  ADD ("/risk/rollback", test_failed_write_rolls_back);
  ADD ("/risk/search", test_search);
#undef ADD

  return g_test_run ();
}
