-- FILE-3, ISSUE-14 item 2: a session signed in with a legal entity's
-- certificate (OU=BIN…) records the organisation the person acts for, as the
-- verified certificate said at sign-in: its BIN, its name (O=), and whether
-- the certificate carries the first-head role (EKU 1.2.398.3.3.4.1.2.1).
-- A password sign-in leaves them empty: IIN/BIN + password is the person's IIN.
ALTER TABLE sessions ADD COLUMN acting_bin text CHECK (acting_bin ~ '^[0-9]{12}$');
ALTER TABLE sessions ADD COLUMN acting_organisation text;
ALTER TABLE sessions ADD COLUMN acting_first_head boolean NOT NULL DEFAULT false;
ALTER TABLE sessions ADD COLUMN acting_roles text[] NOT NULL DEFAULT '{}';
ALTER TABLE sessions ADD CONSTRAINT sessions_acting_complete CHECK ((acting_bin IS NULL) = (acting_organisation IS NULL));
