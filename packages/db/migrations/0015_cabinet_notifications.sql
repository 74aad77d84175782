-- ISSUE-14 item 8, X-4: the cabinet's notification inbox («Хабарламалар» /
-- «Уведомления»). A notice is written in the same transaction as the
-- e-mail queued for the same event (a filing registered or refused), for
-- the user who filed. Its title and text are stored in Kazakh and Russian
-- as the person reads them (never codes: a later change of a reference
-- text does not rewrite what was sent). `read_at` is set once, by its
-- recipient only.
CREATE TABLE cabinet_notifications (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users (id),
  kind        text NOT NULL CHECK (kind IN ('filing_registered', 'filing_refused')),
  title_kk    text NOT NULL CHECK (title_kk <> ''),
  title_ru    text NOT NULL CHECK (title_ru <> ''),
  text_kk     text NOT NULL CHECK (text_kk <> ''),
  text_ru     text NOT NULL CHECK (text_ru <> ''),
  -- What it is about, for the link to the filing's card (and its case).
  filing_id   uuid REFERENCES filings (id),
  case_id     uuid REFERENCES court_cases (id),
  created_at  timestamptz NOT NULL,
  read_at     timestamptz
);
CREATE INDEX cabinet_notifications_user_idx ON cabinet_notifications (user_id, created_at DESC, id DESC);
CREATE INDEX cabinet_notifications_unread_idx ON cabinet_notifications (user_id) WHERE read_at IS NULL;
