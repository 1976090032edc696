/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk model, headless: value and band of every cell of every preset, acceptance rules,
 * resizing a matrix that has risks on it, re-scoring in the change log, measures as actions
 * in the tracker, the overview counts, and failed writes that leave nothing behind.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include "risk-model.h"
#include "test-util.h"

static const TryggSchemaSource source = {
  "risk", "/io/github/trygg/Trygg/plugins/risk/sql"
};

typedef struct
{
  char          *dir;
  TryggDatabase *db;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
count_rows (Fixture    *f,
            const char *table)
{
  return trygg_database_count_rows (f->db, table);
}

static gint64
create (Fixture    *f,
        const char *preset)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  TRYGG_ASSERT_OK (trygg_risk_create_analysis (f->db, "Social-care records", preset, &id,
                                               &error), error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add (Fixture *f,
     gint64   analysis,
     int      p,
     int      c)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  TRYGG_ASSERT_OK (trygg_risk_add (f->db, analysis, "Records reach the wrong person", p, c, &id,
                                   &error), error);
  return id;
}

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
      gint64 analysis = create (f, expected_bands[i].preset);
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
            gint64 risk = add (f, analysis, p, c);
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
  gint64 analysis = create (f, NULL);
  gint64 five = create (f, "five");
  g_autoptr(TryggRiskBand) red = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      gint64 risk = add (f, analysis, rules[i].p, rules[i].c);
      g_autoptr(TryggRiskBand) band = trygg_risk_band_of_risk (f->db, risk, FALSE, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (band->name, ==, rules[i].band);
      g_assert_cmpstr (band->colour, ==, rules[i].colour);
      g_assert_cmpstr (band->accept_by, ==, rules[i].accept_by);
      g_assert_cmpint (band->treat_within_days, ==, rules[i].days);
      g_assert_cmpstr (band->inform, ==, rules[i].inform);
    }

  red = trygg_risk_band_of_risk (f->db, add (f, five, 3, 4), FALSE, NULL, &error);
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
test_level_map (void)
{
  static const int four_to_five[] = { 1, 2, 4, 5 };
  static const int five_to_three[] = { 1, 2, 2, 3, 3 };
  static const int three_to_four[] = { 1, 3, 4 };

  for (int l = 1; l <= 4; l++)
    g_assert_cmpint (trygg_risk_level_map (l, 4, 5, TRYGG_RISK_MAP_PROPORTIONAL), ==,
                     four_to_five[l - 1]);
  for (int l = 1; l <= 5; l++)
    {
      g_assert_cmpint (trygg_risk_level_map (l, 5, 3, TRYGG_RISK_MAP_PROPORTIONAL), ==,
                       five_to_three[l - 1]);
      g_assert_cmpint (trygg_risk_level_map (l, 5, 3, TRYGG_RISK_MAP_CLAMP), ==, MIN (l, 3));
    }
  for (int l = 1; l <= 3; l++)
    g_assert_cmpint (trygg_risk_level_map (l, 3, 4, TRYGG_RISK_MAP_PROPORTIONAL), ==,
                     three_to_four[l - 1]);

  /* every size to every size: in range, never decreasing, ends kept */
  for (int from = 3; from <= 6; from++)
    for (int to = 3; to <= 6; to++)
      for (int m = TRYGG_RISK_MAP_PROPORTIONAL; m <= TRYGG_RISK_MAP_CLAMP; m++)
        {
          int previous = 1;

          for (int l = 1; l <= from; l++)
            {
              int mapped = trygg_risk_level_map (l, from, to, m);

              g_assert_cmpint (mapped, >=, previous);
              g_assert_cmpint (mapped, <=, to);
              previous = mapped;
            }
          g_assert_cmpint (trygg_risk_level_map (1, from, to, m), ==, 1);
          if (m == TRYGG_RISK_MAP_PROPORTIONAL || to <= from)
            g_assert_cmpint (trygg_risk_level_map (from, from, to, m), ==, to);
        }
  /* a residual not assessed stays not assessed */
  g_assert_cmpint (trygg_risk_level_map (0, 4, 5, TRYGG_RISK_MAP_PROPORTIONAL), ==, 0);
}

/* Resizes and checks that every risk is still there, where the mapping puts it. */
static void
resize_and_check (Fixture          *f,
                  gint64            analysis,
                  int               size,
                  TryggRiskMapping  mapping,
                  gint64            n_risks)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) moves = NULL;
  g_autoptr(TryggRiskMatrix) old = trygg_risk_matrix_load (f->db, analysis, &error);
  g_autoptr(TryggRiskMatrix) matrix = NULL;
  int previous_upper = 0;

  g_assert_no_error (error);
  TRYGG_ASSERT_OK (trygg_risk_resize_matrix (f->db, analysis, size, size, mapping, &moves,
                                             &error), error);
  g_assert_cmpint (count_rows (f, "risk"), ==, n_risks);
  g_assert_cmpuint (moves->len, ==, n_risks);
  for (guint i = 0; i < moves->len; i++)
    {
      const TryggRiskMove *move = &g_array_index (moves, TryggRiskMove, i);
      TryggRiskScores now;
      int from = old->probability_levels;

      g_assert_cmpint (move->number, ==, i + 1);
      TRYGG_ASSERT_OK (trygg_risk_get_scores (f->db, move->risk_id, &now, &error), error);
      g_assert_cmpmem (&now, sizeof now, &move->after, sizeof move->after);
      g_assert_cmpint (move->after.probability, ==,
                       trygg_risk_level_map (move->before.probability, from, size, mapping));
      g_assert_cmpint (move->after.consequence, ==,
                       trygg_risk_level_map (move->before.consequence, from, size, mapping));
      g_assert_cmpint (move->after.residual_probability, ==,
                       trygg_risk_level_map (move->before.residual_probability, from, size,
                                             mapping));
      g_assert_cmpint (move->after.residual_consequence, ==,
                       trygg_risk_level_map (move->before.residual_consequence, from, size,
                                             mapping));
    }

  /* the bands keep their names, stay in order and cover 1 … size² */
  matrix = trygg_risk_matrix_load (f->db, analysis, &error);
  g_assert_no_error (error);
  g_assert_cmpint (matrix->probability_levels, ==, size);
  g_assert_cmpuint (matrix->bands->len, ==, old->bands->len);
  for (guint i = 0; i < matrix->bands->len; i++)
    {
      const TryggRiskBand *band = g_ptr_array_index (matrix->bands, i);
      const TryggRiskBand *was = g_ptr_array_index (old->bands, i);

      g_assert_cmpstr (band->name, ==, was->name);
      g_assert_cmpstr (band->accept_by, ==, was->accept_by);
      g_assert_cmpint (band->lower, >, previous_upper);
      g_assert_cmpint (band->upper, >=, band->lower);
      previous_upper = band->upper;
    }
  g_assert_cmpint (((TryggRiskBand *) g_ptr_array_index (matrix->bands, 0))->lower, ==, 1);
  g_assert_cmpint (previous_upper, ==, size * size);
  for (int v = 1; v <= size * size; v++)
    g_assert_nonnull (trygg_risk_matrix_band (matrix, v));
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM risk_level WHERE ?1",
                                         "1"), ==, 2 * size);
}

