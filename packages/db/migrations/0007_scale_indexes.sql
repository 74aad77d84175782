-- Indexes the simplified-proceedings benchmark asked for (100,000 timers due
-- on one day, 100,000 messages to ЕРАП).

-- The deadline runner claims `ORDER BY due_at, id LIMIT 1`: with (due_at, id)
-- it reads the first open row instead of sorting every due one (a day's
-- expiries share one due_at).
CREATE INDEX deadlines_open_due_id_idx ON deadlines (due_at, id) WHERE fired_at IS NULL AND cancelled_at IS NULL;
DROP INDEX IF EXISTS deadlines_due_idx;

-- Clearing a subject's open timers (paid in time, cancelled) finds them directly.
CREATE INDEX deadlines_open_subject_idx ON deadlines (subject_type, subject_id, kind) WHERE fired_at IS NULL AND cancelled_at IS NULL;

-- In-order delivery per recipient asks for an earlier unsent message to the same recipient.
CREATE INDEX outbox_pending_recipient_idx ON outbox (channel, recipient, created_at) WHERE sent_at IS NULL AND failed_at IS NULL;
