-- Issue 15 item 3 (FILE-16, ENF-11; seed 003 §51–58): the electronic writ
-- of execution (электронный исполнительный лист) the court sends to
-- enforcement, and every status enforcement reports back. The statuses and
-- their transitions are the domain's (packages/domain/src/courts/writ-lifecycle.ts);
-- the CHECKs here only keep out what no code knows.
-- Plain SQL valid on PostgreSQL 15 and on PGlite.
--
-- Lock order: court_cases (preparation) → court_writs → the challenge and
-- the document (signing) → journal (last, by the transaction runner).

CREATE TABLE court_writs (
  id                      uuid PRIMARY KEY,
  case_id                 uuid NOT NULL REFERENCES court_cases (id),
  -- The court act (decision, ruling …) that is executed: in force, or for immediate execution (§51).
  act_id                  uuid NOT NULL REFERENCES court_acts (id),
  court_id                text NOT NULL REFERENCES courts (organisation_id),
  -- Номер исполнительного документа: `${case number}/${n}`, unique per court (the intake's dedupe key).
  number                  text NOT NULL,
  status                  text NOT NULL CHECK (status IN ('draft', 'signing', 'signed', 'sent', 'registered', 'refused',
                                                          'taken_for_execution', 'initiation_refused', 'returned', 'transferred',
                                                          'suspended', 'completed')),
  version                 integer NOT NULL DEFAULT 1,
  -- The id enforcement knows the writ by (the card's externalId); statuses come back against it.
  external_id             text NOT NULL UNIQUE,
  -- ENF-12 category (DEFAULT_RULES) and the addressee it gives (§54): state (ГСИ) or private (ЧСИ) enforcement.
  category                text NOT NULL,
  addressee               text NOT NULL CHECK (addressee IN ('state', 'private')),
  -- Claimants and debtors as the card names them: [{ kind, identifier, name, regionKato, address? }].
  claimants               jsonb NOT NULL CHECK (jsonb_typeof(claimants) = 'array' AND jsonb_array_length(claimants) > 0),
  debtors                 jsonb NOT NULL CHECK (jsonb_typeof(debtors) = 'array' AND jsonb_array_length(debtors) > 0),
  solidary_liability      boolean NOT NULL DEFAULT false,
  claim_essence           text NOT NULL CHECK (claim_essence <> ''),
  -- The sum in minor units of the currency (tiyn for KZT) and its ISO 4217 code.
  amount_minor            bigint NOT NULL CHECK (amount_minor > 0),
  currency                text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  exchange_rate           text,
  exchange_rate_date      date,
  issue_date              date NOT NULL,
  entry_into_force_date   date NOT NULL,
  judge_user_id           uuid NOT NULL REFERENCES users (id),
  secretary_user_id       uuid NOT NULL REFERENCES users (id),
  -- The signed card (JSON bytes, signed by the judge and the secretary) and the act's copy (signed by the judge), §52.
  card_document_id        uuid NOT NULL UNIQUE REFERENCES documents (id),
  act_copy_document_id    uuid NOT NULL UNIQUE REFERENCES documents (id),
  judge_signature_id      uuid REFERENCES signatures (id),
  secretary_signature_id  uuid REFERENCES signatures (id),
  act_copy_signature_id   uuid REFERENCES signatures (id),
  signed_at               timestamptz,
  -- Handed to the outbox (§56: at once after the signatures); the receipt is `registered_at`.
  sent_at                 timestamptz,
  -- Enforcement's receipt (§57): its proceeding id, registration number and date.
  proceeding_id           text,
  registration_number     text,
  registration_date       date,
  registered_at           timestamptz,
  -- Why enforcement's intake refused it (the reasons of each signature), when it did.
  refusal                 jsonb,
  created_by              uuid NOT NULL REFERENCES users (id),
  created_at              timestamptz NOT NULL,
  changed_at              timestamptz NOT NULL,
  UNIQUE (court_id, number),
  CHECK (currency = 'KZT' OR (exchange_rate IS NOT NULL AND exchange_rate_date IS NOT NULL)),
  CHECK (issue_date <= entry_into_force_date),
  CHECK (status IN ('draft', 'signing') OR (judge_signature_id IS NOT NULL AND secretary_signature_id IS NOT NULL
         AND act_copy_signature_id IS NOT NULL AND signed_at IS NOT NULL)),
  CHECK (status IN ('draft', 'signing', 'signed') OR sent_at IS NOT NULL),
  CHECK (status IN ('draft', 'signing', 'signed', 'sent', 'refused')
         OR (registration_number IS NOT NULL AND registration_date IS NOT NULL AND registered_at IS NOT NULL))
);
-- One live writ per act: a second preparation is a 409; after enforcement refused one, a new one may be prepared.
CREATE UNIQUE INDEX court_writs_act_live_idx ON court_writs (act_id) WHERE status <> 'refused';
CREATE INDEX court_writs_case_idx ON court_writs (case_id, created_at);

-- Every status of a writ in the order it arrived (§57 registered, §58 the
-- bailiff's acts). Idempotent by the sender's event id (the outbox message id
-- of enforcement, or the receipt for `registered`).
CREATE TABLE court_writ_statuses (
  id                   uuid PRIMARY KEY,
  writ_id              uuid NOT NULL REFERENCES court_writs (id),
  event_id             text NOT NULL UNIQUE,
  position             integer NOT NULL CHECK (position > 0),
  status               text NOT NULL CHECK (status IN ('registered', 'refused', 'taken_for_execution', 'initiation_refused', 'returned',
                                                       'transferred', 'suspended', 'completed')),
  -- When it happened in enforcement, and when the court received it.
  at                   timestamptz NOT NULL,
  received_at          timestamptz NOT NULL,
  registration_number  text,
  registration_date    date,
  reason_kk            text,
  reason_ru            text,
  bailiff_name         text,
  note                 text,
  UNIQUE (writ_id, position),
  CHECK ((reason_kk IS NULL) = (reason_ru IS NULL))
);

-- Issue 15: the course of the case gains the events of parts 2 (acts, legal
-- force, writs, archive). The same statement stands in the other migrations
-- of issue 15, so any order of them leaves the same list.
ALTER TABLE case_events DROP CONSTRAINT IF EXISTS case_events_kind_check;
ALTER TABLE case_events ADD CONSTRAINT case_events_kind_check CHECK (kind IN ('registered','judge_assigned','accepted','hearing_scheduled','hearing_held','suspended','resumed','transferred','returned','decided','closed','documents_added','duty_paid','act_signed','act_published','appeal_filed','entered_into_force','writ_issued','writ_sent','writ_registered','writ_status','handed_to_archive','archived'));
