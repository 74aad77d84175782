-- Issue 16 (ENP-9) and SIMP-3: a message may carry a credential — the ЭНП
-- password of an approved application, the debtor's link in the initiation
-- SMS. The outbox must keep the text until it has left (retries), not after:
-- `secrets` lists the credentials inside `subject`/`body`; once the message
-- is sent (or given up) the worker replaces each by a mask and clears the
-- list, when OUTBOX_SCRUB_SECRETS is on (production's default; the
-- development mailbox page shows the messages whole).
ALTER TABLE outbox ADD COLUMN secrets text[];
