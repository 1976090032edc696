/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the headless risk tests share: a fresh database with the risk schema, an analysis made
 * from a preset, a risk added at given scores, and row counts.
 */
#pragma once

#include "risk-model.h"
#include "test-util.h"

G_BEGIN_DECLS

typedef struct
{
  char          *dir;
  TryggDatabase *db;
} RiskFixture;

void   risk_fixture_setup    (RiskFixture   *f,
                              gconstpointer  data);
void   risk_fixture_teardown (RiskFixture   *f,
                              gconstpointer  data);
gint64 risk_fixture_count    (RiskFixture   *f,
                              const char    *table);
gint64 risk_fixture_create   (RiskFixture   *f,
                              const char    *preset);
gint64 risk_fixture_add      (RiskFixture   *f,
                              gint64         analysis,
                              int            p,
                              int            c);

G_END_DECLS
