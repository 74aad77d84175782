-- Enforcement proceedings (АИС ОИП): ENF-1…ENF-12. One executive document
-- opens one proceeding at registration (status `registered`); every later
-- change is a signed act (proceeding_acts → documents → signatures) applied
-- with a conditional update on proceedings.version.

-- Who may receive documents (ENF-12): the bailiff's kind, territory and,
-- for a private bailiff, the licence. Load is counted from proceedings.
CREATE TABLE bailiff_profiles (
  user_id              uuid PRIMARY KEY REFERENCES users (id),
  kind                 text NOT NULL CHECK (kind IN ('state', 'private')),
  -- The territorial department whose register numbers this bailiff's documents (9 digits, KATO-based).
  department_code      text NOT NULL CHECK (department_code ~ '^[0-9]{9}$'),
  region_kato          text NOT NULL CHECK (region_kato ~ '^[0-9]{9}$'),
  districts            text[],
  licence_number       text,
  licence_valid_from   date,
  licence_valid_until  date,
  active               boolean NOT NULL DEFAULT true,
  CHECK (kind = 'state' OR licence_number IS NOT NULL)
);

-- ENF-6: templates are data an administrator edits; each edit is a new
-- version, and an act records the version it was rendered from.
CREATE TABLE resolution_templates (
  code            text NOT NULL,
  version         integer NOT NULL CHECK (version > 0),
  category        text NOT NULL CHECK (category IN ('resolution', 'request')),
  kind            text NOT NULL,
  needs_approval  boolean NOT NULL,
  title_kk        text NOT NULL,
  title_ru        text NOT NULL,
  body_kk         text NOT NULL,
  body_ru         text NOT NULL,
  created_at      timestamptz NOT NULL,
  created_by      uuid REFERENCES users (id),
  PRIMARY KEY (code, version)
);

-- ENF-1 / ENF-11: the executive document as registered.
CREATE TABLE executive_documents (
  id                       uuid PRIMARY KEY,
  source                   text NOT NULL CHECK (source IN ('manual', 'court')),
  -- ENF-11 idempotency: court + writ number + debtor; null for hand entry.
  dedupe_key               text UNIQUE,
  external_id              text,
  court_id                 text,
  registration_number      text NOT NULL UNIQUE,
  registration_date        date NOT NULL,
  department_code          text NOT NULL,
  arrival_order            text NOT NULL CHECK (arrival_order IN ('first', 'repeated')),
  claim_essence            text NOT NULL,
  issue_date               date NOT NULL,
  issuing_body             text NOT NULL,
  document_type            text NOT NULL,
  document_number          text NOT NULL,
  entry_into_force_date    date NOT NULL,
  received_from            text,
  copy_number              text,
  category_code            text NOT NULL,
  subcategory              text,
  amount                   text NOT NULL,
  currency                 text NOT NULL,
  exchange_rate            text,
  exchange_rate_date       date,
  amount_tiyn              bigint NOT NULL CHECK (amount_tiyn > 0),
  sender_document_date     date,
  sender_outgoing_number   text,
  signer_name              text,
  claim_filed_by           text CHECK (claim_filed_by IN ('individual', 'legal_entity')),
  solidary_liability       boolean NOT NULL,
  trusted_person           boolean NOT NULL DEFAULT false,
  -- The courts' signed card bytes and the signed court act (ENF-11).
  writ_content             bytea,
  court_act_document_id    uuid REFERENCES documents (id),
  created_by               uuid REFERENCES users (id),
  created_at               timestamptz NOT NULL
);

