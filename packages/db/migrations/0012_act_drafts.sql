-- ISSUE-13 item 8: one unsigned draft of each kind per proceeding, and
-- drafts the bailiff throws away. draft_kind is set by the server
-- (domain draftKindOf); rows from before this migration keep NULL and are
-- not held to the rule (they can now be discarded).
ALTER TABLE proceeding_acts ADD COLUMN draft_kind text;
ALTER TABLE proceeding_acts ADD COLUMN discarded_at timestamptz;
ALTER TABLE proceeding_acts DROP CONSTRAINT proceeding_acts_status_check;
ALTER TABLE proceeding_acts ADD CONSTRAINT proceeding_acts_status_check
  CHECK (status IN ('draft', 'awaiting_approval', 'applied', 'returned', 'rejected', 'discarded'));
CREATE UNIQUE INDEX proceeding_acts_one_draft_idx ON proceeding_acts (proceeding_id, draft_kind)
  WHERE status = 'draft' AND draft_kind IS NOT NULL;
