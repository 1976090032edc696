-- SPDX-License-Identifier: GPL-3.0-or-later
-- Information classification (informationsklassning / klassifisering), see DOMAIN.md §1.
-- Aspects are stored by key: 'confidentiality', 'integrity', 'availability', 'traceability'.
-- Levels are the numbers shown in a profile ("K3"): 0–4 in the KLASSA-style preset, 1–4 in
-- the agency-style and Norwegian presets. classification-model.c has the presets.

-- Settings of the organisation: 'preset' (klassa, agency, norwegian) and 'traceability'
-- ('1' when the optional fourth aspect is used). Fixed uuids, so that files merge.
CREATE TABLE classification_setting (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  key         TEXT NOT NULL UNIQUE,
  value       TEXT NOT NULL DEFAULT ''
);
INSERT INTO classification_setting (uuid, key, value) VALUES
  ('e9bd3ac0-6922-4f1d-bc89-505273f91266', 'preset', 'klassa'),
  ('3ab377eb-6f2d-473f-a741-4ebd27a6b19d', 'traceability', '0');

-- The organisation's own names and descriptions of a preset's levels, per aspect. No row, or
-- an empty text, means the preset's translated default.
CREATE TABLE classification_level (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  preset       TEXT NOT NULL CHECK (preset IN ('klassa', 'agency', 'norwegian')),
  aspect       TEXT NOT NULL
               CHECK (aspect IN ('confidentiality', 'integrity', 'availability', 'traceability')),
  level        INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
  name         TEXT NOT NULL DEFAULT '',
  description  TEXT NOT NULL DEFAULT '',
  UNIQUE (preset, aspect, level)
);

-- Consequence areas, in the order they are asked. `key` names a built-in area whose name is
-- translated while `name` is empty; areas the organisation adds have a name and no key.
-- An area no longer asked is made inactive, so that old versions keep their answers.
CREATE TABLE classification_area (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  key         TEXT UNIQUE,
  name        TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0,
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  CHECK (key IS NOT NULL OR name <> '')
);
INSERT INTO classification_area (uuid, key, position) VALUES
  ('615e0d6b-9ca6-4890-b9dc-7d29115de5ec', 'economic', 1),
  ('17c3710b-ea3d-445c-be74-bf1337626c06', 'operations', 2),
  ('7c49192c-09c5-4c6e-a008-fb0f32e66a5c', 'law', 3),
  ('8b6a69ef-dcc8-4f75-8069-8639b7e40205', 'trust', 4),
  ('46b13f78-3968-4029-8d5b-d2cbdb0b26e2', 'society', 5),
  ('5b6313ac-a498-4c3e-b933-5ddbca33c554', 'privacy', 6),
  ('976ee41f-80c0-443f-80e1-f69e2f05cf4e', 'injury', 7),
  ('80feeb2f-c2df-4afe-a9be-5224feff6d94', 'environment', 8);

-- One version of the classification of an information asset. Versions are never changed
-- by the model: a new classification is a new version, and the newest is the current one.
CREATE TABLE classification (
  id                  INTEGER PRIMARY KEY,
  uuid                TEXT NOT NULL UNIQUE,
  created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  asset_id            INTEGER NOT NULL REFERENCES information_asset (id) ON DELETE CASCADE,
  version             INTEGER NOT NULL CHECK (version >= 1),
  preset              TEXT NOT NULL CHECK (preset IN ('klassa', 'agency', 'norwegian')),
  personal_data       INTEGER NOT NULL DEFAULT 0 CHECK (personal_data IN (0, 1)),
  special_categories  INTEGER NOT NULL DEFAULT 0 CHECK (special_categories IN (0, 1)),
  secrecy             INTEGER NOT NULL DEFAULT 0 CHECK (secrecy IN (0, 1)),
  secrecy_reference   TEXT NOT NULL DEFAULT '',
  classified_by_id    INTEGER REFERENCES person (id) ON DELETE SET NULL,
  signed_off_by_id    INTEGER REFERENCES person (id) ON DELETE SET NULL,
  signed_off_on       TEXT CHECK (signed_off_on IS NULL
                             OR date(signed_off_on, '+0 days') IS signed_off_on),
  next_review         TEXT NOT NULL DEFAULT (date('now', '+1 year'))
                      CHECK (date(next_review, '+0 days') IS next_review),
  UNIQUE (asset_id, version)
);
CREATE INDEX classification_review ON classification (next_review);
CREATE INDEX classification_classified_by ON classification (classified_by_id);
CREATE INDEX classification_signed_off_by ON classification (signed_off_by_id);