static void
test_resize_keeps_risks (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *five_name = NULL;
  g_autofree char *three_name = NULL;
  g_autofree char *four_name = NULL;
  gint64 analysis = create (f, NULL);
  gint64 corner = 0;
  TryggRiskScores scores;

  /* a risk in every cell; residual scores on the diagonal */
  for (int p = 1; p <= 4; p++)
    for (int c = 1; c <= 4; c++)
      {
        gint64 risk = add (f, analysis, p, c);

        if (p == c)
          TRYGG_ASSERT_OK (trygg_risk_score (f->db, risk, TRUE, 1, p, &error), error);
        if (p == 4 && c == 4)
          corner = risk;
      }

  resize_and_check (f, analysis, 5, TRYGG_RISK_MAP_PROPORTIONAL, 16);
  TRYGG_ASSERT_OK (trygg_risk_get_scores (f->db, corner, &scores, &error), error);
  g_assert_cmpint (scores.probability, ==, 5);
  g_assert_cmpint (scores.residual_consequence, ==, 5);
  five_name = trygg_risk_level_name (f->db, analysis, "probability", 5);
  g_assert_cmpstr (five_name, ==, "Very likely");

  resize_and_check (f, analysis, 3, TRYGG_RISK_MAP_PROPORTIONAL, 16);
  TRYGG_ASSERT_OK (trygg_risk_get_scores (f->db, corner, &scores, &error), error);
  g_assert_cmpint (scores.probability, ==, 3);
  /* no preset has three levels: the texts are left for the analysis to write */
  three_name = trygg_risk_level_name (f->db, analysis, "probability", 3);
  g_assert_cmpstr (three_name, ==, "");

  resize_and_check (f, analysis, 4, TRYGG_RISK_MAP_PROPORTIONAL, 16);
  TRYGG_ASSERT_OK (trygg_risk_get_scores (f->db, corner, &scores, &error), error);
  g_assert_cmpint (scores.probability, ==, 4);
  g_assert_cmpint (scores.consequence, ==, 4);
  four_name = trygg_risk_level_name (f->db, analysis, "probability", 4);
  g_assert_cmpstr (four_name, ==, "Very high");

  /* clamp: shrinking piles the top levels onto the new top, growing moves nothing */
  resize_and_check (f, analysis, 3, TRYGG_RISK_MAP_CLAMP, 16);
  resize_and_check (f, analysis, 6, TRYGG_RISK_MAP_CLAMP, 16);
  TRYGG_ASSERT_OK (trygg_risk_get_scores (f->db, corner, &scores, &error), error);
  g_assert_cmpint (scores.probability, ==, 3);

  /* out of range: refused, nothing changed */
  g_assert_false (trygg_risk_resize_matrix (f->db, analysis, 7, 4, TRYGG_RISK_MAP_CLAMP, NULL,
                                            &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT probability_levels FROM risk_matrix "
                                         "WHERE ?1", "1"), ==, 6);
}

