-- Issue 15 items 4-5 (FILE-17, SIG-7, seed 003 §59–63): the court's
-- electronic archive. Three working days after the decision enters into
-- force a deadline puts the case in the secretary's «to archive» queue; the
-- secretary prepares the inventory of the case's documents (canonical JSON,
-- a `documents` row of kind 'court.archive_inventory'); the judge signs it
-- and the case is archived. From then on the database itself refuses to
-- change or delete what was archived — the triggers below, not only code.
-- Plain SQL valid on PostgreSQL 15 and on PGlite.
--
-- Lock order (the server's one order): court_cases → case_archives →
-- documents/signatures → journal (last, by the transaction runner).

-- Every event kind of issue 15 (acts, legal force, writ, archive): the other
-- parts' migrations carry the identical statement, so any order of applying
-- them ends with this list. The constraint is 0013's unnamed column CHECK,
-- which PostgreSQL (and PGlite) name `case_events_kind_check`.
ALTER TABLE case_events DROP CONSTRAINT IF EXISTS case_events_kind_check; ALTER TABLE case_events ADD CONSTRAINT case_events_kind_check CHECK (kind IN ('registered','judge_assigned','accepted','hearing_scheduled','hearing_held','suspended','resumed','transferred','returned','decided','closed','documents_added','duty_paid','act_signed','act_published','appeal_filed','entered_into_force','writ_issued','writ_sent','writ_registered','writ_status','handed_to_archive','archived'));

-- A case on its way to the archive, and once archived. One row per case:
-- `due` when the handover deadline fired (the secretary's queue), then
-- `inventory_prepared` while the judge has not yet signed the inventory,
-- then `archived` for good.
CREATE TABLE case_archives (
  case_id                 uuid PRIMARY KEY REFERENCES court_cases (id),
  status                  text NOT NULL CHECK (status IN ('due', 'inventory_prepared', 'archived')),
  version                 integer NOT NULL DEFAULT 1,
  -- The day the decision entered into force and the handover day (3 working days later, court's zone): §62.
  in_force_on             date NOT NULL,
  due_on                  date NOT NULL,
  -- The inventory document awaiting (or bearing) the judge's signature.
  inventory_document_id   uuid REFERENCES documents (id),
  inventory_sha256        text CHECK (inventory_sha256 ~ '^[0-9a-f]{64}$'),
  prepared_by             uuid REFERENCES users (id),
  prepared_at             timestamptz,
  -- The judge's signature that archived the case.
  signature_id            uuid REFERENCES signatures (id),
  archived_at             timestamptz,
  -- Retention by case category (data with its source; null years = permanent), as decided when archived.
  retention_years         integer CHECK (retention_years IS NULL OR retention_years > 0),
  retention_rule          text,
  retention_confirmed     boolean,
  created_at              timestamptz NOT NULL,
  changed_at              timestamptz NOT NULL,
  CHECK (in_force_on <= due_on),
  CHECK (status = 'due' OR (inventory_document_id IS NOT NULL AND inventory_sha256 IS NOT NULL AND prepared_at IS NOT NULL)),
  CHECK ((status = 'archived') = (archived_at IS NOT NULL AND signature_id IS NOT NULL AND retention_rule IS NOT NULL))
);
-- The secretary's «to archive» queue: a court's cases not archived yet, by handover day.
CREATE INDEX case_archives_open_idx ON case_archives (due_on) WHERE status <> 'archived';

-- What the signed inventory lists, one row per entry, written when the case
-- is archived: the rows the protection triggers look up.
CREATE TABLE case_archive_items (
  case_id       uuid NOT NULL REFERENCES case_archives (case_id),
  position      integer NOT NULL CHECK (position > 0),
  source        text NOT NULL,
  title         text NOT NULL,
  sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  file_id       uuid REFERENCES stored_files (id),
  document_id   uuid REFERENCES documents (id),
  PRIMARY KEY (case_id, position),
  CHECK ((file_id IS NULL) <> (document_id IS NULL))
);
CREATE INDEX case_archive_items_file_idx ON case_archive_items (file_id) WHERE file_id IS NOT NULL;
CREATE INDEX case_archive_items_document_idx ON case_archive_items (document_id) WHERE document_id IS NOT NULL;

-- §61 p.1: archived documents are protected from change — refused here,
-- whoever asks (a bug, a script, a direct UPDATE).
CREATE FUNCTION archive_refuse(what text, id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% % belongs to an archived case and can no longer change', what, id USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE FUNCTION archive_protect_stored_file() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM case_archive_items WHERE file_id = OLD.id) THEN
    PERFORM archive_refuse('stored file', OLD.id::text);
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER stored_files_archived BEFORE UPDATE OR DELETE ON stored_files FOR EACH ROW EXECUTE FUNCTION archive_protect_stored_file();

CREATE FUNCTION archive_protect_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM case_archive_items WHERE document_id = OLD.id)
     OR EXISTS (SELECT 1 FROM case_archives WHERE inventory_document_id = OLD.id AND status = 'archived') THEN
    PERFORM archive_refuse('document', OLD.id::text);
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER documents_archived BEFORE UPDATE OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION archive_protect_document();

-- The signatures of archived documents, with their evidence (SIG-7), stay as they are.
CREATE FUNCTION archive_protect_signature() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.document_id ~ '^[0-9a-fA-F-]{36}$' AND (
       EXISTS (SELECT 1 FROM case_archive_items WHERE document_id = OLD.document_id::uuid)
       OR EXISTS (SELECT 1 FROM case_archives WHERE inventory_document_id = OLD.document_id::uuid AND status = 'archived')) THEN
    PERFORM archive_refuse('signature', OLD.id::text);
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER signatures_archived BEFORE UPDATE OR DELETE ON signatures FOR EACH ROW EXECUTE FUNCTION archive_protect_signature();

-- An archived case's documents: none changed, removed or added.
CREATE FUNCTION archive_protect_case_document() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
BEGIN
  IF TG_OP = 'INSERT' THEN target := NEW.case_id; ELSE target := OLD.case_id; END IF;
  IF EXISTS (SELECT 1 FROM case_archives WHERE case_id = target AND status = 'archived')
     OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM case_archives WHERE case_id = NEW.case_id AND status = 'archived')) THEN
    PERFORM archive_refuse('case document of case', target::text);
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER case_documents_archived BEFORE INSERT OR UPDATE OR DELETE ON case_documents FOR EACH ROW EXECUTE FUNCTION archive_protect_case_document();

-- The archive's own rows: an archived case's row and its items are final.
CREATE FUNCTION archive_protect_archive_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'archived' THEN
    PERFORM archive_refuse('archive record of case', OLD.case_id::text);
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER case_archives_final BEFORE UPDATE OR DELETE ON case_archives FOR EACH ROW EXECUTE FUNCTION archive_protect_archive_row();

CREATE FUNCTION archive_protect_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM archive_refuse('inventory entry of case', OLD.case_id::text);
  RETURN NULL;
END;
$$;
CREATE TRIGGER case_archive_items_final BEFORE UPDATE OR DELETE ON case_archive_items FOR EACH ROW EXECUTE FUNCTION archive_protect_item();

-- An archived case is not deleted (its archive row refers to it anyway).
CREATE FUNCTION archive_protect_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM case_archives WHERE case_id = OLD.id AND status = 'archived') THEN
    PERFORM archive_refuse('case', OLD.id::text);
  END IF;
  RETURN OLD;
END;
$$;
CREATE TRIGGER court_cases_archived BEFORE DELETE ON court_cases FOR EACH ROW EXECUTE FUNCTION archive_protect_case();