-- Per version and aspect: the level (the highest answer; NULL when not assessed) and why.
CREATE TABLE classification_aspect (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE,
  created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  classification_id  INTEGER NOT NULL REFERENCES classification (id) ON DELETE CASCADE,
  aspect             TEXT NOT NULL
                     CHECK (aspect IN ('confidentiality', 'integrity', 'availability',
                                       'traceability')),
  level              INTEGER CHECK (level IS NULL OR level BETWEEN 0 AND 4),
  rationale          TEXT NOT NULL DEFAULT '',
  UNIQUE (classification_id, aspect)
);

-- Per version, aspect and consequence area: the consequence of a breach, as a level.
CREATE TABLE classification_answer (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE,
  created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  classification_id  INTEGER NOT NULL REFERENCES classification (id) ON DELETE CASCADE,
  aspect             TEXT NOT NULL
                     CHECK (aspect IN ('confidentiality', 'integrity', 'availability',
                                       'traceability')),
  area_id            INTEGER NOT NULL REFERENCES classification_area (id),
  level              INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
  UNIQUE (classification_id, aspect, area_id)
);
CREATE INDEX classification_answer_area ON classification_answer (area_id);

-- The requirement catalogue: a measure is required when the asset's level of `aspect` is at
-- least `min_level`. `area` is a key (access_control, logging, backup, encryption,
-- continuity, suppliers, physical) or an imported catalogue's own word.
CREATE TABLE classification_requirement (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  code        TEXT NOT NULL UNIQUE CHECK (code <> ''),
  area        TEXT NOT NULL CHECK (area <> ''),
  title       TEXT NOT NULL CHECK (title <> ''),
  as_is       TEXT NOT NULL CHECK (as_is <> ''),
  shall       TEXT NOT NULL CHECK (shall <> ''),
  aspect      TEXT NOT NULL
              CHECK (aspect IN ('confidentiality', 'integrity', 'availability', 'traceability')),
  min_level   INTEGER NOT NULL CHECK (min_level BETWEEN 1 AND 4)
);
CREATE INDEX classification_requirement_aspect ON classification_requirement (aspect, min_level);

-- How an asset fulfils a required measure; a gap becomes an action in core's tracker
-- (source_plugin 'classification', source_uuid = this row's uuid).
CREATE TABLE classification_fulfilment (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  asset_id        INTEGER NOT NULL REFERENCES information_asset (id) ON DELETE CASCADE,
  requirement_id  INTEGER NOT NULL REFERENCES classification_requirement (id) ON DELETE CASCADE,
  status          TEXT NOT NULL DEFAULT 'not_met'
                  CHECK (status IN ('met', 'partly_met', 'not_met', 'not_applicable')),
  comment         TEXT NOT NULL DEFAULT '',
  action_id       INTEGER REFERENCES action (id) ON DELETE SET NULL,
  UNIQUE (asset_id, requirement_id)
);
CREATE INDEX classification_fulfilment_requirement ON classification_fulfilment (requirement_id);
CREATE INDEX classification_fulfilment_action ON classification_fulfilment (action_id);

INSERT INTO search_source (tbl, kind, title_column, body_columns) VALUES
  ('classification_requirement', 'requirement', 'title', 'code, as_is, shall'),
  ('classification_aspect', 'classification_rationale', 'rationale', ''),
  ('classification_fulfilment', 'requirement_fulfilment', 'comment', ''),
  ('classification', 'classification', 'secrecy_reference', '');
