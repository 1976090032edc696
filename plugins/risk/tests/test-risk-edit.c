/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing, headless (model/risk-edit.c, risk-edit-risk.c, risk-matrix-edit.c): an
 * analysis's texts, lead, approval and reopening; participants and links; a risk's texts,
 * K/I/T, treatment, status, owner and delete with Undo; level texts; bands checked whole.
 * Each write is one transaction in the change log; refused input leaves it untouched.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include "risk-test-fixture.h"

typedef RiskFixture Fixture;

static gint64
changes (Fixture *f)
{
  return risk_fixture_count (f, "change_log");
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
  gint64 analysis = risk_fixture_create (f, NULL);
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
  gint64 analysis = risk_fixture_create (f, NULL);
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
  g_assert_cmpint (risk_fixture_count (f, "risk_participant"), ==, 1);

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
  gint64 analysis = risk_fixture_create (f, NULL);
  gint64 risk = risk_fixture_add (f, analysis, 3, 3);
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
  g_assert_cmpint (risk_fixture_count (f, "risk"), ==, 0);
  g_assert_cmpint (risk_fixture_count (f, "risk_measure"), ==, 0);
  g_assert_cmpint (risk_fixture_count (f, "action"), ==, 1);
  g_assert_false (trygg_risk_locate (f->db, uuid, &found_analysis, &found_risk));
  TRYGG_ASSERT_OK (trygg_database_revert_changes (f->db, first, last, &error), error);
  g_assert_cmpint (risk_fixture_count (f, "risk"), ==, 1);
  g_assert_cmpint (risk_fixture_count (f, "risk_measure"), ==, 1);
}

static void
test_edit_levels (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) levels = NULL;
  g_autofree char *name = NULL;
  gint64 analysis = risk_fixture_create (f, NULL);
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
  gint64 analysis = risk_fixture_create (f, NULL);  /* 1–2, 3–6, 8–12, 16 */
  gint64 risk = risk_fixture_add (f, analysis, 2, 4);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, risk_fixture_setup, fn, risk_fixture_teardown)
  ADD ("/risk/edit/analysis", test_edit_analysis);
  ADD ("/risk/edit/participants-links", test_edit_participants_links);
  ADD ("/risk/edit/risk", test_edit_risk);
  ADD ("/risk/edit/levels", test_edit_levels);
  ADD ("/risk/edit/bands", test_edit_bands);
#undef ADD

  return g_test_run ();
}
