-- Foundation schema: organisations, users and roles, sessions, the
-- hash-chained journal, durable deadlines, the outbox, the working-day
-- calendar. Plain SQL valid on PostgreSQL 15 and on PGlite.

CREATE TABLE organisations (
  id          text PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('court', 'enforcement_department', 'chamber_of_private_bailiffs',
                                            'private_bailiff_office', 'licensor', 'system')),
  name_kk     text NOT NULL,
  name_ru     text NOT NULL,
  bin         text CHECK (bin ~ '^[0-9]{12}$'),
  region_id   text NOT NULL,
  time_zone   text NOT NULL,
  parent_id   text REFERENCES organisations (id),
  created_at  timestamptz NOT NULL
);

CREATE TABLE users (
  id               uuid PRIMARY KEY,
  iin              text NOT NULL UNIQUE CHECK (iin ~ '^[0-9]{12}$'),
  full_name        text NOT NULL,
  email            text,
  phone            text,
  organisation_id  text REFERENCES organisations (id),
  locale           text NOT NULL DEFAULT 'kk' CHECK (locale IN ('kk', 'ru')),
  password_hash    text,
  failed_logins    integer NOT NULL DEFAULT 0,
  locked_until     timestamptz,
  disabled         boolean NOT NULL DEFAULT false,
  created_at       timestamptz NOT NULL,
  version          integer NOT NULL DEFAULT 1
);

CREATE TABLE user_roles (
  user_id  uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role     text NOT NULL CHECK (role IN ('state_bailiff', 'private_bailiff', 'senior_bailiff', 'court_office',
                                         'judge', 'court_secretary', 'court_chairman', 'licensing_officer',
                                         'citizen', 'admin')),
  PRIMARY KEY (user_id, role)
);

-- Server-side sessions: the cookie carries a random token, the table keeps
-- only its SHA-256, so a leaked table does not leak live sessions.
CREATE TABLE sessions (
  token_hash    text PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL,
  ip            text,
  user_agent    text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- X-2, ENP-11: the journal. Every row carries the hash of the previous one;
-- journal_head holds the chain's tip and is locked FOR UPDATE by each
-- appending transaction, so the chain has exactly one order.
CREATE TABLE journal (
  seq          bigint PRIMARY KEY,
  at           timestamptz NOT NULL,
  actor_id     uuid,
  actor_iin    text,
  actor_role   text,
  action       text NOT NULL,
  object_type  text NOT NULL,
  object_id    text,
  request_id   text,
  details      jsonb NOT NULL,
  prev_hash    text NOT NULL,
  hash         text NOT NULL
);
CREATE INDEX journal_at_idx ON journal (at);
CREATE INDEX journal_object_idx ON journal (object_type, object_id);
CREATE INDEX journal_actor_idx ON journal (actor_iin);
CREATE INDEX journal_action_idx ON journal (action);

CREATE TABLE journal_head (
  id    integer PRIMARY KEY CHECK (id = 1),
  seq   bigint NOT NULL,
  hash  text NOT NULL
);
INSERT INTO journal_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

-- Append-only: the application role can insert, never rewrite or remove.
-- (Tampering by someone able to disable triggers is what `journal verify`
-- catches.)
CREATE FUNCTION journal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'journal is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER journal_no_update BEFORE UPDATE OR DELETE ON journal
  FOR EACH ROW EXECUTE FUNCTION journal_append_only();
CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON journal
  FOR EACH STATEMENT EXECUTE FUNCTION journal_append_only();

-- Durable deadlines: a row per deadline, claimed with FOR UPDATE SKIP LOCKED.
CREATE TABLE deadlines (
  id            uuid PRIMARY KEY,
  kind          text NOT NULL,
  subject_type  text NOT NULL,
  subject_id    text NOT NULL,
  due_at        timestamptz NOT NULL,
  payload       jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at    timestamptz NOT NULL,
  fired_at      timestamptz,
  cancelled_at  timestamptz,
  locked_until  timestamptz,
  attempts      integer NOT NULL DEFAULT 0,
  last_error    text
);
CREATE INDEX deadlines_due_idx ON deadlines (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;

-- The outbox: messages to the outside world, written in the transaction of
-- the change that causes them, delivered by the worker after commit.
CREATE TABLE outbox (
  id               uuid PRIMARY KEY,
  channel          text NOT NULL,
  recipient        text NOT NULL,
  subject          text,
  body             text NOT NULL,
  payload          jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at       timestamptz NOT NULL,
  next_attempt_at  timestamptz NOT NULL,
  locked_until     timestamptz,
  attempts         integer NOT NULL DEFAULT 0,
  max_attempts     integer NOT NULL DEFAULT 8,
  sent_at          timestamptz,
  failed_at        timestamptz,
  external_id      text,
  last_error       text
);
CREATE INDEX outbox_pending_idx ON outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;

-- The working-day calendar as data (DOMAIN.md): exceptions to the Mon–Fri
-- week. Seeded from packages/kz, amended by an administrator.
CREATE TABLE calendar_days (
  day         date PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('holiday', 'working_day')),
  name_kk     text,
  name_ru     text,
  updated_by  uuid REFERENCES users (id),
  updated_at  timestamptz NOT NULL
);
