-- Issue 12 (bench:journal): every business transaction that journals pays
-- for each index of `journal`, and the writers' cost is what the target
-- (with the journal ≥ 80 % of the rate without it) measures.
--
-- `journal_txid_idx` (txid, seq) was a btree read by the sealer only: "the
-- entries of transactions since the last round" — always the newest rows,
-- a range. Transaction ids grow with the table's physical order (entries are
-- appended, never updated), so a BRIN over the id as a number finds that
-- range in a few block ranges and costs an insert next to nothing (the last
-- block range is summarised when the next one starts: autosummarize). The
-- sealer and the unsealed counters bound their queries by that expression
-- (journal-tree.ts TXID_NUMBER); the results are the same rows, re-checked.
--
-- The other indexes stay, each for a reader: the primary key (seq: proofs,
-- paging), journal_actor_idx (the administrators' journal by actor/person),
-- journal_subject_idx (a person's views, partial: only entries naming one),
-- journal_object_idx (an object's history, ENP access history), and the BRIN
-- on `at` (time ranges).
DROP INDEX journal_txid_idx;
CREATE INDEX journal_txid_brin ON journal USING brin (((txid::text)::bigint)) WITH (autosummarize = on);
