/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "risk-test-fixture.h"

static const TryggSchemaSource source = {
  "risk", "/io/github/trygg/Trygg/plugins/risk/sql"
};

void
risk_fixture_setup (RiskFixture   *f,
                    gconstpointer  data)
{
  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);
}

void
risk_fixture_teardown (RiskFixture   *f,
                       gconstpointer  data)
{
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
}

gint64
risk_fixture_count (RiskFixture *f,
                    const char  *table)
{
  return trygg_database_count_rows (f->db, table);
}

/* An analysis "Social-care records" made from @preset */
gint64
risk_fixture_create (RiskFixture *f,
                     const char  *preset)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  TRYGG_ASSERT_OK (trygg_risk_create_analysis (f->db, "Social-care records", preset, &id,
                                               &error), error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A risk "Records reach the wrong person" at probability @p, consequence @c */
gint64
risk_fixture_add (RiskFixture *f,
                  gint64       analysis,
                  int          p,
                  int          c)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  TRYGG_ASSERT_OK (trygg_risk_add (f->db, analysis, "Records reach the wrong person", p, c, &id,
                                   &error), error);
  return id;
}
