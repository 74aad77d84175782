// Set-based seed of the court register for bench:enp (issue 16): cases in
// the demo courts, three participants each, their course, one filed
// document each, and an ЭНП access for the first participant of every case.
// INSERT … SELECT over generate_series on one dedicated connection as the
// superuser of a throwaway cluster (the pattern of seed.ts).
//
// Passwords: every seeded access keeps the SAME scrypt hash (one real
// hashPassword of one password, with the server's parameters) — hashing a
// million passwords would take days at N = 2^17 — but its own lookup key,
// HMAC-SHA256(ENP_LOOKUP_SECRET, iin ‖ 0x00 ‖ password), computed here in
// SQL from sha256() (RFC 2104 with the key's inner and outer pads). The
// IINs of access holders are distinct, so every key finds exactly one row
// and a sign-in verifies that row's hash for real. The bench checks a
// sample of the keys against the server's own enpLookupKey().
import type pg from 'pg';
import { isValidIin } from '../../packages/kz/src/index';
import { debtorIdentifiers } from './identifiers';
import { personNameSql } from './names';

export type EnpSeedOptions = {
  cases: number; chunks: number; now: Date; lookupSecret: string; password: string; passwordHash: string; log: (line: string) => void;
};
export type EnpSeedResult = { seconds: number; participants: number; accesses: number };

const TABLES = ['court_cases', 'case_participants', 'case_events', 'case_documents', 'stored_files', 'enp_accesses'];
const YEARS = 3;
// Participants by form (first = the access holder's category rotates over the three).
const ROLES: Record<string, [string, string, string]> = {
  civil: ['plaintiff', 'defendant', 'representative'],
  criminal: ['accused', 'victim', 'lawyer'],
  administrative: ['person_prosecuted', 'representative', 'prosecutor'],
};
const rnd = (purpose: number, n = 'g.n') => `((hashint8extended(${n}::bigint, ${purpose}) & 2147483647)::float8 / 2147483648)`;
const uuidOf = (purpose: number, n = 'g.n') =>
  `(lpad(to_hex((hashint8extended(${n}::bigint, ${100 + purpose}) & -61441) | 16384), 16, '0')`
  + ` || lpad(to_hex((hashint8extended(${n}::bigint, ${200 + purpose}) & 4611686018427387903) | (-9223372036854775807 - 1)), 16, '0'))::uuid`;
const ID = { kase: 1, participant: 2, event: 5, file: 8, document: 9, access: 10 } as const;

/** The access holders' IINs (distinct, valid) plus a pool the other participants draw from. */
function personIins(count: number): string[] {
  return debtorIdentifiers(Math.ceil(count * 8 / 7) + 1000).filter(isValidIin).slice(0, count);
}

/** RFC 2104 pads of the key (≤ 64 bytes) as hex, for sha256(opad ‖ sha256(ipad ‖ m)) in SQL. */
function hmacPads(secret: string): { ipad: string; opad: string } {
  const key = Buffer.alloc(64);
  const raw = Buffer.from(secret, 'utf8');
  if (raw.length > 64) throw new Error('bench:enp expects a lookup secret of at most 64 bytes');
  raw.copy(key);
  return { ipad: Buffer.from(key.map((b) => b ^ 0x36)).toString('hex'), opad: Buffer.from(key.map((b) => b ^ 0x5c)).toString('hex') };
}

