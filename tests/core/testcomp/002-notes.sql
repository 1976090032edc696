-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2 of the fake component: a new column on the old table, and a new table.
ALTER TABLE testcomp_item ADD COLUMN note TEXT NOT NULL DEFAULT '';

CREATE TABLE testcomp_tag (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  item_id     INTEGER NOT NULL REFERENCES testcomp_item (id) ON DELETE CASCADE,
  label       TEXT NOT NULL DEFAULT ''
);
