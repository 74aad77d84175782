-- Issue 11 item 11: the CRL download job. One row per configured CRL source
-- (TRUST_CRL_URLS): the last good list (kept when a download fails), when
-- to fetch again (before nextUpdate; with backoff after failures), and a
-- short lease so only one of several server processes downloads at a time.
CREATE TABLE crl_sources (
  source          text PRIMARY KEY,
  issuer          text,
  crl             bytea,
  crl_number      text,
  this_update     timestamptz,
  next_update     timestamptz,
  last_success_at timestamptz,
  last_attempt_at timestamptz,
  last_error      text,
  failures        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  locked_until    timestamptz
);
