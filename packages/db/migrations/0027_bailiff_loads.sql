-- Issue 18 item 4 (ENF-12): a bailiff's load is a counter, not a count.
-- Every automatic distribution used to count all open proceedings and all
-- recent decisions of the region's bailiffs, so expiry at 100,000 fines slowed
-- from 64/s to 18/s as the tables grew. The counters below are moved in the
-- same transaction as the change that moves a load (bailiff-loads-repository.ts):
--   * bailiff_loads.open_proceedings — proceedings with the bailiff whose status
--     counts as load (registered, initiated, suspended; domain `LOAD_STATUSES`);
--     moved by a distribution or reassignment (proceedings.bailiff_id) and by
--     a status change into or out of those statuses;
--   * bailiff_assignment_days — decisions that chose the bailiff, per calendar
--     day at +05 (Kazakhstan's one offset since 1 March 2024): the recent
--     window is the sum over its seven days, never a scan of the decisions.
-- A distribution reads the region's rows (a few per bailiff), O(bailiffs).
-- Rows are backfilled here from the existing data, so a migrated database is
-- correct from the first distribution; checkBailiffLoads recounts and compares.
CREATE TABLE bailiff_loads (
  bailiff_id        uuid PRIMARY KEY REFERENCES users (id),
  open_proceedings  integer NOT NULL DEFAULT 0
);

INSERT INTO bailiff_loads (bailiff_id, open_proceedings)
SELECT bailiff_id, count(*)::integer FROM proceedings
 WHERE bailiff_id IS NOT NULL AND status IN ('registered', 'initiated', 'suspended')
 GROUP BY bailiff_id;

CREATE TABLE bailiff_assignment_days (
  bailiff_id   uuid NOT NULL REFERENCES users (id),
  day          date NOT NULL,
  assignments  integer NOT NULL DEFAULT 0,
  PRIMARY KEY (bailiff_id, day)
);

INSERT INTO bailiff_assignment_days (bailiff_id, day, assignments)
SELECT bailiff_id, ((decided_at AT TIME ZONE 'UTC') + interval '5 hours')::date, count(*)::integer FROM distribution_decisions
 WHERE bailiff_id IS NOT NULL
 GROUP BY 1, 2;
