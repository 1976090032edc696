-- SPDX-License-Identifier: GPL-3.0-or-later
-- A fake plugin component for the migration tests, version 1: one table that follows the
-- conventions, so that the generated change-log triggers cover it.
CREATE TABLE testcomp_item (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  name        TEXT NOT NULL DEFAULT ''
);