CREATE TABLE proceedings (
  id                     uuid PRIMARY KEY,
  executive_document_id  uuid NOT NULL UNIQUE REFERENCES executive_documents (id),
  registration_number    text NOT NULL,
  department_code        text NOT NULL,
  region_kato            text NOT NULL,
  time_zone              text NOT NULL,
  status                 text NOT NULL CHECK (status IN ('registered', 'initiated', 'refused', 'suspended', 'ended', 'transferred')),
  version                integer NOT NULL DEFAULT 1,
  bailiff_id             uuid REFERENCES users (id),
  category_code          text NOT NULL,
  amount_tiyn            bigint NOT NULL,
  -- First debtor, for lists; all debtors are in proceeding_parties.
  debtor_name            text NOT NULL,
  debtor_identifier      text NOT NULL,
  registered_at          timestamptz NOT NULL,
  changed_at             timestamptz NOT NULL,
  initiated_at           timestamptz,
  ended_at               timestamptz,
  ending_kind            text CHECK (ending_kind IN ('termination', 'return', 'recall', 'executed')),
  ground_code            text,
  transferred_to         text,
  suspensions            jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- Earliest open task's due date (overdue filter without a join).
  next_due_date          date,
  -- Acts signed by the bailiff that wait for the senior (ENF-9).
  awaiting_approval      integer NOT NULL DEFAULT 0
);
-- ENF-2 queues: keyset pages per bailiff and status, newest first.
CREATE INDEX proceedings_queue_idx ON proceedings (bailiff_id, status, registered_at DESC, id DESC);
CREATE INDEX proceedings_region_status_idx ON proceedings (region_kato, status, registered_at DESC, id DESC);
CREATE INDEX proceedings_overdue_idx ON proceedings (bailiff_id, next_due_date) WHERE next_due_date IS NOT NULL;

CREATE TABLE proceeding_parties (
  id                  uuid PRIMARY KEY,
  proceeding_id       uuid NOT NULL REFERENCES proceedings (id),
  role                text NOT NULL CHECK (role IN ('debtor', 'claimant')),
  kind                text NOT NULL CHECK (kind IN ('individual', 'legal_entity')),
  identifier          text NOT NULL CHECK (identifier ~ '^[0-9]{12}$'),
  name                text NOT NULL,
  address             text,
  region_kato         text,
  district_kato       text,
  position            integer NOT NULL
);
CREATE INDEX proceeding_parties_proceeding_idx ON proceeding_parties (proceeding_id, role, position);
-- Search by debtor IIN/BIN across the register.
CREATE INDEX proceeding_parties_identifier_idx ON proceeding_parties (identifier, role);

-- ENF-12: every decision with its inputs, candidates and reason.
CREATE TABLE distribution_decisions (
  id                   uuid PRIMARY KEY,
  proceeding_id        uuid NOT NULL REFERENCES proceedings (id),
  kind                 text NOT NULL CHECK (kind IN ('automatic', 'manual')),
  decided_at           timestamptz NOT NULL,
  decided_by           uuid REFERENCES users (id),
  bailiff_id           uuid REFERENCES users (id),
  previous_bailiff_id  uuid REFERENCES users (id),
  rule_id              text,
  rules_version        text NOT NULL,
  written_reason       text,
  decision             jsonb NOT NULL
);
CREATE INDEX distribution_decisions_proceeding_idx ON distribution_decisions (proceeding_id, decided_at);

-- Every procedural act: a document rendered from a template, signed by the
-- bailiff (and the senior when the template needs approval), then applied.
CREATE TABLE proceeding_acts (
  id                 uuid PRIMARY KEY,
  proceeding_id      uuid NOT NULL REFERENCES proceedings (id),
  -- Lifecycle action it performs, or null for a plain resolution/request/arrest.
  action             text,
  effect             text NOT NULL CHECK (effect IN ('transition', 'resolution', 'request', 'arrest', 'arrest_lift')),
  template_code      text NOT NULL,
  template_version   integer NOT NULL,
  locale             text NOT NULL CHECK (locale IN ('kk', 'ru')),
  ground_code        text,
  params             jsonb NOT NULL DEFAULT '{}'::jsonb,
  document_id        uuid NOT NULL UNIQUE REFERENCES documents (id),
  needs_approval     boolean NOT NULL,
  -- Proceeding version the document was generated against: a transition act
  -- signed after another act moved the proceeding is a 409, not applied.
  base_version       integer NOT NULL,
  status             text NOT NULL CHECK (status IN ('draft', 'awaiting_approval', 'applied', 'returned', 'rejected')),
  created_by         uuid NOT NULL REFERENCES users (id),
  created_at         timestamptz NOT NULL,
  signed_at          timestamptz,
  approved_by        uuid REFERENCES users (id),
  approved_at        timestamptz,
  returned_by        uuid REFERENCES users (id),
  returned_at        timestamptz,
  return_reason      text,
  applied_at         timestamptz,
  rejection          jsonb
);
CREATE INDEX proceeding_acts_proceeding_idx ON proceeding_acts (proceeding_id, created_at);
CREATE INDEX proceeding_acts_awaiting_idx ON proceeding_acts (status, signed_at) WHERE status = 'awaiting_approval';

