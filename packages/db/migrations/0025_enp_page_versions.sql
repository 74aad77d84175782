-- Issue 16 (bench:enp): the ЭНП participant's case page is cached per server
-- process (apps/server/src/enp/case-page-cache.ts), keyed by the case, the
-- participant's category, the locale and the case's CONTENT VERSION — so the
-- page's big statement runs only when something it shows changed.
--
-- The content version of a case is the number of rows this table holds for
-- it. Every repository function that changes what the page reads (course
-- events, filed documents, participants, the case's status, an act signed or
-- published, the archive's steps, ЭНП blocks and unblocks) appends one row in
-- its own transaction (recordEnpPageChange, packages/db/src/enp/page-versions-repository.ts),
-- so the change and the new count become visible in the same commit.
--
-- Why a count of appended rows and not a counter row (UPDATE … version + 1)
-- or the newest id: an UPDATE would lock the counter row until commit behind
-- the callers' backs (lock order: the business row first, the journal last);
-- an id from a sequence is handed out before commit, so a later, smaller id
-- can still appear. Rows are only ever appended (nothing deletes from this
-- table): the set a snapshot sees only grows, and two snapshots with the same
-- count saw the same changes. No foreign key on purpose: it would take a
-- share lock on the court_cases row in every writer.
CREATE TABLE enp_page_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id uuid NOT NULL
);
CREATE INDEX enp_page_changes_case_idx ON enp_page_changes (case_id);
