-- Issue 17: e-licensing of private bailiffs (LIC-1…LIC-8). Plain SQL valid
-- on PostgreSQL 15 and PGlite.
--
-- Lock order: licensing_applications → licences → licensing_counters → journal
-- (a decision locks its application first; a register act locks its licence;
-- the counters are taken last, right before the journal).

-- LIC-1…LIC-5: one application, one status from the transition table in
-- packages/domain/src/licensing/application.ts. `portal`: the applicant
-- drafts, pays, signs (document = their signed manifest); `staff`: the
-- licensor's employee enters it after the ГБД ФЛ lookup (seed 004 §7).
CREATE TABLE licensing_applications (
  id                  uuid PRIMARY KEY,
  number              text UNIQUE,
  service             text NOT NULL CHECK (service IN ('issue', 'reissue', 'duplicate')),
  service_reason      text,
  channel             text NOT NULL CHECK (channel IN ('portal', 'staff')),
  -- The cabinet user who applies (portal), or null for a person entered by staff who has no account.
  applicant_user_id   uuid REFERENCES users (id),
  applicant_iin       text NOT NULL CHECK (applicant_iin ~ '^[0-9]{12}$'),
  full_name           text NOT NULL CHECK (full_name <> ''),
  region_kato         text NOT NULL CHECK (region_kato ~ '^[0-9]{9}$'),
  email               text,
  language            text NOT NULL CHECK (language IN ('kk', 'ru')),
  -- The licence a re-issue or a duplicate is for.
  previous_licence_id uuid,
  status              text NOT NULL CHECK (status IN ('draft', 'paid', 'signed', 'registered', 'under_review', 'returned_for_correction',
                                                       'resubmitted', 'issued', 'refused')),
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL,
  created_by          uuid NOT NULL REFERENCES users (id),
  -- ГБД ФЛ's answer as the reviewer saw it (staff channel: at entry; portal: at registration).
  gbd_person          jsonb,
  document_id         uuid REFERENCES documents (id),
  signature_id        uuid,
  registered_at       timestamptz,
  -- LIC-5: the last working day (licensor's zone) for the decision; set at registration, reset at resubmission.
  deadline            date,
  checklist           jsonb NOT NULL DEFAULT '{}'::jsonb,
  correction_text     text,
  refusal_reasons     text[],
  refusal_text        text,
  decided_at          timestamptz,
  decided_by          uuid REFERENCES users (id),
  -- The number reserved for the licence when its document is drawn up (kept if signing is repeated).
  licence_number      text UNIQUE,
  licence_document_id uuid REFERENCES documents (id),
  licence_id          uuid,
  overdue_flagged_at  timestamptz,
  CHECK ((status IN ('registered', 'under_review', 'returned_for_correction', 'resubmitted', 'issued')) <= (registered_at IS NOT NULL)),
  CHECK ((status = 'refused') = (refusal_reasons IS NOT NULL)),
  CHECK ((status = 'issued') = (licence_id IS NOT NULL))
);
CREATE INDEX licensing_applications_queue_idx ON licensing_applications (status, deadline);
CREATE INDEX licensing_applications_applicant_idx ON licensing_applications (applicant_user_id, created_at DESC);
CREATE INDEX licensing_applications_iin_idx ON licensing_applications (applicant_iin);

-- LIC-2, LIC-3: the documents of an application — an uploaded file, or (staff
-- channel) a paper document marked as presented with its scan.
CREATE TABLE licensing_attachments (
  application_id  uuid NOT NULL REFERENCES licensing_applications (id),
  position        integer NOT NULL CHECK (position > 0),
  document_code   text NOT NULL,
  file_id         uuid NOT NULL REFERENCES stored_files (id),
  paper_presented boolean NOT NULL DEFAULT false,
  added_at        timestamptz NOT NULL,
  PRIMARY KEY (application_id, position)
);

-- LIC-2 (seed 004 §6 process 4, condition 2): the licence fee through the
-- payment gateway; the amount from the MRP of the payment day (rate: data, U).
CREATE TABLE licensing_payments (
  id              uuid PRIMARY KEY,
  application_id  uuid NOT NULL REFERENCES licensing_applications (id),
  gateway_id      text NOT NULL UNIQUE,
  amount_tiyn     bigint NOT NULL CHECK (amount_tiyn > 0),
  rate_mrp        numeric NOT NULL,
  mrp_tenge       integer NOT NULL,
  status          text NOT NULL CHECK (status IN ('pending', 'paid', 'failed')),
  created_at      timestamptz NOT NULL,
  settled_at      timestamptz
);
CREATE INDEX licensing_payments_application_idx ON licensing_payments (application_id);

-- LIC-8: the licence register. One row per licence; a re-issue or duplicate
-- is a new row that `replaces` the old one (status 'replaced').
CREATE TABLE licences (
  id              uuid PRIMARY KEY,
  number          text NOT NULL UNIQUE,
  licensee_iin    text NOT NULL CHECK (licensee_iin ~ '^[0-9]{12}$'),
  licensee_name   text NOT NULL CHECK (licensee_name <> ''),
  region_kato     text NOT NULL CHECK (region_kato ~ '^[0-9]{9}$'),
  issued_on       date NOT NULL,
  status          text NOT NULL CHECK (status IN ('valid', 'suspended', 'terminated', 'replaced')),
  -- The day the current status began (null while valid since issue).
  status_since    date,
  application_id  uuid REFERENCES licensing_applications (id),
  replaces_id     uuid REFERENCES licences (id),
  document_id     uuid REFERENCES documents (id),
  signature_id    uuid,
  version         integer NOT NULL DEFAULT 1,
  CHECK ((status = 'valid') OR status_since IS NOT NULL)
);
CREATE INDEX licences_iin_idx ON licences (licensee_iin);
CREATE INDEX licences_status_idx ON licences (status, region_kato);

-- LIC-8: every register act — issued, reissued, duplicate_issued, suspended,
-- resumed, terminated — with its ground and the officer's signature.
CREATE TABLE licence_register_acts (
  id            uuid PRIMARY KEY,
  licence_id    uuid NOT NULL REFERENCES licences (id),
  act           text NOT NULL CHECK (act IN ('issued', 'reissued', 'duplicate_issued', 'suspended', 'resumed', 'terminated')),
  ground        text,
  ground_text   text,
  effective_on  date NOT NULL,
  status        text NOT NULL CHECK (status IN ('draft', 'signed')),
  document_id   uuid REFERENCES documents (id),
  signature_id  uuid,
  created_at    timestamptz NOT NULL,
  -- Null: taken over from before the register (seed/import), no officer's act exists.
  created_by    uuid REFERENCES users (id),
  signed_at     timestamptz
);
CREATE INDEX licence_register_acts_licence_idx ON licence_register_acts (licence_id, created_at);

-- LIC-8: one central sequence for licence numbers (and one per year for
-- application numbers): a counter row, taken under lock, so a number is never
-- skipped (a rolled-back transaction gives its number back).
CREATE TABLE licensing_counters (
  name  text PRIMARY KEY,
  last  integer NOT NULL
);

-- LIC-6 (appendix 3): two answers on a 3-point scale, once per application.
CREATE TABLE licensing_survey_answers (
  application_id  uuid PRIMARY KEY REFERENCES licensing_applications (id),
  process         smallint NOT NULL CHECK (process BETWEEN 1 AND 3),
  information     smallint NOT NULL CHECK (information BETWEEN 1 AND 3),
  answered_at     timestamptz NOT NULL
);

-- Enforcement (ENF-12) reads the register: a private bailiff's licence in the register by their IIN.
-- Existing private bailiffs keep their profile's licence until the register has one for them (seed adds it).
