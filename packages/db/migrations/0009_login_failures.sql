-- Issue 11 item 8: failed sign-ins are counted per IIN, whether or not an
-- account has that IIN, so the lockout (423) answers alike for every IIN and
-- does not reveal which ones have accounts. users.failed_logins and
-- users.locked_until are no longer read; their current values move here.
CREATE TABLE login_failures (
  iin            text PRIMARY KEY CHECK (iin ~ '^[0-9]{12}$'),
  failed_logins  integer NOT NULL DEFAULT 0,
  locked_until   timestamptz
);

INSERT INTO login_failures (iin, failed_logins, locked_until)
  SELECT iin, failed_logins, locked_until FROM users WHERE failed_logins > 0 OR locked_until IS NOT NULL;
