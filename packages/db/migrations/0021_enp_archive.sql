-- Issue 16 item 6 (ENP-10): archived cases on the ЭНП portal. An archived
-- Oryndau case needs nothing new (its documents come from case_archive_items,
-- migration 0017). An OLD case lives only in the archive system ИС «ЭАСД»
-- (the archive adapter) under its archive id: an access — and a block of one
-- of its scans — then names that id instead of a court_cases row. Exactly
-- one of the two, so every existing query by case_id keeps its meaning (an
-- ЭАСД row never equals a case id). Plain SQL valid on PostgreSQL 15 and PGlite.
--
-- Lock order: an ЭАСД case has no row of ours to lock; its re-issues are
-- serialised by a transaction-scoped advisory lock on the archive id taken
-- first (the stand-in for the court_cases row), then enp_accesses → journal.

ALTER TABLE enp_accesses ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE enp_accesses ADD COLUMN easd_archive_id text
  CHECK (easd_archive_id IS NULL OR (easd_archive_id <> '' AND length(easd_archive_id) <= 200));
ALTER TABLE enp_accesses ADD CONSTRAINT enp_accesses_one_target CHECK ((case_id IS NULL) <> (easd_archive_id IS NULL));
-- One live password per person and ЭАСД case (the court-case index of 0019 covers the other kind).
CREATE UNIQUE INDEX enp_accesses_easd_current_idx ON enp_accesses (easd_archive_id, iin)
  WHERE replaced_at IS NULL AND easd_archive_id IS NOT NULL;
CREATE INDEX enp_accesses_easd_idx ON enp_accesses (easd_archive_id, issued_at) WHERE easd_archive_id IS NOT NULL;

-- ENP-5 for an ЭАСД case: a scan (easd:<file id>) blocked by the court the package names.
ALTER TABLE enp_document_blocks ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE enp_document_blocks ADD COLUMN easd_archive_id text
  CHECK (easd_archive_id IS NULL OR (easd_archive_id <> '' AND length(easd_archive_id) <= 200));
ALTER TABLE enp_document_blocks ADD CONSTRAINT enp_document_blocks_one_target CHECK ((case_id IS NULL) <> (easd_archive_id IS NULL));
ALTER TABLE enp_document_blocks ADD CONSTRAINT enp_document_blocks_easd_scan CHECK (easd_archive_id IS NULL OR document_id ~ '^easd:');
CREATE UNIQUE INDEX enp_document_blocks_easd_open_idx ON enp_document_blocks (easd_archive_id, document_id)
  WHERE unblocked_at IS NULL AND easd_archive_id IS NOT NULL;
