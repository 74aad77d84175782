-- Issue 16 items 5 and 7 (ЭНП): online applications for a password
-- (ENP-7, ENP-9) and e-mail notifications (ENP-8). Plain SQL valid on
-- PostgreSQL 15 and PGlite.
--
-- Lock order: enp_applications → court_cases → enp_accesses → journal
-- (an approval locks its application first; nothing else locks applications).

-- ENP-7: a person signed in to the cabinet applies for a password to a case
-- of a court. The application is their signed document (documents.kind =
-- 'enp.application'): the checklist binds the signer's IIN to the session's,
-- which is applicant_iin. Registered (number, submitted) once signed; a
-- court's staff approve (an online enp_accesses row) or refuse with a reason.
CREATE TABLE enp_applications (
  id                 uuid PRIMARY KEY,
  number             text UNIQUE,
  court_id           text NOT NULL REFERENCES courts (organisation_id),
  case_number        text NOT NULL CHECK (case_number <> ''),
  -- The case the number names in that court when it was submitted (null: no such case; staff refuse).
  case_id            uuid REFERENCES court_cases (id),
  applicant_user_id  uuid NOT NULL REFERENCES users (id),
  applicant_iin      text NOT NULL CHECK (applicant_iin ~ '^[0-9]{12}$'),
  full_name          text NOT NULL CHECK (full_name <> ''),
  category           text NOT NULL CHECK (category IN ('plaintiff', 'defendant', 'third_party', 'applicant', 'interested_person', 'accused', 'suspect', 'victim', 'private_prosecutor', 'civil_plaintiff', 'civil_defendant', 'investigator', 'person_prosecuted', 'representative', 'legal_representative', 'lawyer', 'prosecutor')),
  email              text NOT NULL CHECK (email <> ''),
  language           text NOT NULL CHECK (language IN ('kk', 'ru')),
  status             text NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'refused')),
  document_id        uuid REFERENCES documents (id),
  signature_id       uuid,
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL,
  submitted_at       timestamptz,
  decided_at         timestamptz,
  decided_by         uuid REFERENCES users (id),
  refusal_reason     text,
  refusal_text       text,
  access_id          uuid REFERENCES enp_accesses (id),
  CHECK ((status IN ('draft')) = (submitted_at IS NULL)),
  CHECK ((status IN ('approved', 'refused')) = (decided_at IS NOT NULL)),
  CHECK ((status = 'refused') = (refusal_reason IS NOT NULL)),
  CHECK ((status = 'approved') = (access_id IS NOT NULL))
);
CREATE INDEX enp_applications_queue_idx ON enp_applications (court_id, status, submitted_at);
CREATE INDEX enp_applications_applicant_idx ON enp_applications (applicant_user_id, created_at DESC);

-- Numbers per court and year: ЭНП-<year>-<n>.
CREATE TABLE enp_application_counters (
  court_id  text NOT NULL REFERENCES courts (organisation_id),
  year      integer NOT NULL,
  last      integer NOT NULL,
  PRIMARY KEY (court_id, year)
);

-- ENP-7: documents attached to an application (a power of attorney …), PDF or JPEG.
CREATE TABLE enp_application_files (
  application_id  uuid NOT NULL REFERENCES enp_applications (id),
  position        integer NOT NULL CHECK (position > 0),
  file_id         uuid NOT NULL REFERENCES stored_files (id),
  PRIMARY KEY (application_id, position)
);

-- ENP-8: what happened in a case, recorded in the transaction that made it
-- happen (an act published, a document added, the course moved); the
-- worker turns each into e-mails to the participants who may see it and
-- want it (through the outbox), then marks it dispatched.
CREATE TABLE enp_case_changes (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES court_cases (id),
  kind           text NOT NULL CHECK (kind IN ('act', 'document', 'course')),
  -- The portal's document id (act:…, doc:…) or the course event's kind.
  subject        text NOT NULL,
  occurred_at    timestamptz NOT NULL,
  dispatched_at  timestamptz
);
CREATE INDEX enp_case_changes_pending_idx ON enp_case_changes (occurred_at) WHERE dispatched_at IS NULL;

-- ENP-8: a participant's (IIN's) choice per case of which e-mails they want. No row = all.
CREATE TABLE enp_notification_preferences (
  case_id     uuid NOT NULL REFERENCES court_cases (id),
  iin         text NOT NULL CHECK (iin ~ '^[0-9]{12}$'),
  acts        boolean NOT NULL,
  documents   boolean NOT NULL,
  course      boolean NOT NULL,
  changed_at  timestamptz NOT NULL,
  PRIMARY KEY (case_id, iin)
);

-- ENP-8: the one-click unsubscribe link of an e-mail: a random token, only its SHA-256 here.
CREATE TABLE enp_unsubscribe_tokens (
  token_hash  text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  case_id     uuid NOT NULL REFERENCES court_cases (id),
  iin         text NOT NULL CHECK (iin ~ '^[0-9]{12}$'),
  created_at  timestamptz NOT NULL,
  used_at     timestamptz
);
