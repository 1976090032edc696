-- SPDX-License-Identifier: GPL-3.0-or-later
-- The yearly action plan (handlingsplan). Each plan item is a row here AND an action in
-- core's one tracker (`action`, source_plugin 'actionplan', source_uuid = the item's uuid).
-- The item owns what only the plan knows (area, year, quarters, plan status, status
-- comment); the action owns title, description and responsible person. The plugin writes
-- both rows in one transaction; the triggers below keep them consistent when the action is
-- changed elsewhere (the Actions page, an import).

CREATE TABLE actionplan_item (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  action_id       INTEGER NOT NULL UNIQUE REFERENCES action (id) ON DELETE CASCADE,
  area            TEXT NOT NULL DEFAULT '',
  year            INTEGER NOT NULL CHECK (year BETWEEN 1000 AND 9999),
  -- bit 0 = Q1 … bit 3 = Q4; at least one quarter
  quarters        INTEGER NOT NULL DEFAULT 1 CHECK (quarters BETWEEN 1 AND 15),
  plan_status     TEXT NOT NULL DEFAULT 'not_started'
                  CHECK (plan_status IN ('not_started', 'partly_started', 'in_progress', 'done',
                                         'postponed', 'cancelled')),
  status_comment  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actionplan_item_year ON actionplan_item (year, area COLLATE NOCASE);

INSERT INTO search_source (tbl, kind, title_column, body_columns) VALUES
  ('actionplan_item', 'actionplan_item', 'area', 'status_comment');

-- A status set on the action in the tracker comes back to the plan, unless the plan status
-- already means it: 'partly_started' and 'in_progress' are both the action's 'in_progress'.
-- Every action status is also a plan status, so the mapping back is the status itself.
CREATE TRIGGER actionplan_action_status AFTER UPDATE OF status ON action
WHEN NEW.source_plugin = 'actionplan' AND OLD.status IS NOT NEW.status
BEGIN
  UPDATE actionplan_item
     SET plan_status = NEW.status,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
   WHERE action_id = NEW.id
     AND CASE plan_status WHEN 'partly_started' THEN 'in_progress' ELSE plan_status END
         IS NOT NEW.status;
END;

-- The action's due quarter is always the item's last quarter. A due quarter moved in the
-- tracker moves the item: within its year the later quarters are dropped and the new one
-- added; to another year, the item moves to that year's plan in that one quarter.
CREATE TRIGGER actionplan_action_due AFTER UPDATE OF due_quarter ON action
WHEN NEW.source_plugin = 'actionplan' AND NEW.due_quarter IS NOT NULL
     AND OLD.due_quarter IS NOT NEW.due_quarter
BEGIN
  UPDATE actionplan_item
     SET quarters = CASE WHEN year = CAST(substr(NEW.due_quarter, 1, 4) AS INTEGER)
                    THEN (quarters & ((1 << CAST(substr(NEW.due_quarter, 7, 1) AS INTEGER)) - 1))
                    ELSE 0 END
                    | (1 << (CAST(substr(NEW.due_quarter, 7, 1) AS INTEGER) - 1)),
         year = CAST(substr(NEW.due_quarter, 1, 4) AS INTEGER),
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
   WHERE action_id = NEW.id
     AND year || '-Q' || CASE WHEN quarters & 8 THEN 4 WHEN quarters & 4 THEN 3
                              WHEN quarters & 2 THEN 2 ELSE 1 END IS NOT NEW.due_quarter;
END;

-- Deleting an item deletes its action (deleting the action deletes the item by the cascade).
CREATE TRIGGER actionplan_item_delete AFTER DELETE ON actionplan_item
BEGIN
  DELETE FROM action WHERE id = OLD.action_id;
END;
