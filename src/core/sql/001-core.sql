-- SPDX-License-Identifier: GPL-3.0-or-later
-- The shared model. Every user table follows the conventions: id, uuid, created_at,
-- updated_at (ISO 8601 UTC), foreign keys declared. Change-log and search triggers are
-- generated from the schema by trygg-database-triggers.c after each migration.

CREATE TABLE change_log (
  id          INTEGER PRIMARY KEY,
  time        TEXT NOT NULL,
  os_user     TEXT NOT NULL,
  table_name  TEXT NOT NULL,
  row_uuid    TEXT NOT NULL,
  operation   TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
  old_values  TEXT,
  new_values  TEXT
);
CREATE INDEX change_log_row ON change_log (row_uuid);

CREATE TABLE search_source (
  tbl           TEXT PRIMARY KEY,
  kind          TEXT NOT NULL,
  title_column  TEXT NOT NULL,
  body_columns  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE search_doc (
  id    INTEGER PRIMARY KEY,
  tbl   TEXT NOT NULL,
  uuid  TEXT NOT NULL UNIQUE,
  kind  TEXT NOT NULL
);
CREATE VIRTUAL TABLE search_index USING fts5 (
  title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

CREATE TABLE org_unit (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  name           TEXT NOT NULL DEFAULT '',
  kind           TEXT NOT NULL DEFAULT 'administration'
                 CHECK (kind IN ('municipality', 'county', 'committee', 'administration',
                                 'operation', 'company')),
  parent_id      INTEGER REFERENCES org_unit (id) ON DELETE SET NULL,
  is_controller  INTEGER NOT NULL DEFAULT 0 CHECK (is_controller IN (0, 1)),
  description    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX org_unit_parent ON org_unit (parent_id);
CREATE INDEX org_unit_name ON org_unit (name COLLATE NOCASE);

CREATE TABLE person (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  name        TEXT NOT NULL DEFAULT '',
  role        TEXT NOT NULL DEFAULT '',
  email       TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  username    TEXT NOT NULL DEFAULT '',
  unit_id     INTEGER REFERENCES org_unit (id) ON DELETE SET NULL
);
CREATE INDEX person_unit ON person (unit_id);
CREATE INDEX person_name ON person (name COLLATE NOCASE);
CREATE INDEX person_username ON person (username);

CREATE TABLE supplier (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  name          TEXT NOT NULL DEFAULT '',
  org_number    TEXT NOT NULL DEFAULT '',
  contact_name  TEXT NOT NULL DEFAULT '',
  email         TEXT NOT NULL DEFAULT '',
  phone         TEXT NOT NULL DEFAULT '',
  description   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX supplier_name ON supplier (name COLLATE NOCASE);

CREATE TABLE information_asset (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  name           TEXT NOT NULL DEFAULT '',
  description    TEXT NOT NULL DEFAULT '',
  unit_id        INTEGER REFERENCES org_unit (id) ON DELETE SET NULL,
  owner_id       INTEGER REFERENCES person (id) ON DELETE SET NULL,
  personal_data  INTEGER NOT NULL DEFAULT 0 CHECK (personal_data IN (0, 1))
);
CREATE INDEX information_asset_unit ON information_asset (unit_id);
CREATE INDEX information_asset_owner ON information_asset (owner_id);
CREATE INDEX information_asset_name ON information_asset (name COLLATE NOCASE);

CREATE TABLE system (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  name         TEXT NOT NULL DEFAULT '',
  description  TEXT NOT NULL DEFAULT '',
  lifecycle    TEXT NOT NULL DEFAULT 'production'
               CHECK (lifecycle IN ('planned', 'production', 'retired')),
  unit_id      INTEGER REFERENCES org_unit (id) ON DELETE SET NULL,
  owner_id     INTEGER REFERENCES person (id) ON DELETE SET NULL,
  supplier_id  INTEGER REFERENCES supplier (id) ON DELETE SET NULL
);
CREATE INDEX system_unit ON system (unit_id);
CREATE INDEX system_owner ON system (owner_id);
CREATE INDEX system_supplier ON system (supplier_id);
CREATE INDEX system_name ON system (name COLLATE NOCASE);

CREATE TABLE process (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  name         TEXT NOT NULL DEFAULT '',
  description  TEXT NOT NULL DEFAULT '',
  unit_id      INTEGER REFERENCES org_unit (id) ON DELETE SET NULL,
  owner_id     INTEGER REFERENCES person (id) ON DELETE SET NULL
);
CREATE INDEX process_unit ON process (unit_id);
CREATE INDEX process_owner ON process (owner_id);
CREATE INDEX process_name ON process (name COLLATE NOCASE);

-- Links between the registers: which systems hold an asset, what a process uses.
CREATE TABLE asset_system (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  asset_id    INTEGER NOT NULL REFERENCES information_asset (id) ON DELETE CASCADE,
  system_id   INTEGER NOT NULL REFERENCES system (id) ON DELETE CASCADE,
  UNIQUE (asset_id, system_id)
);
CREATE INDEX asset_system_system ON asset_system (system_id);

CREATE TABLE process_asset (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  process_id  INTEGER NOT NULL REFERENCES process (id) ON DELETE CASCADE,
  asset_id    INTEGER NOT NULL REFERENCES information_asset (id) ON DELETE CASCADE,
  UNIQUE (process_id, asset_id)
);
CREATE INDEX process_asset_asset ON process_asset (asset_id);

CREATE TABLE process_system (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  process_id  INTEGER NOT NULL REFERENCES process (id) ON DELETE CASCADE,
  system_id   INTEGER NOT NULL REFERENCES system (id) ON DELETE CASCADE,
  UNIQUE (process_id, system_id)
);
CREATE INDEX process_system_system ON process_system (system_id);

-- One tracker for every measure, corrective action and plan item, whatever plugin made it.
CREATE TABLE action (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  title           TEXT NOT NULL DEFAULT '',
  description     TEXT NOT NULL DEFAULT '',
  source_plugin   TEXT NOT NULL DEFAULT 'core',
  source_uuid     TEXT,
  responsible_id  INTEGER REFERENCES person (id) ON DELETE SET NULL,
  due_date        TEXT CHECK (due_date IS NULL OR date(due_date, '+0 days') IS due_date),
  due_quarter     TEXT CHECK (due_quarter IS NULL OR due_quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
  status          TEXT NOT NULL DEFAULT 'not_started'
                  CHECK (status IN ('not_started', 'in_progress', 'done', 'postponed',
                                    'cancelled')),
  completed_on    TEXT CHECK (completed_on IS NULL OR date(completed_on, '+0 days') IS completed_on),
  -- the day it is due: the date, else the last day of the quarter
  due_sort        TEXT GENERATED ALWAYS AS (coalesce(due_date,
                    substr(due_quarter, 1, 4) || CASE substr(due_quarter, 6)
                      WHEN 'Q1' THEN '-03-31' WHEN 'Q2' THEN '-06-30'
                      WHEN 'Q3' THEN '-09-30' WHEN 'Q4' THEN '-12-31' END)) VIRTUAL
);
CREATE INDEX action_due ON action (due_sort);
CREATE INDEX action_responsible ON action (responsible_id);
CREATE INDEX action_status ON action (status);
CREATE INDEX action_source ON action (source_plugin, source_uuid);

INSERT INTO search_source (tbl, kind, title_column, body_columns) VALUES
  ('org_unit', 'unit', 'name', 'description'),
  ('person', 'person', 'name', 'role, email, username'),
  ('supplier', 'supplier', 'name', 'org_number, contact_name, description'),
  ('information_asset', 'asset', 'name', 'description'),
  ('system', 'system', 'name', 'description'),
  ('process', 'process', 'name', 'description'),
  ('action', 'action', 'title', 'description');