static void
test_rescore_change_log (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  gint64 analysis = create (f, NULL);
  gint64 risk = add (f, analysis, 2, 1);
  gint64 changes = count_rows (f, "change_log");
  const char *updates = "SELECT count(*) FROM change_log WHERE table_name = 'risk' AND "
                        "operation = 'update' AND row_uuid = ?1";

  uuid = trygg_test_query_text (f->db, "SELECT uuid FROM risk WHERE id = ?1", "1");
  g_assert_cmpint (trygg_test_query_int (f->db, updates, uuid), ==, 0);

  TRYGG_ASSERT_OK (trygg_risk_score (f->db, risk, FALSE, 3, 4, &error), error);
  g_assert_cmpint (count_rows (f, "change_log"), ==, changes + 1);
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
  g_assert_cmpint (count_rows (f, "change_log"), ==, changes + 1);
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
  gint64 analysis = create (f, NULL);
  gint64 risk = add (f, analysis, 3, 3);
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
  g_assert_cmpint (count_rows (f, "risk_measure"), ==, 0);
  g_assert_cmpint (count_rows (f, "risk"), ==, 1);
}

static void
test_overview (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 four = create (f, NULL);
  gint64 five = create (f, "five");
  gint64 extreme, high;
  TryggRiskOverview overview;

  extreme = add (f, four, 4, 4);
  high = add (f, four, 3, 4);
  add (f, five, 3, 4);
  add (f, five, 2, 2);
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
  gint64 analysis = create (f, NULL);
  gint64 changes, analyses, levels, bands;
  gint64 id = 0;

  add (f, analysis, 1, 1);
  changes = count_rows (f, "change_log");
  analyses = count_rows (f, "risk_analysis");
  levels = count_rows (f, "risk_level");
  bands = count_rows (f, "risk_band");

  /* the action is written before the measure's link to a risk that does not exist fails:
   * neither may stay */
  g_assert_false (trygg_risk_propose_measure (f->db, 9999, "Encrypt backups", NULL, 0, NULL,
                                              NULL, NULL, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "action"), ==, 0);
  g_assert_cmpint (count_rows (f, "risk_measure"), ==, 0);

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
  g_assert_cmpint (count_rows (f, "change_log"), ==, changes);
  g_assert_cmpint (count_rows (f, "risk_analysis"), ==, analyses);
  g_assert_cmpint (count_rows (f, "risk_level"), ==, levels);
  g_assert_cmpint (count_rows (f, "risk_band"), ==, bands);
  add (f, analysis, 2, 2);
  g_assert_cmpint (count_rows (f, "risk"), ==, 2);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  gint64 analysis = create (f, NULL);

  add (f, analysis, 1, 1);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM search_doc "
                                         "WHERE kind = ?1", "risk"), ==, 1);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM search_index "
                                         "WHERE search_index MATCH ?1", "wrong"), ==, 1);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM search_index "
                                         "WHERE search_index MATCH ?1", "social"), ==, 1);
}

