-- SPDX-License-Identifier: GPL-3.0-or-later
-- A version 2 that fails half-way: the first statement works, the second cannot. Nothing of
-- it may remain in the file.
ALTER TABLE testcomp_item ADD COLUMN note TEXT NOT NULL DEFAULT '';
INSERT INTO testcomp_no_such_table (name) VALUES ('never');
