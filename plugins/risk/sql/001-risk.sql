-- SPDX-License-Identifier: GPL-3.0-or-later
-- Risk analysis (riskanalys / risikovurdering), see DOMAIN.md §2. Every analysis has its own
-- matrix: its size, level texts and bands are copied from a preset when the analysis is made
-- and edited there. risk-model.c has the presets and the rules (value = probability ×
-- consequence; the band of a value).

CREATE TABLE risk_analysis (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  title           TEXT NOT NULL DEFAULT '',
  purpose         TEXT NOT NULL DEFAULT '',
  scope           TEXT NOT NULL DEFAULT '',
  out_of_scope    TEXT NOT NULL DEFAULT '',
  lead_id         INTEGER REFERENCES person (id) ON DELETE SET NULL,
  analysed_on     TEXT CHECK (analysed_on IS NULL OR date(analysed_on, '+0 days') IS analysed_on),
  method_notes    TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
  approved_by_id  INTEGER REFERENCES person (id) ON DELETE SET NULL,
  approved_on     TEXT CHECK (approved_on IS NULL OR date(approved_on, '+0 days') IS approved_on)
);
CREATE INDEX risk_analysis_lead ON risk_analysis (lead_id);
CREATE INDEX risk_analysis_approved_by ON risk_analysis (approved_by_id);
CREATE INDEX risk_analysis_status ON risk_analysis (status);

-- What an analysis is about: information assets, systems, processes and units.
CREATE TABLE risk_analysis_asset (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  analysis_id  INTEGER NOT NULL REFERENCES risk_analysis (id) ON DELETE CASCADE,
  asset_id     INTEGER NOT NULL REFERENCES information_asset (id) ON DELETE CASCADE,
  UNIQUE (analysis_id, asset_id)
);
CREATE INDEX risk_analysis_asset_asset ON risk_analysis_asset (asset_id);

CREATE TABLE risk_analysis_system (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  analysis_id  INTEGER NOT NULL REFERENCES risk_analysis (id) ON DELETE CASCADE,
  system_id    INTEGER NOT NULL REFERENCES system (id) ON DELETE CASCADE,
  UNIQUE (analysis_id, system_id)
);
CREATE INDEX risk_analysis_system_system ON risk_analysis_system (system_id);

CREATE TABLE risk_analysis_process (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  analysis_id  INTEGER NOT NULL REFERENCES risk_analysis (id) ON DELETE CASCADE,
  process_id   INTEGER NOT NULL REFERENCES process (id) ON DELETE CASCADE,
  UNIQUE (analysis_id, process_id)
);
CREATE INDEX risk_analysis_process_process ON risk_analysis_process (process_id);

CREATE TABLE risk_analysis_unit (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  analysis_id  INTEGER NOT NULL REFERENCES risk_analysis (id) ON DELETE CASCADE,
  unit_id      INTEGER NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
  UNIQUE (analysis_id, unit_id)
);
CREATE INDEX risk_analysis_unit_unit ON risk_analysis_unit (unit_id);

-- The people in the workshop; `role` is free text ("system owner", "nurse").
CREATE TABLE risk_participant (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  analysis_id  INTEGER NOT NULL REFERENCES risk_analysis (id) ON DELETE CASCADE,
  person_id    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role         TEXT NOT NULL DEFAULT '',
  UNIQUE (analysis_id, person_id)
);
CREATE INDEX risk_participant_person ON risk_participant (person_id);

-- One matrix per analysis. `preset` names the preset it was made from (it stays when the
-- matrix is resized or edited).
CREATE TABLE risk_matrix (
  id                  INTEGER PRIMARY KEY,
  uuid                TEXT NOT NULL UNIQUE,
  created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  analysis_id         INTEGER NOT NULL UNIQUE REFERENCES risk_analysis (id) ON DELETE CASCADE,
  preset              TEXT NOT NULL DEFAULT '',
  probability_levels  INTEGER NOT NULL DEFAULT 4 CHECK (probability_levels BETWEEN 3 AND 6),
  consequence_levels  INTEGER NOT NULL DEFAULT 4 CHECK (consequence_levels BETWEEN 3 AND 6)
);