/* Editing: each write is one transaction in the change log; bad input is refused in words */

static gint64
changes (Fixture *f)
{
  return count_rows (f, "change_log");
}

static gint64
person (Fixture    *f,
        const char *uuid,
        const char *name)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO person (uuid, name) VALUES ('%s', '%s')",
                                          uuid, name);

  trygg_test_exec (f->db, sql);
  return trygg_test_query_int (f->db, "SELECT id FROM person WHERE uuid = ?1", uuid);
}

static void
test_edit_analysis (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *purpose = NULL;
  g_autofree char *approval = NULL;
  gint64 analysis = create (f, NULL);
  gint64 anna = person (f, "p-1", "Anna Berg");
  gint64 before = changes (f);

  TRYGG_ASSERT_OK (trygg_risk_analysis_set_text (f->db, analysis, "purpose",
                                                 "Before the new care system", &error), error);
  g_assert_cmpint (changes (f), ==, before + 1);
  purpose = trygg_test_query_text (f->db, "SELECT purpose FROM risk_analysis WHERE ?1", "1");
  g_assert_cmpstr (purpose, ==, "Before the new care system");
  TRYGG_ASSERT_OK (trygg_risk_analysis_set_text (f->db, analysis, "analysed_on", "2025-03-14",
                                                 &error), error);
  TRYGG_ASSERT_OK (trygg_risk_analysis_set_lead (f->db, analysis, anna, &error), error);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT lead_id FROM risk_analysis WHERE ?1",
                                         "1"), ==, anna);

  /* refused, nothing written */
  before = changes (f);
  g_assert_false (trygg_risk_analysis_set_text (f->db, analysis, "title", "  ", &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (trygg_risk_analysis_set_text (f->db, analysis, "analysed_on", "14.3.2025",
                                                &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (trygg_risk_analysis_approve (f->db, analysis, 0, NULL, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (trygg_risk_analysis_set_text (f->db, 4242, "purpose", "x", &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (changes (f), ==, before);

  /* approved by whom and when; reopened, both cleared */
  TRYGG_ASSERT_OK (trygg_risk_analysis_approve (f->db, analysis, anna, "2025-04-01", &error),
                   error);
  approval = trygg_test_query_text (f->db, "SELECT status || ' ' || approved_by_id || ' ' || "
                                    "approved_on FROM risk_analysis WHERE ?1", "1");
  g_assert_cmpstr (approval, ==, "approved 1 2025-04-01");
  TRYGG_ASSERT_OK (trygg_risk_analysis_reopen (f->db, analysis, &error), error);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM risk_analysis WHERE "
                                         "status = 'draft' AND approved_by_id IS NULL AND "
                                         "approved_on IS NULL AND ?1", "1"), ==, 1);
  g_assert_cmpint (changes (f), ==, before + 2);
}

static void
test_edit_participants_links (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GArray) linked = NULL;
  gint64 analysis = create (f, NULL);
  gint64 anna = person (f, "p-1", "Anna Berg");
  gint64 bo = person (f, "p-2", "Bo Ek");
  gint64 id = 0, asset;
  TryggRiskParticipant *p;

  TRYGG_ASSERT_OK (trygg_risk_participant_add (f->db, analysis, bo, "System owner", &id,
                                               &error), error);
  TRYGG_ASSERT_OK (trygg_risk_participant_add (f->db, analysis, anna, "", NULL, &error), error);
  g_assert_false (trygg_risk_participant_add (f->db, analysis, anna, "Nurse", NULL, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  TRYGG_ASSERT_OK (trygg_risk_participant_set_role (f->db, id, "System owner, IT", &error),
                   error);
  list = trygg_risk_participants_list (f->db, analysis, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  p = g_ptr_array_index (list, 1);  /* by name: Anna, Bo */
  g_assert_cmpstr (p->name, ==, "Bo Ek");
  g_assert_cmpstr (p->role, ==, "System owner, IT");
  TRYGG_ASSERT_OK (trygg_risk_participant_remove (f->db, id, &error), error);
  g_assert_cmpint (count_rows (f, "risk_participant"), ==, 1);

  /* what the analysis is about: core's links with the analysis's link kinds */
  trygg_test_exec (f->db, "INSERT INTO information_asset (uuid, name) VALUES ('a-1', 'Care "
                   "records')");
  asset = trygg_test_query_int (f->db, "SELECT id FROM information_asset WHERE uuid = ?1", "a-1");
  TRYGG_ASSERT_OK (trygg_links_add (f->db, &trygg_risk_link_asset, analysis, asset, &error),
                   error);
  linked = trygg_links_list (f->db, &trygg_risk_link_asset, TRUE, analysis);
  g_assert_cmpuint (linked->len, ==, 1);
  g_assert_cmpint (g_array_index (linked, gint64, 0), ==, asset);
}

static void
test_edit_risk (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;
  gint64 analysis = create (f, NULL);
  gint64 risk = add (f, analysis, 3, 3);
  gint64 anna = person (f, "p-1", "Anna Berg");
  gint64 found_analysis, found_risk, before, first, last;
  g_autofree char *uuid = trygg_test_query_text (f->db, "SELECT uuid FROM risk WHERE ?1", "1");

  TRYGG_ASSERT_OK (trygg_risk_set_text (f->db, risk, "cause", "Shared accounts", &error), error);
  TRYGG_ASSERT_OK (trygg_risk_set_aspects (f->db, risk, TRUE, FALSE, TRUE, &error), error);
  TRYGG_ASSERT_OK (trygg_risk_set_treatment (f->db, risk, "reduce", &error), error);
  TRYGG_ASSERT_OK (trygg_risk_set_status (f->db, risk, "in_treatment", &error), error);
  TRYGG_ASSERT_OK (trygg_risk_set_owner (f->db, risk, anna, &error), error);
  TRYGG_ASSERT_OK (trygg_risk_score (f->db, risk, TRUE, 1, 3, &error), error);
  row = trygg_test_query_text (f->db, "SELECT cause || '|' || breaches_confidentiality || "
                               "breaches_integrity || breaches_availability || '|' || treatment "
                               "|| '|' || status || '|' || owner_id || '|' || "
                               "residual_probability FROM risk WHERE ?1", "1");
  g_assert_cmpstr (row, ==, "Shared accounts|101|reduce|in_treatment|1|1");

  /* refused, nothing written */
  before = changes (f);
  g_assert_false (trygg_risk_set_treatment (f->db, risk, "ignore", &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (trygg_risk_set_status (f->db, risk, "done", &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (changes (f), ==, before);

  /* not decided again; residual not assessed again */
  TRYGG_ASSERT_OK (trygg_risk_set_treatment (f->db, risk, NULL, &error), error);
  TRYGG_ASSERT_OK (trygg_risk_clear_residual (f->db, risk, &error), error);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM risk WHERE treatment IS "
                                         "NULL AND residual_probability IS NULL AND "
                                         "residual_consequence IS NULL AND ?1", "1"), ==, 1);

  g_assert_true (trygg_risk_locate (f->db, uuid, &found_analysis, &found_risk));
  g_assert_cmpint (found_analysis, ==, analysis);
  g_assert_cmpint (found_risk, ==, risk);

  /* deleted with its measure, the action stays; the delete's changes undo it */
  TRYGG_ASSERT_OK (trygg_risk_propose_measure (f->db, risk, "Personal accounts", NULL, anna,
                                               "2030-01-31", NULL, NULL, &error), error);
  TRYGG_ASSERT_OK (trygg_risk_delete (f->db, risk, &first, &last, &error), error);
  g_assert_cmpint (count_rows (f, "risk"), ==, 0);
  g_assert_cmpint (count_rows (f, "risk_measure"), ==, 0);
  g_assert_cmpint (count_rows (f, "action"), ==, 1);
  g_assert_false (trygg_risk_locate (f->db, uuid, &found_analysis, &found_risk));
  TRYGG_ASSERT_OK (trygg_database_revert_changes (f->db, first, last, &error), error);
  g_assert_cmpint (count_rows (f, "risk"), ==, 1);
  g_assert_cmpint (count_rows (f, "risk_measure"), ==, 1);
}

static void
test_edit_levels (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) levels = NULL;
  g_autofree char *name = NULL;
  gint64 analysis = create (f, NULL);
  gint64 before = changes (f);
  TryggRiskLevel *level;

  TRYGG_ASSERT_OK (trygg_risk_level_set (f->db, analysis, "probability", 4, "Weekly",
                                         "At least once a week", &error), error);
  g_assert_cmpint (changes (f), ==, before + 1);  /* one update, not a delete and an insert */
  name = trygg_risk_level_name (f->db, analysis, "probability", 4);
  g_assert_cmpstr (name, ==, "Weekly");
  levels = trygg_risk_levels_list (f->db, analysis, "probability", &error);
  g_assert_cmpuint (levels->len, ==, 4);
  level = g_ptr_array_index (levels, 3);
  g_assert_cmpint (level->level, ==, 4);
  g_assert_cmpstr (level->description, ==, "At least once a week");

  g_assert_false (trygg_risk_level_set (f->db, analysis, "consequence", 5, "Fatal", "", &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (trygg_risk_level_set (f->db, analysis, "consequence", 2, " ", "", &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (changes (f), ==, before + 1);
}

static GPtrArray *
bands_of (Fixture *f,
          gint64   analysis)
{
  g_autoptr(TryggRiskMatrix) matrix = trygg_risk_matrix_load (f->db, analysis, NULL);
  GPtrArray *bands = g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_risk_band_free);

  for (guint i = 0; i < matrix->bands->len; i++)
    g_ptr_array_add (bands, trygg_risk_band_copy (g_ptr_array_index (matrix->bands, i)));
  return bands;
}

static TryggRiskBand *
band_at (GPtrArray *bands,
         guint      i)
{
  return g_ptr_array_index (bands, i);
}

static void
assert_refused (Fixture   *f,
                gint64     analysis,
                GPtrArray *bands)
{
  g_autoptr(GError) error = NULL;
  gint64 before = changes (f);

  g_assert_false (trygg_risk_bands_set (f->db, analysis, bands, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_assert_cmpint (changes (f), ==, before);
}

static void
test_edit_bands (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) bands = NULL;
  g_autoptr(TryggRiskMatrix) matrix = NULL;
  gint64 analysis = create (f, NULL);  /* 1–2, 3–6, 8–12, 16 */
  gint64 risk = add (f, analysis, 2, 4);
  TryggRiskBand *band;
  int value;

  /* the presets pass: 7, 13–15 are no cell's value */
  bands = bands_of (f, analysis);
  TRYGG_ASSERT_OK (trygg_risk_bands_check (bands, 4, 4, &error), error);

  /* overlapping */
  band_at (bands, 2)->lower = 6;
  assert_refused (f, analysis, bands);
  /* a value a cell has (8 = 2 × 4) in no band */
  band_at (bands, 2)->lower = 9;
  assert_refused (f, analysis, bands);
  /* not reaching the highest value */
  band_at (bands, 2)->lower = 8;
  band_at (bands, 3)->upper = 15;
  band_at (bands, 3)->lower = 15;
  assert_refused (f, analysis, bands);
  band_at (bands, 3)->lower = band_at (bands, 3)->upper = 16;
  /* no name; a colour not in the palette */
  g_free (band_at (bands, 0)->name);
  band_at (bands, 0)->name = g_strdup ("");
  assert_refused (f, analysis, bands);
  g_free (band_at (bands, 0)->name);
  band_at (bands, 0)->name = g_strdup ("Acceptable");
  g_free (band_at (bands, 0)->colour);
  band_at (bands, 0)->colour = g_strdup ("blue");
  assert_refused (f, analysis, bands);
  g_free (band_at (bands, 0)->colour);
  band_at (bands, 0)->colour = g_strdup ("green");

  /* three bands: "High" takes the values of "Extreme", whose rule goes; a new rule on High */
  band_at (bands, 2)->upper = 16;
  band_at (bands, 2)->treat_within_days = 14;
  g_free (band_at (bands, 2)->inform);
  band_at (bands, 2)->inform = g_strdup ("Municipal director");
  g_ptr_array_remove_index (bands, 3);
  TRYGG_ASSERT_OK (trygg_risk_bands_set (f->db, analysis, bands, &error), error);
  matrix = trygg_risk_matrix_load (f->db, analysis, &error);
  g_assert_cmpuint (matrix->bands->len, ==, 3);
  g_assert_cmpstr (((TryggRiskBand *) g_ptr_array_index (matrix->bands, 0))->name, ==,
                   "Acceptable");
  g_assert_cmpint (trygg_risk_matrix_band (matrix, 16)->treat_within_days, ==, 14);

  /* the risk's band follows the new bounds */
  band = trygg_risk_band_of_risk (f->db, risk, FALSE, &value, &error);
  g_assert_cmpint (value, ==, 8);
  g_assert_cmpstr (band->inform, ==, "Municipal director");
  trygg_risk_band_free (band);

  /* a new band (id 0) at the top */
  g_clear_pointer (&bands, g_ptr_array_unref);
  bands = bands_of (f, analysis);
  band_at (bands, 2)->upper = 11;
  band = trygg_risk_band_copy (band_at (bands, 2));
  band->id = 0;
  band->lower = 12;
  band->upper = 16;
  g_free (band->name);
  band->name = g_strdup ("Critical");
  g_ptr_array_add (bands, band);
  TRYGG_ASSERT_OK (trygg_risk_bands_set (f->db, analysis, bands, &error), error);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM risk_band WHERE ?1", "1"),
                   ==, 4);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT position FROM risk_band WHERE name = ?1",
                                         "Critical"), ==, 3);
}

static void
test_count_moves (Fixture       *f,
                  gconstpointer  data)
{
  gint64 analysis = create (f, NULL);
  int n = 0;

  add (f, analysis, 1, 1);
  add (f, analysis, 3, 4);
  add (f, analysis, 4, 2);
  /* 4 → 5 proportional: 1 2 4 5 — the risks with a 3 or 4 move */
  g_assert_cmpint (trygg_risk_count_moves (f->db, analysis, 5, 5, TRYGG_RISK_MAP_PROPORTIONAL,
                                           &n), ==, 2);
  g_assert_cmpint (n, ==, 3);
  g_assert_cmpint (trygg_risk_count_moves (f->db, analysis, 5, 5, TRYGG_RISK_MAP_CLAMP, NULL),
                   ==, 0);
  g_assert_cmpint (trygg_risk_count_moves (f->db, analysis, 3, 4, TRYGG_RISK_MAP_CLAMP, NULL),
                   ==, 1);
  g_assert_cmpint (trygg_risk_count_moves (f->db, 4242, 3, 3, TRYGG_RISK_MAP_CLAMP, NULL), ==,
                   -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/risk/presets/every-cell", test_presets_every_cell);
  ADD ("/risk/acceptance", test_acceptance);
  g_test_add_func ("/risk/level-map", test_level_map);
  ADD ("/risk/resize/keeps-risks", test_resize_keeps_risks);
  ADD ("/risk/rescore/change-log", test_rescore_change_log);
  ADD ("/risk/measure/action", test_measure_action);
  ADD ("/risk/overview", test_overview);
  ADD ("/risk/rollback", test_failed_write_rolls_back);
  ADD ("/risk/search", test_search);
  ADD ("/risk/edit/analysis", test_edit_analysis);
  ADD ("/risk/edit/participants-links", test_edit_participants_links);
  ADD ("/risk/edit/risk", test_edit_risk);
  ADD ("/risk/edit/levels", test_edit_levels);
  ADD ("/risk/edit/bands", test_edit_bands);
  ADD ("/risk/edit/count-moves", test_count_moves);
#undef ADD

  return g_test_run ();
}