export async function seedEnp(client: pg.Client, options: EnpSeedOptions): Promise<EnpSeedResult> {
  const { cases: total, log } = options;
  const started = performance.now();
  const q = (text: string, params: unknown[] = []) => client.query(text, params);
  const step = async (name: string, run: () => Promise<unknown>) => {
    const t0 = performance.now();
    await run();
    log(`  ${name.padEnd(56)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
  };

  await q(`SET work_mem = '256MB'`);
  await q(`SET maintenance_work_mem = '512MB'`);
  await q('SET synchronous_commit = off');
  // No per-row foreign-key triggers during the load: every reference below is generated consistent.
  await q('SET session_replication_role = replica');
  await q('DROP SCHEMA IF EXISTS bench CASCADE');
  await q('CREATE SCHEMA bench');

  const indexes = await q(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relnamespace = 'public'::regnamespace AND t.relname = ANY($1) AND NOT i.indisunique`, [TABLES]);
  const indexDefs = indexes.rows as { name: string; def: string }[];
  await step(`drop ${indexDefs.length} secondary indexes`, async () => {
    for (const index of indexDefs) await q(`DROP INDEX public.${index.name}`);
  });

  await step(`courts and ${total} IINs`, async () => {
    await q(`CREATE UNLOGGED TABLE bench.courts AS
             SELECT (row_number() OVER (ORDER BY o.id) - 1)::int AS k, o.id, o.time_zone, c.code
               FROM courts c JOIN organisations o ON o.id = c.organisation_id`);
    await q(`CREATE UNLOGGED TABLE bench.iins AS SELECT k::int, iin FROM unnest($1::text[]) WITH ORDINALITY AS t(iin, k)`, [personIins(total)]);
    await q('ALTER TABLE bench.iins ADD PRIMARY KEY (k)');
  });
  const courts = Number(((await q('SELECT count(*) AS n FROM bench.courts')).rows[0] as { n: string }).n);
  if (courts === 0) throw new Error('no courts to seed cases into (SEED_DEMO must be true)');

  const seconds = YEARS * 365.25 * 86400;
  await step(`plan: ${total} cases over ${courts} courts`, () => q(`
    CREATE UNLOGGED TABLE bench.plan AS
    SELECT g.n, ${uuidOf(ID.kase)} AS case_id, c.id AS court_id, c.time_zone, c.code,
           CASE WHEN ${rnd(1)} < 0.7 THEN 'civil' WHEN ${rnd(1)} < 0.9 THEN 'criminal' ELSE 'administrative' END AS form,
           (floor(${rnd(2)} * 3))::int AS rot,
           $1::timestamptz + ((g.n - 1) + ${rnd(3)}) * ${seconds / total} * interval '1 second' AS registered_at
      FROM generate_series(1, ${total}) AS g(n) JOIN bench.courts c ON c.k = g.n % ${courts}`, [new Date(options.now.getTime() - seconds * 1000)]));
  await q('ALTER TABLE bench.plan ADD PRIMARY KEY (n)');

  /** The category of participant `slot` (an SQL expression, 0…2) of case p: the form's three roles, rotated per case. */
  const roles = (slot: string) => `(CASE p.form ${Object.entries(ROLES)
    .map(([f, r]) => `WHEN '${f}' THEN (ARRAY['${r.join("', '")}'])[1 + (p.rot + ${slot}) % 3]`).join(' ')} END)`;
  const pads = hmacPads(options.lookupSecret);
  const chunk = Math.ceil(total / options.chunks);
  for (let lo = 1; lo <= total; lo += chunk) {
    const hi = Math.min(total, lo + chunk - 1);
    const range = [lo, hi];
    await step(`court_cases ${lo}…${hi}`, () => q(`
      INSERT INTO court_cases (id, court_id, number, year, form, instance, category, status, version, registered_on, registered_at,
                               previous_case_id, previous_proceedings, filing_id, changed_at, created_at)
      SELECT p.case_id, p.court_id,
             CASE p.form WHEN 'civil' THEN '2' WHEN 'criminal' THEN '1' ELSE '5' END || '-' || p.code || '-' || p.n || '/'
               || extract(year FROM p.registered_at AT TIME ZONE p.time_zone),
             extract(year FROM p.registered_at AT TIME ZONE p.time_zone)::int, p.form, 'first', p.form || '.general',
             CASE WHEN ${rnd(4, 'p.n')} < 0.6 THEN 'in_progress' WHEN ${rnd(4, 'p.n')} < 0.8 THEN 'decided' ELSE 'closed' END, 3,
             (p.registered_at AT TIME ZONE p.time_zone)::date, p.registered_at, NULL, NULL, NULL, p.registered_at, p.registered_at
        FROM bench.plan p WHERE p.n BETWEEN $1 AND $2 ORDER BY p.n`, range));
    await step(`case_participants (3 a case) ${lo}…${hi}`, () => q(`
      INSERT INTO case_participants (id, case_id, category, kind, iin_bin, name, email, added_at)
      SELECT ${uuidOf(ID.participant, 'p.n * 3 + s.slot')}, p.case_id, ${roles('s.slot')}, 'individual',
             i.iin, ${personNameSql('i.k', `substr(i.iin, 7, 1) IN ('4', '6')`)}, NULL, p.registered_at
        FROM bench.plan p CROSS JOIN generate_series(0, 2) AS s(slot)
             JOIN bench.iins i ON i.k = CASE WHEN s.slot = 0 THEN p.n ELSE 1 + floor(${rnd(5, 'p.n * 3 + s.slot')} * ${total})::int END
       WHERE p.n BETWEEN $1 AND $2`, range));
    await step(`case_events (3 a case) ${lo}…${hi}`, () => q(`
      INSERT INTO case_events (id, case_id, kind, occurred_at, local_date, details, actor_user_id)
      SELECT ${uuidOf(ID.event, 'p.n * 3 + e.slot')}, p.case_id, e.kind, p.registered_at + e.later,
             ((p.registered_at + e.later) AT TIME ZONE p.time_zone)::date, '{}'::jsonb, NULL
        FROM bench.plan p CROSS JOIN (VALUES (0, 'registered', interval '0'), (1, 'judge_assigned', interval '0'),
                                             (2, 'hearing_scheduled', interval '9 days')) AS e(slot, kind, later)
       WHERE p.n BETWEEN $1 AND $2`, range));
    await step(`stored_files + case_documents (1 a case) ${lo}…${hi}`, async () => {
      await q(`
        INSERT INTO stored_files (id, sha256, size_bytes, kind, original_name, storage_key, uploaded_by, created_at)
        SELECT ${uuidOf(ID.file, 'p.n')}, md5(p.n::text) || md5(p.n::text || ':'), 20000 + floor(${rnd(6, 'p.n')} * 400000)::bigint, 'pdf',
               'talap-aryz.pdf', 'bench/' || p.n, NULL, p.registered_at
          FROM bench.plan p WHERE p.n BETWEEN $1 AND $2`, range);
      await q(`
        INSERT INTO case_documents (id, case_id, filing_id, title, file_id, kind, position, added_at)
        SELECT ${uuidOf(ID.document, 'p.n')}, p.case_id, NULL, 'Талап арыз / Исковое заявление', ${uuidOf(ID.file, 'p.n')}, 'claim', 1,
               p.registered_at
          FROM bench.plan p WHERE p.n BETWEEN $1 AND $2`, range);
    });
    await step(`enp_accesses (1 a case, lookup keys in SQL) ${lo}…${hi}`, () => q(`
      INSERT INTO enp_accesses (id, case_id, iin, full_name, category, applied_on, email, represented_bin, represented_name, password_hash,
                                lookup_key, channel, issued_by, issued_at)
      SELECT ${uuidOf(ID.access, 'p.n')}, p.case_id, i.iin, ${personNameSql('i.k', `substr(i.iin, 7, 1) IN ('4', '6')`)},
             ${roles('0')}, (p.registered_at AT TIME ZONE p.time_zone)::date, 'enp' || p.n || '@bench.oryndau.test', NULL, NULL, $3,
             encode(sha256(decode($5, 'hex') || sha256(decode($4, 'hex') || convert_to(i.iin, 'UTF8') || '\\x00'::bytea
                                                        || convert_to($6, 'UTF8'))), 'hex'),
             'office', NULL, p.registered_at + interval '1 day'
        FROM bench.plan p JOIN bench.iins i ON i.k = p.n
       WHERE p.n BETWEEN $1 AND $2`, [...range, options.passwordHash, pads.ipad, pads.opad, options.password.normalize('NFC')]));
  }

  await step(`rebuild ${indexDefs.length} secondary indexes`, async () => {
    for (const index of indexDefs) await q(index.def);
  });
  await q('DROP SCHEMA bench CASCADE');
  await q('RESET session_replication_role');
  await step('VACUUM ANALYZE', async () => {
    for (const table of [...TABLES, 'courts', 'organisations', 'enp_matrix_cells', 'enp_matrix_versions', 'case_archives', 'court_acts',
      'enp_document_blocks', 'enp_sessions']) await q(`VACUUM ANALYZE ${table}`);
  });
  const count = async (table: string) => Number(((await q(`SELECT count(*) AS n FROM ${table}`)).rows[0] as { n: string }).n);
  return { seconds: (performance.now() - started) / 1000, participants: await count('case_participants'), accesses: await count('enp_accesses') };
}
