-- ENF-1/ENF-11: registration numbers of executive documents are unique and
-- sequential per department and year (scheme in docs/enforcement.md). One
-- counter row per (department, year), advanced atomically.
CREATE TABLE registration_counters (
  department_code  bigint NOT NULL,
  year             integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
  last_sequence    integer NOT NULL CHECK (last_sequence > 0),
  PRIMARY KEY (department_code, year)
);