-- The name and description of each level of each axis, in the analysis's language.
CREATE TABLE risk_level (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  matrix_id    INTEGER NOT NULL REFERENCES risk_matrix (id) ON DELETE CASCADE,
  axis         TEXT NOT NULL CHECK (axis IN ('probability', 'consequence')),
  level        INTEGER NOT NULL CHECK (level BETWEEN 1 AND 6),
  name         TEXT NOT NULL DEFAULT '',
  description  TEXT NOT NULL DEFAULT '',
  UNIQUE (matrix_id, axis, level)
);

-- Bands of risk values, lowest first, and their acceptance criteria: who may accept a risk in
-- the band, within how many days it must be treated (NULL: no limit), whom to inform.
-- `colour` is a key of the heatmap's colour-blind-safe palette.
CREATE TABLE risk_band (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE,
  created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  matrix_id          INTEGER NOT NULL REFERENCES risk_matrix (id) ON DELETE CASCADE,
  position           INTEGER NOT NULL CHECK (position >= 0),
  name               TEXT NOT NULL DEFAULT '',
  lower_value        INTEGER NOT NULL CHECK (lower_value >= 1),
  upper_value        INTEGER NOT NULL,
  colour             TEXT NOT NULL DEFAULT 'green'
                     CHECK (colour IN ('green', 'yellow', 'orange', 'red')),
  accept_by          TEXT NOT NULL DEFAULT '',
  treat_within_days  INTEGER CHECK (treat_within_days IS NULL OR treat_within_days >= 0),
  inform             TEXT NOT NULL DEFAULT '',
  CHECK (upper_value >= lower_value),
  UNIQUE (matrix_id, position)
);

-- A risk. Probability and consequence are levels of the analysis's matrix (the model checks
-- the bounds); residual ones are NULL until assessed. Aspects breached are flags.
CREATE TABLE risk (
  id                    INTEGER PRIMARY KEY,
  uuid                  TEXT NOT NULL UNIQUE,
  created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  analysis_id           INTEGER NOT NULL REFERENCES risk_analysis (id) ON DELETE CASCADE,
  number                INTEGER NOT NULL CHECK (number >= 1),
  cause                 TEXT NOT NULL DEFAULT '',
  event                 TEXT NOT NULL DEFAULT '',
  consequence_text      TEXT NOT NULL DEFAULT '',
  breaches_confidentiality INTEGER NOT NULL DEFAULT 0 CHECK (breaches_confidentiality IN (0, 1)),
  breaches_integrity    INTEGER NOT NULL DEFAULT 0 CHECK (breaches_integrity IN (0, 1)),
  breaches_availability INTEGER NOT NULL DEFAULT 0 CHECK (breaches_availability IN (0, 1)),
  probability           INTEGER NOT NULL CHECK (probability BETWEEN 1 AND 6),
  consequence           INTEGER NOT NULL CHECK (consequence BETWEEN 1 AND 6),
  existing_measures     TEXT NOT NULL DEFAULT '',
  treatment             TEXT CHECK (treatment IS NULL
                                    OR treatment IN ('reduce', 'accept', 'avoid', 'transfer')),
  residual_probability  INTEGER CHECK (residual_probability IS NULL
                                       OR residual_probability BETWEEN 1 AND 6),
  residual_consequence  INTEGER CHECK (residual_consequence IS NULL
                                       OR residual_consequence BETWEEN 1 AND 6),
  owner_id              INTEGER REFERENCES person (id) ON DELETE SET NULL,
  status                TEXT NOT NULL DEFAULT 'open'
                        CHECK (status IN ('open', 'in_treatment', 'accepted', 'closed')),
  CHECK ((residual_probability IS NULL) = (residual_consequence IS NULL)),
  UNIQUE (analysis_id, number)
);
CREATE INDEX risk_owner ON risk (owner_id);

-- A proposed measure: the link of a risk to its action in core's tracker, which holds the
-- title, responsible and deadline (source_plugin 'risk', source_uuid = this row's uuid).
-- Deleting the action in the tracker withdraws the measure: ON DELETE CASCADE.
CREATE TABLE risk_measure (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  risk_id     INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
  action_id   INTEGER NOT NULL UNIQUE REFERENCES action (id) ON DELETE CASCADE
);
CREATE INDEX risk_measure_risk ON risk_measure (risk_id);

INSERT INTO search_source (tbl, kind, title_column, body_columns) VALUES
  ('risk_analysis', 'risk_analysis', 'title', 'purpose, scope, out_of_scope, method_notes'),
  ('risk', 'risk', 'event', 'cause, consequence_text, existing_measures');
