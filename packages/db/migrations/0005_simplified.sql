-- SIMP-1, SIMP-2: simplified proceedings on administrative fines from ЕРАП.
-- One row per ЕРАП fine (idempotency key: erap_fine_id). `outcome` keeps the
-- intake answer so a replayed fine is answered with the original outcome.

-- Executive documents may now also come from ЕРАП (the ordinary path of a fine).
ALTER TABLE executive_documents DROP CONSTRAINT IF EXISTS executive_documents_source_check;
ALTER TABLE executive_documents ADD CONSTRAINT executive_documents_source_check CHECK (source IN ('manual', 'court', 'erap'));

CREATE TABLE simplified_cases (
  id                      uuid PRIMARY KEY,
  erap_fine_id            text NOT NULL UNIQUE,
  debtor_iin              text NOT NULL,
  debtor_name             text NOT NULL,
  amount_tiyn             bigint NOT NULL CHECK (amount_tiyn > 0),
  case_opened_on          date NOT NULL,
  territory_kato          text NOT NULL,
  zone                    text,
  status                  text NOT NULL CHECK (status IN ('received', 'initiated', 'terminated', 'cancelled', 'ordinary')),
  version                 integer NOT NULL CHECK (version > 0),
  outcome                 jsonb NOT NULL,
  reasons                 jsonb NOT NULL DEFAULT '[]',
  phone                   text,
  link_token_hash         text UNIQUE,
  initiated_at            timestamptz,
  expires_at              timestamptz,
  last_day                date,
  resolution_document_id  uuid REFERENCES documents (id),
  proceeding_id           uuid REFERENCES proceedings (id),
  payments                jsonb NOT NULL DEFAULT '[]',
  created_at              timestamptz NOT NULL,
  CHECK (status <> 'initiated' OR (link_token_hash IS NOT NULL AND expires_at IS NOT NULL AND resolution_document_id IS NOT NULL)),
  CHECK (status <> 'ordinary' OR proceeding_id IS NOT NULL)
);

CREATE INDEX simplified_cases_status_idx ON simplified_cases (status, created_at);