-- ENF-7: requests to state bodies through СИОПСО.
CREATE TABLE siopso_requests (
  id                   uuid PRIMARY KEY,
  proceeding_id        uuid NOT NULL REFERENCES proceedings (id),
  act_id               uuid NOT NULL UNIQUE REFERENCES proceeding_acts (id),
  request_type         text NOT NULL,
  debtor_identifier    text NOT NULL,
  status               text NOT NULL CHECK (status IN ('draft', 'signed', 'sending', 'sent', 'answered', 'failed')),
  external_request_id  text,
  created_at           timestamptz NOT NULL,
  sent_at              timestamptz,
  answered_at          timestamptz,
  answer               jsonb,
  -- The body's own refusal ({kk, ru}); the bailiff may send the request again (a new round).
  agency_error         jsonb,
  send_round           integer NOT NULL DEFAULT 0,
  attempts             integer NOT NULL DEFAULT 0,
  last_error           text
);
CREATE INDEX siopso_requests_proceeding_idx ON siopso_requests (proceeding_id, created_at);

-- ENF-10: arrests made by signed resolutions, lifted by another act or when the proceeding ends.
CREATE TABLE arrests (
  id              uuid PRIMARY KEY,
  proceeding_id   uuid NOT NULL REFERENCES proceedings (id),
  act_id          uuid NOT NULL REFERENCES proceeding_acts (id),
  kind            text NOT NULL CHECK (kind IN ('accounts', 'property', 'travel')),
  status          text NOT NULL CHECK (status IN ('active', 'lifted')),
  details         jsonb NOT NULL DEFAULT '{}'::jsonb,
  imposed_at      timestamptz NOT NULL,
  lifted_at       timestamptz,
  lift_act_id     uuid REFERENCES proceeding_acts (id),
  lift_reason     text
);
CREATE INDEX arrests_proceeding_idx ON arrests (proceeding_id, imposed_at);

CREATE TABLE arrested_property (
  id              uuid PRIMARY KEY,
  arrest_id       uuid NOT NULL REFERENCES arrests (id),
  proceeding_id   uuid NOT NULL REFERENCES proceedings (id),
  kind            text NOT NULL CHECK (kind IN ('bank_account', 'real_estate', 'vehicle', 'other')),
  description     text NOT NULL,
  identifier      text,
  value_tiyn      bigint CHECK (value_tiyn IS NULL OR value_tiyn >= 0),
  status          text NOT NULL CHECK (status IN ('arrested', 'released'))
);
CREATE INDEX arrested_property_proceeding_idx ON arrested_property (proceeding_id);

-- Deadlines a person acts on (initiation, voluntary execution, execution term).
CREATE TABLE proceeding_tasks (
  id             uuid PRIMARY KEY,
  proceeding_id  uuid NOT NULL REFERENCES proceedings (id),
  kind           text NOT NULL CHECK (kind IN ('initiation', 'voluntary_execution', 'execution_term', 'approval')),
  due_date       date NOT NULL,
  status         text NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
  created_at     timestamptz NOT NULL,
  closed_at      timestamptz,
  UNIQUE (proceeding_id, kind)
);
