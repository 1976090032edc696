/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Resizing a matrix, headless: mapping levels between sizes, every risk kept where the
 * mapping puts it (initial and residual scores), bands scaled to the new size, level texts
 * from the presets, and how many risks a resize would move (model/risk-resize.c and
 * trygg_risk_count_moves() of model/risk-matrix-edit.c).
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include "risk-test-fixture.h"

typedef RiskFixture Fixture;

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
  g_assert_cmpint (risk_fixture_count (f, "risk"), ==, n_risks);
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
  gint64 analysis = risk_fixture_create (f, NULL);
  gint64 corner = 0;
  TryggRiskScores scores;

  /* a risk in every cell; residual scores on the diagonal */
  for (int p = 1; p <= 4; p++)
    for (int c = 1; c <= 4; c++)
      {
        gint64 risk = risk_fixture_add (f, analysis, p, c);

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
test_count_moves (Fixture       *f,
                  gconstpointer  data)
{
  gint64 analysis = risk_fixture_create (f, NULL);
  int n = 0;

  risk_fixture_add (f, analysis, 1, 1);
  risk_fixture_add (f, analysis, 3, 4);
  risk_fixture_add (f, analysis, 4, 2);
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
  g_test_add (path, Fixture, NULL, risk_fixture_setup, fn, risk_fixture_teardown)
  g_test_add_func ("/risk/level-map", test_level_map);
  ADD ("/risk/resize/keeps-risks", test_resize_keeps_risks);
  ADD ("/risk/edit/count-moves", test_count_moves);
#undef ADD

  return g_test_run ();
}
