-- Issue 15 items 1–2 (courts, part 2): court acts signed by the judges of
-- the case (FILE-14, SIG-5, seed 003 §42–47) and their entry into legal
-- force marked by a second signature (FILE-15, SIG-6, §48–49, §51).
-- Plain SQL valid on PostgreSQL 15 and on PGlite.
--
-- Lock order: … → court_cases → court_acts → court_act_signers → journal (last).

-- An act of a case. Its bytes are a `documents` row (kind 'court.case_act'),
-- immutable once signed by that table's trigger; while the act is a draft a
-- change writes a NEW documents row and moves document_id (version + 1).
-- Once the first judge signed (status 'signing') nothing of it changes but
-- the signing progress and the legal-force fields: a correction is a new act
-- whose corrects_act_id names the signed one (§46).
CREATE TABLE court_acts (
  id                             uuid PRIMARY KEY,
  case_id                        uuid NOT NULL REFERENCES court_cases (id),
  -- COURTS-LAW §8 (ГПК art. 21, УПК art. 7): court_order = судебный приказ / сот бұйрығы, decision = решение / шешім,
  -- ruling = определение / ұйғарым, resolution = постановление / қаулы, sentence = приговор / үкім;
  -- operative_part = the operative part announced at the hearing (§45), hearing_record = протокол судебного заседания.
  kind                           text NOT NULL CHECK (kind IN ('court_order', 'decision', 'ruling', 'resolution', 'sentence',
                                                               'operative_part', 'hearing_record')),
  language                       text NOT NULL CHECK (language IN ('kk', 'ru')),
  title_kk                       text NOT NULL CHECK (title_kk <> ''),
  title_ru                       text NOT NULL CHECK (title_ru <> ''),
  -- 'template' (rendered to PDF from the fields below) or 'upload' (the judge's own PDF).
  source                         text NOT NULL CHECK (source IN ('template', 'upload')),
  -- The template's text fields as the judge wrote them (empty for an upload), so a draft can be edited.
  fields                         jsonb NOT NULL DEFAULT '{}'::jsonb,
  document_id                    uuid NOT NULL REFERENCES documents (id),
  status                         text NOT NULL CHECK (status IN ('draft', 'signing', 'signed')),
  version                        integer NOT NULL DEFAULT 1 CHECK (version > 0),
  -- ГПК art. 243–244, УПК art. 470 p.5 (COURTS-LAW §3): executed at once, no wait for legal force.
  immediate_execution            boolean NOT NULL DEFAULT false,
  corrects_act_id                uuid REFERENCES court_acts (id),
  created_by                     uuid NOT NULL REFERENCES users (id),
  created_at                     timestamptz NOT NULL,
  updated_at                     timestamptz NOT NULL,
  -- When the last current judge of the case signed: the act is complete.
  signed_at                      timestamptz,
  -- When it appeared in the participants' cabinet = their receipt date (§47); the same transaction as signed_at.
  published_at                   timestamptz,
  -- The day it enters into legal force (domain legalForceDate, in the court's zone); null when the law gives none
  -- (e.g. a hearing record) or the act is not complete.
  legal_force_date               date,
  -- The legal-force mark (SIG-6): a second signature over a small mark document of its own kind.
  in_force_at                    timestamptz,
  -- An appeal (filing of service 'appeal' on this case) received before the term ended stops entry into force.
  in_force_blocked_by_filing_id  uuid REFERENCES filings (id),
  legal_force_document_id        uuid REFERENCES documents (id),
  legal_force_signature_id       uuid REFERENCES signatures (id),
  legal_force_signed_by          uuid REFERENCES users (id),
  -- Set when the court's chairman marked it because the judge was absent (§51), with why.
  legal_force_absence_reason     text CHECK (legal_force_absence_reason IS NULL OR legal_force_absence_reason <> ''),
  CHECK (corrects_act_id IS NULL OR corrects_act_id <> id),
  CHECK ((status = 'signed') = (signed_at IS NOT NULL)),
  CHECK ((signed_at IS NULL) = (published_at IS NULL)),
  CHECK (legal_force_date IS NULL OR signed_at IS NOT NULL),
  CHECK (in_force_at IS NULL OR (status = 'signed' AND legal_force_signature_id IS NOT NULL AND legal_force_signed_by IS NOT NULL
         AND legal_force_document_id IS NOT NULL)),
  CHECK (in_force_at IS NULL OR in_force_blocked_by_filing_id IS NULL)
);
CREATE INDEX court_acts_case_idx ON court_acts (case_id, created_at);
CREATE UNIQUE INDEX court_acts_document_idx ON court_acts (document_id);
-- The judges' task list of legal-force marks (queue courts.legalForceMarks): complete, not in force, not blocked.
CREATE INDEX court_acts_legal_force_due_idx ON court_acts (legal_force_date)
  WHERE status = 'signed' AND in_force_at IS NULL AND in_force_blocked_by_filing_id IS NULL AND legal_force_date IS NOT NULL;

-- SIG-5 in the database, not only in code: once a judge signed, the act's content and identity stay as signed.
CREATE FUNCTION court_acts_signed_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'court act % is signed and cannot be deleted', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'draft' AND (NEW.document_id IS DISTINCT FROM OLD.document_id OR NEW.kind IS DISTINCT FROM OLD.kind
      OR NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.fields IS DISTINCT FROM OLD.fields OR NEW.language IS DISTINCT FROM OLD.language
      OR NEW.title_kk IS DISTINCT FROM OLD.title_kk OR NEW.title_ru IS DISTINCT FROM OLD.title_ru
      OR NEW.immediate_execution IS DISTINCT FROM OLD.immediate_execution OR NEW.corrects_act_id IS DISTINCT FROM OLD.corrects_act_id
      OR NEW.status = 'draft') THEN
    RAISE EXCEPTION 'court act % is signed and can no longer be edited', OLD.id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER court_acts_no_edit_after_signing BEFORE UPDATE OR DELETE ON court_acts FOR EACH ROW EXECUTE FUNCTION court_acts_signed_fixed();

-- The signatures of the panel: one row per judge who signed the act (all current judges must).
CREATE TABLE court_act_signers (
  act_id        uuid NOT NULL REFERENCES court_acts (id),
  user_id       uuid NOT NULL REFERENCES users (id),
  signature_id  uuid NOT NULL REFERENCES signatures (id),
  signed_at     timestamptz NOT NULL,
  PRIMARY KEY (act_id, user_id)
);

-- The course of the case gains the events of court acts, writs and the archive (issue 15). The other
-- migrations of issue 15 carry this identical statement, so their order does not matter.
ALTER TABLE case_events DROP CONSTRAINT IF EXISTS case_events_kind_check;
ALTER TABLE case_events ADD CONSTRAINT case_events_kind_check CHECK (kind IN ('registered','judge_assigned','accepted','hearing_scheduled','hearing_held','suspended','resumed','transferred','returned','decided','closed','documents_added','duty_paid','act_signed','act_published','appeal_filed','entered_into_force','writ_issued','writ_sent','writ_registered','writ_status','handed_to_archive','archived'));

-- The cabinet tells participants that an act was published (§47) and that it entered into force.
ALTER TABLE cabinet_notifications DROP CONSTRAINT IF EXISTS cabinet_notifications_kind_check;
ALTER TABLE cabinet_notifications ADD CONSTRAINT cabinet_notifications_kind_check
  CHECK (kind IN ('filing_registered', 'filing_refused', 'act_published', 'act_in_force'));
