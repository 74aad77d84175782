-- Issue 14 (courts, part 1): the court's case register and the «Сот
-- кабинеті» (FILE-1…FILE-13, SIG-8). Codes are those of COURTS-DESIGN.md;
-- the domain (packages/domain/src/courts) holds their kk/ru words and the
-- transition tables, the CHECKs here only keep out what no code knows.
-- Plain SQL valid on PostgreSQL 15 and on PGlite.
--
-- Lock order (the server's one order): court_counters → filings →
-- court_cases → duty_payments → powers_of_attorney → journal (last, by the
-- transaction runner).

-- Files the applicant attached (FILE-1, FILE-5), receipts, appointment
-- orders: the bytes live behind the file-storage port (a local directory by
-- default), the row keeps what identifies them — the SHA-256 the signed
-- manifest lists, the size, the kind recognised from the content.
CREATE TABLE stored_files (
  id             uuid PRIMARY KEY,
  sha256         text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes     bigint NOT NULL CHECK (size_bytes >= 0),
  kind           text NOT NULL CHECK (kind IN ('pdf', 'docx', 'doc', 'xlsx', 'jpeg')),
  original_name  text NOT NULL,
  storage_key    text NOT NULL UNIQUE,
  -- Who uploaded it (null for the system's own files, e.g. a gateway's receipt): only they may attach it.
  uploaded_by    uuid REFERENCES users (id),
  created_at     timestamptz NOT NULL
);

-- A court's own data beside its organisation row (organisations.kind =
-- 'court' gives the names kk/ru, the region and the IANA zone the court
-- counts receipt dates in, FILE-13).
CREATE TABLE courts (
  organisation_id      text PRIMARY KEY REFERENCES organisations (id),
  -- The court's code in case numbers (`${code}-${yy}-00-${form}/${seq}`, domain caseNumber) and dispatch receipts.
  code                 text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{2,8}$'),
  level                text NOT NULL CHECK (level IN ('district', 'regional', 'cassation')),
  instances            text[] NOT NULL CHECK (cardinality(instances) > 0 AND instances <@ ARRAY['first', 'appeal', 'cassation']),
  forms                text[] NOT NULL CHECK (cardinality(forms) > 0 AND forms <@ ARRAY['civil', 'criminal', 'administrative']),
  -- Working hours 'HH:MM' local: a filing after workday_end is registered on the next working day (§35–36).
  workday_start        text NOT NULL CHECK (workday_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  workday_end          text NOT NULL CHECK (workday_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  lunch_start          text CHECK (lunch_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  lunch_end            text CHECK (lunch_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  address_kk           text NOT NULL,
  address_ru           text NOT NULL,
  phone                text,
  email                text,
  -- Margins of the court's ЭНП cards (a later issue prints them).
  card_margin_left_mm  integer NOT NULL DEFAULT 10 CHECK (card_margin_left_mm BETWEEN 0 AND 50),
  card_margin_top_mm   integer NOT NULL DEFAULT 10 CHECK (card_margin_top_mm BETWEEN 0 AND 50),
  -- 'HH:MM' strings of one format compare as times.
  CHECK (workday_start < workday_end),
  CHECK ((lunch_start IS NULL) = (lunch_end IS NULL)),
  CHECK (lunch_start IS NULL OR (workday_start <= lunch_start AND lunch_start < lunch_end AND lunch_end <= workday_end))
);

-- The judges of a court: distribution (FILE-12) proposes among the active
-- ones by specialisation (case forms and/or category codes) and load.
CREATE TABLE court_judges (
  user_id          uuid NOT NULL REFERENCES users (id),
  court_id         text NOT NULL REFERENCES courts (organisation_id),
  specialisations  text[] NOT NULL DEFAULT '{}',
  active           boolean NOT NULL DEFAULT true,
  PRIMARY KEY (user_id, court_id)
);
CREATE INDEX court_judges_court_idx ON court_judges (court_id) WHERE active;

-- Sequences of case numbers (kind 'case', key year:form) and of dispatch
-- receipt numbers (kind 'filing', key the receipt date): one row per key,
-- advanced by an upsert that takes the row lock, so concurrent
-- registrations get distinct numbers and a rolled-back one gives its number back.
CREATE TABLE court_counters (
  court_id       text NOT NULL REFERENCES courts (organisation_id),
  kind           text NOT NULL CHECK (kind IN ('case', 'filing')),
  key            text NOT NULL CHECK (key <> ''),
  last_sequence  integer NOT NULL CHECK (last_sequence > 0),
  PRIMARY KEY (court_id, kind, key)
);

-- FILE-9, SIG-8, §26: an electronic power of attorney. `draft` until the
-- principal (or a legal entity's first head) signs it, then `active`, then
-- `revoked` at once when the principal revokes it. "Expired" is not stored:
-- it is valid_until read against the day of filing.
CREATE TABLE powers_of_attorney (
  id                         uuid PRIMARY KEY,
  number                     text NOT NULL UNIQUE,
  principal_kind             text NOT NULL CHECK (principal_kind IN ('individual', 'legal_entity')),
  principal_iin_bin          text NOT NULL CHECK (principal_iin_bin ~ '^[0-9]{12}$'),
  principal_name             text NOT NULL,
  signer_user_id             uuid NOT NULL REFERENCES users (id),
  powers                     text[] NOT NULL CHECK (cardinality(powers) > 0 AND powers <@ ARRAY['file_claims', 'file_appeals',
                               'sign_documents', 'pay_duty', 'add_documents', 'receive_acts', 'observe_case']),
  valid_from                 date NOT NULL,
  valid_until                date NOT NULL,
  summary                    text NOT NULL,
  -- A legal entity's order appointing its head (FILE-9).
  appointment_order_file_id  uuid REFERENCES stored_files (id),
  status                     text NOT NULL CHECK (status IN ('draft', 'active', 'revoked')),
  version                    integer NOT NULL DEFAULT 1,
  signature_id               uuid REFERENCES signatures (id),
  signed_at                  timestamptz,
  revoked_at                 timestamptz,
  created_at                 timestamptz NOT NULL,
  CHECK (valid_from <= valid_until),
  CHECK (status = 'draft' OR (signature_id IS NOT NULL AND signed_at IS NOT NULL)),
  CHECK ((status = 'revoked') = (revoked_at IS NOT NULL))
);
CREATE INDEX powers_of_attorney_principal_idx ON powers_of_attorney (principal_iin_bin, created_at DESC);

CREATE TABLE poa_trustees (
  poa_id        uuid NOT NULL REFERENCES powers_of_attorney (id) ON DELETE CASCADE,
  trustee_iin   text NOT NULL CHECK (trustee_iin ~ '^[0-9]{12}$'),
  trustee_name  text NOT NULL,
  PRIMARY KEY (poa_id, trustee_iin)
);
-- «Сенімхаттар» / «Доверенности»: the powers a person holds as trustee.
CREATE INDEX poa_trustees_trustee_idx ON poa_trustees (trustee_iin);

-- A court case (the register, issue 14 item 1). The status moves by the
-- domain's CASE_TRANSITIONS; every change is a conditional update on version.
CREATE TABLE court_cases (
  id                    uuid PRIMARY KEY,
  court_id              text NOT NULL REFERENCES courts (organisation_id),
  number                text NOT NULL,
  year                  integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
  form                  text NOT NULL CHECK (form IN ('civil', 'criminal', 'administrative')),
  instance              text NOT NULL CHECK (instance IN ('first', 'appeal', 'cassation')),
  category              text NOT NULL,
  status                text NOT NULL CHECK (status IN ('registered', 'assigned', 'in_progress', 'suspended', 'decided',
                                                          'returned', 'transferred', 'closed')),
  version               integer NOT NULL DEFAULT 1,
  -- The registration day in the court's zone, and the instant.
  registered_on         date NOT NULL,
  registered_at         timestamptz NOT NULL,
  -- The case of the lower instance (an appeal's first-instance case), and free text when it is not in Oryndau.
  previous_case_id      uuid REFERENCES court_cases (id),
  previous_proceedings  text,
  -- The filing that opened it (foreign key added below: filings refer to cases too).
  filing_id             uuid,
  changed_at            timestamptz NOT NULL,
  created_at            timestamptz NOT NULL,
  UNIQUE (court_id, number)
);
CREATE INDEX court_cases_court_idx ON court_cases (court_id, registered_at DESC);

-- An application to a court (FILE-2): from `draft` to `received` when its
-- signature passes on arrival (number, receipt instant and dates recorded),
-- then `registered` into a case or `refused` on one of the seven grounds of
-- §37 (FILING_TRANSITIONS).
CREATE TABLE filings (
  id                    uuid PRIMARY KEY,
  -- The dispatch receipt's (талон) number, given when it is received.
  number                text UNIQUE,
  service               text NOT NULL CHECK (service IN ('claim', 'appeal', 'cassation', 'hearing_record_request', 'hearing_record_remarks')),
  status                text NOT NULL CHECK (status IN ('draft', 'received', 'registered', 'refused', 'withdrawn')),
  version               integer NOT NULL DEFAULT 1,
  court_id              text NOT NULL REFERENCES courts (organisation_id),
  instance              text NOT NULL CHECK (instance IN ('first', 'appeal', 'cassation')),
  form                  text NOT NULL CHECK (form IN ('civil', 'criminal', 'administrative')),
  category              text,
  -- The existing case an appeal, a cassation complaint or a hearing-record request concerns.
  target_case_id        uuid REFERENCES court_cases (id),
  -- Who files: the signed-in person (their IIN, or a legal entity's BIN they represent).
  applicant_user_id     uuid NOT NULL REFERENCES users (id),
  applicant_kind        text NOT NULL CHECK (applicant_kind IN ('individual', 'legal_entity')),
  applicant_iin_bin     text NOT NULL CHECK (applicant_iin_bin ~ '^[0-9]{12}$'),
  applicant_name        text NOT NULL,
  -- For whom, when someone files on another's behalf under a power of attorney.
  principal_kind        text CHECK (principal_kind IN ('individual', 'legal_entity')),
  principal_iin_bin     text CHECK (principal_iin_bin ~ '^[0-9]{12}$'),
  principal_name        text,
  power_of_attorney_id  uuid REFERENCES powers_of_attorney (id),
  title                 text NOT NULL,
  body                  text NOT NULL,
  claim_amount_tiyn     bigint CHECK (claim_amount_tiyn IS NULL OR claim_amount_tiyn >= 0),
  duty_tiyn             bigint NOT NULL DEFAULT 0 CHECK (duty_tiyn >= 0),
  duty_basis            jsonb NOT NULL DEFAULT '{}'::jsonb,
  parties               jsonb NOT NULL DEFAULT '[]'::jsonb,
  appendix              jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- What the applicant signed (form data + every attachment's hash) and the verified signature (FILE-6, FILE-10).
  manifest_sha256       text CHECK (manifest_sha256 ~ '^[0-9a-f]{64}$'),
  signature_id          uuid REFERENCES signatures (id),
  -- Duplicates (§37, issue 14 item 9): court + parties + content, hashed by the server.
  content_hash          text,
  received_at           timestamptz,
  receipt_date          date,
  registration_day      date,
  registered_at         timestamptz,
  registered_case_id    uuid REFERENCES court_cases (id),
  refusal_ground        text CHECK (refusal_ground IN ('invalid_signature', 'wrong_court', 'duplicate', 'attachments_missing',
                                                      'unreadable', 'content_mismatch', 'wrong_section')),
  refusal_text          text,
  -- The court office specialist who registered or refused it.
  office_user_id        uuid REFERENCES users (id),
  created_at            timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL,
  CHECK ((principal_kind IS NULL) = (principal_iin_bin IS NULL) AND (principal_kind IS NULL) = (principal_name IS NULL)),
  -- Received and later: numbered, signed and dated.
  CHECK (status IN ('draft', 'withdrawn') OR (number IS NOT NULL AND signature_id IS NOT NULL AND manifest_sha256 IS NOT NULL
         AND received_at IS NOT NULL AND receipt_date IS NOT NULL AND registration_day IS NOT NULL)),
  CHECK (status <> 'registered' OR (registered_case_id IS NOT NULL AND registered_at IS NOT NULL)),
  CHECK (status <> 'refused' OR refusal_ground IS NOT NULL)
);
-- «Менің істерім» / «Мои дела»: newest first, by who filed and for whom.
CREATE INDEX filings_applicant_idx ON filings (applicant_user_id, created_at DESC);
CREATE INDEX filings_applicant_iin_bin_idx ON filings (applicant_iin_bin, created_at DESC);
CREATE INDEX filings_principal_idx ON filings (principal_iin_bin, created_at DESC) WHERE principal_iin_bin IS NOT NULL;
-- The court office's incoming queue (FILE-11): received filings by registration day, then arrival.
CREATE INDEX filings_incoming_idx ON filings (court_id, registration_day, received_at) WHERE status = 'received';
-- Duplicate lookup among registered filings.
CREATE INDEX filings_duplicate_idx ON filings (court_id, content_hash) WHERE status = 'registered';

ALTER TABLE court_cases ADD CONSTRAINT court_cases_filing_fk FOREIGN KEY (filing_id) REFERENCES filings (id);

-- The appendix's documents, in the appendix's order (FILE-5: one file per listed title).
CREATE TABLE filing_attachments (
  filing_id  uuid NOT NULL REFERENCES filings (id) ON DELETE CASCADE,
  position   integer NOT NULL CHECK (position > 0),
  title      text NOT NULL,
  file_id    uuid NOT NULL REFERENCES stored_files (id),
  PRIMARY KEY (filing_id, position)
);

-- §30, §33: a signature that fails the checklist on arrival is not a
-- transition; the filing stays a draft and the attempt is kept with its reasons.
CREATE TABLE filing_attempts (
  id         uuid PRIMARY KEY,
  filing_id  uuid NOT NULL REFERENCES filings (id),
  at         timestamptz NOT NULL,
  outcome    text NOT NULL CHECK (outcome IN ('not_received')),
  reasons    jsonb NOT NULL DEFAULT '[]'::jsonb
);
CREATE INDEX filing_attempts_filing_idx ON filing_attempts (filing_id, at);

-- FILE-4, FILE-8: state duty, through the gateway or a scanned receipt whose
-- unique code the gateway confirms; one code pays one filing once.
CREATE TABLE duty_payments (
  id               uuid PRIMARY KEY,
  filing_id        uuid NOT NULL REFERENCES filings (id),
  method           text NOT NULL CHECK (method IN ('online', 'receipt')),
  payment_id       text UNIQUE,
  receipt_code     text UNIQUE,
  amount_tiyn      bigint NOT NULL CHECK (amount_tiyn > 0),
  status           text NOT NULL CHECK (status IN ('pending', 'paid', 'failed')),
  paid_at          timestamptz,
  receipt_file_id  uuid REFERENCES stored_files (id),
  created_at       timestamptz NOT NULL,
  CHECK (method <> 'receipt' OR receipt_code IS NOT NULL),
  CHECK ((status = 'paid') = (paid_at IS NOT NULL))
);
CREATE INDEX duty_payments_filing_idx ON duty_payments (filing_id, created_at);

-- The judges of a case: a reassignment releases the previous one (history kept).
CREATE TABLE case_judges (
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES court_cases (id),
  user_id      uuid NOT NULL REFERENCES users (id),
  role         text NOT NULL CHECK (role IN ('presiding', 'member')),
  assigned_at  timestamptz NOT NULL,
  -- Why this judge (the distribution proposal's reason, ENF-12 style), in both languages.
  reason_kk    text NOT NULL,
  reason_ru    text NOT NULL,
  released_at  timestamptz
);
CREATE UNIQUE INDEX case_judges_current_idx ON case_judges (case_id, user_id) WHERE released_at IS NULL;
-- A judge's load (open cases; assignments of the last 30 days).
CREATE INDEX case_judges_user_idx ON case_judges (user_id, assigned_at);

CREATE TABLE case_participants (
  id        uuid PRIMARY KEY,
  case_id   uuid NOT NULL REFERENCES court_cases (id),
  category  text NOT NULL CHECK (category IN ('plaintiff', 'defendant', 'third_party', 'applicant', 'interested_person',
                                              'accused', 'suspect', 'victim', 'private_prosecutor', 'civil_plaintiff',
                                              'civil_defendant', 'investigator', 'person_prosecuted',
                                              'representative', 'legal_representative', 'lawyer', 'prosecutor')),
  kind      text NOT NULL CHECK (kind IN ('individual', 'legal_entity')),
  -- Null for a participant known by office only (a prosecutor's office, an investigator).
  iin_bin   text CHECK (iin_bin ~ '^[0-9]{12}$'),
  name      text NOT NULL,
  email     text,
  added_at  timestamptz NOT NULL
);
CREATE INDEX case_participants_case_idx ON case_participants (case_id, added_at);
-- A person's cases by IIN/BIN.
CREATE INDEX case_participants_iin_bin_idx ON case_participants (iin_bin) WHERE iin_bin IS NOT NULL;

-- The course of the case: dated events (local_date in the court's zone).
CREATE TABLE case_events (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES court_cases (id),
  kind           text NOT NULL CHECK (kind IN ('registered', 'judge_assigned', 'accepted', 'hearing_scheduled', 'hearing_held',
                                              'suspended', 'resumed', 'transferred', 'returned', 'decided', 'closed',
                                              'documents_added', 'duty_paid')),
  occurred_at    timestamptz NOT NULL,
  local_date     date NOT NULL,
  details        jsonb NOT NULL DEFAULT '{}'::jsonb,
  actor_user_id  uuid REFERENCES users (id)
);
CREATE INDEX case_events_case_idx ON case_events (case_id, occurred_at);

CREATE TABLE case_documents (
  id         uuid PRIMARY KEY,
  case_id    uuid NOT NULL REFERENCES court_cases (id),
  filing_id  uuid REFERENCES filings (id),
  title      text NOT NULL,
  file_id    uuid NOT NULL REFERENCES stored_files (id),
  kind       text NOT NULL,
  -- Its place in the filing's appendix, so documents added at one instant keep the applicant's order.
  position   integer CHECK (position > 0),
  added_at   timestamptz NOT NULL
);
CREATE INDEX case_documents_case_idx ON case_documents (case_id, added_at);
