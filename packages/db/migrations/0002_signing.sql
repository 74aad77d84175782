-- SIG-3 and ЭЦП sign-in: challenges the server issues before anything is
-- signed. An act's challenge binds the document id and its content hash and
-- lives 5 minutes; a sign-in challenge is a single-use random nonce that
-- lives at most 60 seconds.
CREATE TABLE signing_challenges (
  id             uuid PRIMARY KEY,
  purpose        text NOT NULL CHECK (purpose IN ('act', 'sign_in')),
  user_id        uuid REFERENCES users (id),
  document_type  text,
  document_id    text,
  content_hash   text,
  nonce          text NOT NULL,
  started_at     timestamptz NOT NULL,
  expires_at     timestamptz NOT NULL,
  used_at        timestamptz,
  CHECK (purpose = 'sign_in' OR (user_id IS NOT NULL AND document_id IS NOT NULL AND content_hash IS NOT NULL))
);
CREATE INDEX signing_challenges_document_idx ON signing_challenges (document_type, document_id);

-- SIG-4, SIG-7, checklist item 10: every verified signature with its
-- evidence, so it can be re-proven after the certificate expired.
CREATE TABLE signatures (
  id             uuid PRIMARY KEY,
  challenge_id   uuid REFERENCES signing_challenges (id),
  document_type  text NOT NULL,
  document_id    text NOT NULL,
  content_hash   text NOT NULL,
  signer_iin     text,
  signer_bin     text,
  signer_name    text,
  algorithm      text,
  cms            bytea NOT NULL,
  valid          boolean NOT NULL,
  checked_at     timestamptz NOT NULL,
  evidence       jsonb NOT NULL
);
CREATE INDEX signatures_document_idx ON signatures (document_type, document_id);

-- Documents that get signed (resolutions, court acts, licences …): the bytes
-- are stored once and never replaced (ARCHITECTURE.md: re-rendering never
-- replaces a signed document; SIG-5: a signed act can no longer be edited).
CREATE TABLE documents (
  id            uuid PRIMARY KEY,
  kind          text NOT NULL,
  title_kk      text NOT NULL,
  title_ru      text NOT NULL,
  media_type    text NOT NULL,
  content       bytea NOT NULL,
  content_hash  text NOT NULL,
  created_by    uuid REFERENCES users (id),
  created_at    timestamptz NOT NULL,
  signed_at     timestamptz
);
CREATE FUNCTION documents_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.signed_at IS NOT NULL THEN
    RAISE EXCEPTION 'document % is signed and can no longer change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.content IS DISTINCT FROM OLD.content OR NEW.content_hash IS DISTINCT FROM OLD.content_hash THEN
    RAISE EXCEPTION 'document content is written once' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER documents_no_rewrite BEFORE UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION documents_immutable();
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents FOR EACH ROW EXECUTE FUNCTION documents_immutable();
