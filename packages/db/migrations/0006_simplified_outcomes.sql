-- SIMP-3…SIMP-6: how a simplified proceeding ends, the debtor's payments and
-- the pilot dashboard's figures.

-- The ЕРАП item as taken in (decision number, date, article, issuing body):
-- the executive document of a cancelled case is registered from it.
ALTER TABLE simplified_cases ADD COLUMN fine jsonb;
-- When and how the case left the simplified path: paid (terminated),
-- expired / disagreed (cancelled), ineligible / no_phone (ordinary at intake).
ALTER TABLE simplified_cases ADD COLUMN closed_at timestamptz;
ALTER TABLE simplified_cases ADD COLUMN closed_outcome text
  CHECK (closed_outcome IN ('paid', 'expired', 'disagreed', 'ineligible', 'no_phone'));
-- When the debtor paid the fine in full (the gateway's time), for "median time to pay".
ALTER TABLE simplified_cases ADD COLUMN paid_at timestamptz;
-- The termination or cancellation resolution, signed with the system key.
ALTER TABLE simplified_cases ADD COLUMN closing_document_id uuid REFERENCES documents (id);
-- The payment the debtor was sent to pay last ({ paymentId, reference, redirectUrl, amountTiyn, createdAt }).
ALTER TABLE simplified_cases ADD COLUMN pending_payment jsonb;
ALTER TABLE simplified_cases ADD COLUMN payment_attempts integer NOT NULL DEFAULT 0;

UPDATE simplified_cases SET closed_at = created_at, closed_outcome = outcome->>'cause' WHERE status = 'ordinary' AND closed_at IS NULL;

CREATE INDEX simplified_cases_created_idx ON simplified_cases (created_at);
CREATE INDEX simplified_cases_closed_idx ON simplified_cases (closed_at) WHERE closed_at IS NOT NULL;

-- Every payment the gateway confirmed for a fine, once (payment_id is the
-- gateway's id: a replayed notification finds its row). A payment made
-- after the case was cancelled is credited to the ordinary proceeding.
CREATE TABLE simplified_payments (
  payment_id     text PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES simplified_cases (id),
  amount_tiyn    bigint NOT NULL CHECK (amount_tiyn > 0),
  paid_at        timestamptz NOT NULL,
  recorded_at    timestamptz NOT NULL,
  destination    text NOT NULL CHECK (destination IN ('simplified', 'ordinary', 'refund')),
  refund_tiyn    bigint NOT NULL DEFAULT 0 CHECK (refund_tiyn >= 0),
  proceeding_id  uuid REFERENCES proceedings (id),
  receipt_code   text
);
CREATE INDEX simplified_payments_case_idx ON simplified_payments (case_id);
CREATE INDEX simplified_payments_proceeding_idx ON simplified_payments (proceeding_id) WHERE proceeding_id IS NOT NULL;
