-- Issue 12: the journal as a verifiable log (docs/journal.md).
--
-- Before: one hash chain behind one `journal_head` row that every writing
-- transaction locked. After: a business transaction only INSERTs its
-- entries (no row that another transaction also locks); one sealer at a time
-- (a lease in `journal_sealer`) gives the committed entries consecutive leaf
-- positions, extends an RFC 9162 Merkle tree and signs its head with the
-- system organisation's key.
--
-- Existing entries keep their seq, fields, prev_hash and hash: they become
-- the first leaves, in seq order (they all carry this migration's
-- transaction id), and `journal verify` checks their chain as well.
--
-- Which entries may be sealed: those of transactions that have ended. The
-- sealer reads a snapshot (pg_current_snapshot: xmax and the ids still in
-- progress); an entry whose transaction id is below xmax and not in progress
-- is committed and visible — or rolled back and gone — for good. Entries of
-- transactions still open wait in `pending` and are sealed in the round
-- after they commit: the leaves follow the order entries became visible.

CREATE SEQUENCE journal_seq_seq OWNED BY journal.seq;
SELECT setval('journal_seq_seq', COALESCE((SELECT max(seq) FROM journal), 0) + 1, false);
ALTER TABLE journal ALTER COLUMN seq SET DEFAULT nextval('journal_seq_seq');
ALTER TABLE journal ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE journal ALTER COLUMN hash DROP NOT NULL;

-- The append-only trigger refuses UPDATE: drop it while the new columns are added.
DROP TRIGGER journal_no_update ON journal;
ALTER TABLE journal
  -- the actor's organisation and network address (X-2)
  ADD COLUMN organisation_id text,
  ADD COLUMN address text,
  -- whose personal data the action read or changed (ENP-11: a person's own views can be listed for them)
  ADD COLUMN subject_iin text,
  -- a random value per entry: the personal fields enter the Merkle leaf only as a salted hash
  ADD COLUMN salt text NOT NULL DEFAULT '',
  -- the inserting transaction: the sealer takes only entries of transactions that have ended
  ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  -- when the entry was written (just before COMMIT): the sealing delay is measured from here
  ADD COLUMN created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- the Merkle leaf hash of the entry's canonical bytes, computed by the writer (NULL for the entries of the old chain:
  -- the sealer computes theirs); the verifier recomputes every one
  ADD COLUMN leaf_hash bytea;
CREATE TRIGGER journal_no_update BEFORE UPDATE OR DELETE ON journal
  FOR EACH ROW EXECUTE FUNCTION journal_append_only();

DROP TABLE journal_head;
-- Fewer indexes: every business transaction pays for each one.
DROP INDEX journal_action_idx;
DROP INDEX journal_at_idx;
CREATE INDEX journal_at_brin ON journal USING brin (at);
CREATE INDEX journal_txid_idx ON journal (txid, seq);
CREATE INDEX journal_subject_idx ON journal (subject_iin, seq) WHERE subject_iin IS NOT NULL;

-- Leaf positions: leaf i is entry `entry_seq`, with the leaf hash it had when it was sealed.
CREATE TABLE journal_leaves (
  leaf_index  bigint PRIMARY KEY,
  entry_seq   bigint NOT NULL UNIQUE,
  leaf_hash   bytea NOT NULL
);

-- Perfect aligned subtrees above the leaves: (level, idx) covers leaves [idx·2^level, (idx+1)·2^level), level ≥ 1.
CREATE TABLE journal_nodes (
  level  smallint NOT NULL,
  idx    bigint NOT NULL,
  hash   bytea NOT NULL,
  PRIMARY KEY (level, idx)
);

-- Signed tree heads: the signature is a detached CMS over the canonical JSON of {log, rootHash, timestamp, treeSize}.
CREATE TABLE journal_tree_heads (
  tree_size  bigint PRIMARY KEY,
  root_hash  bytea NOT NULL,
  signed_at  timestamptz NOT NULL,
  log        text NOT NULL,
  signature  bytea NOT NULL
);

-- The sealer's state and lease (one row): the tree's size, and which
-- writing transactions' entries are sealed — every one below `high_xid`
-- except those in `pending` (still open at the last round; sealed once they end).
CREATE TABLE journal_sealer (
  id           integer PRIMARY KEY CHECK (id = 1),
  tree_size    bigint NOT NULL DEFAULT 0,
  high_xid     xid8 NOT NULL DEFAULT '0',
  pending      xid8[] NOT NULL DEFAULT '{}',
  holder       text,
  lease_until  timestamptz,
  last_sealed_at timestamptz
);
INSERT INTO journal_sealer (id) VALUES (1);

CREATE TRIGGER journal_leaves_append_only BEFORE UPDATE OR DELETE ON journal_leaves
  FOR EACH ROW EXECUTE FUNCTION journal_append_only();
CREATE TRIGGER journal_nodes_append_only BEFORE UPDATE OR DELETE ON journal_nodes
  FOR EACH ROW EXECUTE FUNCTION journal_append_only();
CREATE TRIGGER journal_tree_heads_append_only BEFORE UPDATE OR DELETE ON journal_tree_heads
  FOR EACH ROW EXECUTE FUNCTION journal_append_only();
