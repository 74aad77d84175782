// Set-based seed of the enforcement register for the benchmark: bailiffs,
// executive documents, proceedings, parties and open tasks, generated with
// INSERT … SELECT over generate_series in a few big statements. Runs on one
// dedicated connection as the cluster's superuser (throwaway cluster only).
//
// Every generated value is a function of the proceeding's number n (hashes
// of n stand in for random numbers and uuids), so the statements need not
// share a wide staging table and the data set is the same on every run.
// Proceedings are numbered in registration order, so the table's physical
// order follows time, as it does in a register filled day by day.
import type pg from 'pg';
import { identifierKindOf, isValidBin, isValidIin } from '../../packages/kz/src/index';
import { parseRegistrationNumber } from '../../packages/domain/src/index';
import { rebuildBailiffLoads } from '../../packages/db/src/index';
import { bailiffIins, debtorIdentifiers, luhnPrefixShare, luhnSequenceShares, MAX_SEEDED_SEQUENCE, organisationBins } from './identifiers';
import { addressSql, claimantOrgNameSql, companyNameSql, personNameSql } from './names';

export type SeedOptions = {
  proceedings: number;
  bailiffs: number;
  /** Distinct debtors the proceedings draw from (some debtors get several). */
  debtorPool: number;
  /** About this many initiated proceedings of the demo private bailiff 880415400004, and of her other ones. */
  demoInitiated: number;
  demoOther: number;
  chunks: number;
  /** The seed's "now": registrations spread over the 3 years before it. */
  now: Date;
  log: (line: string) => void;
};

export type SeedResult = { seconds: number; steps: { step: string; seconds: number }[]; demoBailiffId: string };

export const DEMO_PRIVATE_BAILIFF_IIN = '880415400004';
const ZONE = 'Asia/Almaty';
const YEARS = 3;
const CLAIMANT_ORGS = 300;
const STATE_OFFICES = 100;
const HEAVY_WEIGHT = 14;
const MEDIUM_WEIGHT = 2;

// Where the generated bailiffs work: 20 slots, so a region's share is its count × 5 %.
const BAILIFF_REGIONS = [
  ...Array<string>(6).fill('310000000'), // Zhambyl 30 %
  ...Array<string>(4).fill('750000000'), // Almaty 20 %
  ...Array<string>(3).fill('710000000'), // Astana 15 %
  ...Array<string>(3).fill('790000000'), // Shymkent 15 %
  ...Array<string>(2).fill('350000000'), // Karaganda 10 %
  ...Array<string>(2).fill('610000000'), // Turkistan 10 %
];

// Status shares (cumulative): registered 15 %, initiated 55 %, suspended 10 %, ended 15 %, refused 3 %, transferred 2 %.
const STATUS_SHARES: [string, number][] = [
  ['registered', 0.15], ['initiated', 0.7], ['suspended', 0.8], ['ended', 0.95], ['refused', 0.98], ['transferred', 1],
];
const CATEGORIES: [string, number, string][] = [
  // code, cumulative share, claim essence
  ['state_collection', 0.2, 'Бюджетке салықтар мен төлемдерді өндіріп алу'],
  ['criminal_sentence', 0.25, 'Қылмыстық іс бойынша үкім: зиянды өтеу'],
  ['alimony', 0.4, 'Кәмелетке толмаған балаларды асырауға алимент өндіріп алу'],
  ['citizens', 0.65, 'Азаматтың пайдасына берешекті өндіріп алу'],
  ['legal_entities', 0.9, 'Несие шарты бойынша берешекті өндіріп алу'],
  ['administrative_fine', 1, 'Әкімшілік айыппұлды өндіріп алу'],
];
const REFUSAL_GROUNDS = ['refusal.no_application', 'refusal.wrong_territory', 'refusal.term_missed', 'refusal.defective_document',
  'refusal.already_terminated', 'refusal.not_in_force', 'refusal.advance_unpaid'];
const SUSPENSION_GROUNDS = ['suspension.debtor_death', 'suspension.reorganisation', 'suspension.bankruptcy', 'suspension.court_challenge',
  'suspension.clarification_or_deferral', 'suspension.debtor_in_hospital', 'suspension.debtor_on_duty_trip', 'suspension.complaint_against_bailiff'];
const TERMINATION_GROUNDS = ['termination.claimant_waiver', 'termination.settlement', 'termination.death_no_succession', 'termination.liquidation',
  'termination.act_cancelled'];
const RETURN_GROUNDS = ['return.claimant_request', 'return.no_property', 'return.debtor_not_found', 'return.claimant_obstructs'];

// Independent uniform numbers in [0, 1) per proceeding: one hash seed per purpose.
const R = { slot: 1, status: 2, time: 3, debtor: 4, category: 5, amount: 6, claimant: 7, demo: 8, source: 9, due: 10, detail: 11 } as const;
const rnd = (purpose: number, n = 'p.n') => `((hashint8extended(${n}::bigint, ${purpose}) & 2147483647)::float8 / 2147483648)`;
/** A version-4-shaped uuid from two 64-bit hashes of n. */
const uuidOf = (purpose: number, n = 'p.n') =>
  `(lpad(to_hex((hashint8extended(${n}::bigint, ${100 + purpose}) & -61441) | 16384), 16, '0')`
  + ` || lpad(to_hex((hashint8extended(${n}::bigint, ${200 + purpose}) & 4611686018427387903) | (-9223372036854775807 - 1)), 16, '0'))::uuid`;
const ID = { proceeding: 1, document: 2, debtorParty: 3, claimantParty: 4 } as const;

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const textArray = (values: readonly string[]) => `ARRAY[${values.map(quote).join(', ')}]`;
/** One of `values`, chosen by a number in [0, 1). */
const pickBy = (values: readonly string[], random: string) => `(${textArray(values)})[1 + floor((${random}) * ${values.length})::int]`;
const isoInstant = (ts: string) => `to_char((${ts}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const byShare = (shares: [string, number, ...unknown[]][], random: string) =>
  `CASE ${shares.map(([code, share]) => `WHEN ${random} < ${share} THEN ${quote(code)}`).join(' ')} END`;

const TABLES = ['executive_documents', 'proceedings', 'proceeding_parties', 'proceeding_tasks'];

export async function seedEnforcement(client: pg.Client, options: SeedOptions): Promise<SeedResult> {
  const { proceedings: total, log } = options;
  const steps: { step: string; seconds: number }[] = [];
  const started = performance.now();
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await run();
    const seconds = (performance.now() - t0) / 1000;
    steps.push({ step: name, seconds });
    log(`  ${name.padEnd(56)} ${seconds.toFixed(1).padStart(6)} s`);
    return result;
  };
  const q = (text: string, params: unknown[] = []) => client.query(text, params);

  // A bulk load on a throwaway cluster: plenty of sort memory, no per-row
  // foreign-key triggers (every reference below is generated consistent;
  // `verify` checks them at the end).
  await q(`SET work_mem = '256MB'`);
  await q(`SET maintenance_work_mem = '512MB'`);
  await q('SET synchronous_commit = off');
  await q('SET session_replication_role = replica');
  await q('DROP SCHEMA IF EXISTS bench CASCADE');
  await q('CREATE SCHEMA bench');

  const demo = await q(`SELECT b.user_id AS id, b.region_kato AS region FROM bailiff_profiles b JOIN users u ON u.id = b.user_id WHERE u.iin = $1`,
    [DEMO_PRIVATE_BAILIFF_IIN]);
  const demoRow = demo.rows[0] as { id: string; region: string } | undefined;
  if (!demoRow) throw new Error(`demo private bailiff ${DEMO_PRIVATE_BAILIFF_IIN} not found (SEED_DEMO must be true)`);

  // Non-unique indexes are dropped during the load and rebuilt from their
  // own catalogue definitions afterwards (a bulk build beats millions of
  // random insertions); primary and unique keys stay.
  const indexes = await q(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relnamespace = 'public'::regnamespace AND t.relname = ANY($1) AND NOT i.indisunique`, [TABLES]);
  const indexDefs = indexes.rows as { name: string; def: string }[];
  await step(`drop ${indexDefs.length} secondary indexes`, async () => {
    for (const index of indexDefs) await q(`DROP INDEX public.${index.name}`);
  });

  await step(`bailiffs: ${options.bailiffs} users, roles, profiles`, async () => {
    await q(`CREATE UNLOGGED TABLE bench.bailiffs (k int PRIMARY KEY, id uuid NOT NULL, iin text NOT NULL, kind text NOT NULL,
              region text NOT NULL, weight int NOT NULL, generated boolean NOT NULL)`);
    // The demo bailiffs (the private one gets her proceedings by a share of n, weight 0).
    await q(`INSERT INTO bench.bailiffs (k, id, iin, kind, region, weight, generated)
             SELECT -row_number() OVER (ORDER BY u.iin), b.user_id, u.iin, b.kind, b.region_kato,
                    CASE WHEN u.iin = $1 THEN 0 ELSE 1 END, false
               FROM bailiff_profiles b JOIN users u ON u.id = b.user_id`, [DEMO_PRIVATE_BAILIFF_IIN]);
    // 80 % private; 2 % heavy (weight 14 ≈ 5,000 proceedings at 1M), 18 % medium, the rest light.
    await q(`
      INSERT INTO bench.bailiffs (k, id, iin, kind, region, weight, generated)
      SELECT k, gen_random_uuid(), iin, CASE WHEN k % 5 = 0 THEN 'state' ELSE 'private' END,
             (${textArray(BAILIFF_REGIONS)})[1 + k % ${BAILIFF_REGIONS.length}],
             CASE WHEN k % 50 = 1 THEN ${HEAVY_WEIGHT} WHEN k % 50 BETWEEN 2 AND 10 THEN ${MEDIUM_WEIGHT} ELSE 1 END, true
        FROM unnest($1::text[]) WITH ORDINALITY AS t(iin, k)`, [bailiffIins(options.bailiffs)]);
    await q(`
      INSERT INTO users (id, iin, full_name, email, phone, organisation_id, locale, password_hash, created_at)
      SELECT id, iin, ${personNameSql('k', `substr(iin, 7, 1) = '4'`)}, 'bailiff' || k || '@bench.oryndau.test', NULL,
             CASE WHEN region = '310000000' AND kind = 'private' THEN 'chamber-zhambyl'
                  WHEN region = '310000000' THEN 'doj-zhambyl' WHEN region = '710000000' AND kind = 'state' THEN 'doj-astana' END,
             CASE WHEN k % 3 = 0 THEN 'ru' ELSE 'kk' END, NULL, $1::timestamptz - interval '5 years'
        FROM bench.bailiffs WHERE generated`, [options.now]);
    await q(`INSERT INTO user_roles (user_id, role)
             SELECT id, CASE kind WHEN 'private' THEN 'private_bailiff' ELSE 'state_bailiff' END FROM bench.bailiffs WHERE generated`);
    await q(`
      INSERT INTO bailiff_profiles (user_id, kind, department_code, region_kato, licence_number, licence_valid_from, licence_valid_until, active)
      SELECT id, kind, region, region, CASE WHEN kind = 'private' THEN 'ЧСИ-' || lpad(k::text, 5, '0') END,
             CASE WHEN kind = 'private' THEN date '2015-01-01' + k END, CASE WHEN kind = 'private' THEN date '2030-01-01' + k END, true
        FROM bench.bailiffs WHERE generated`);
    // Load skew: one slot per unit of weight; a proceeding picks a slot uniformly.
    await q(`CREATE UNLOGGED TABLE bench.slots AS
             SELECT (row_number() OVER (ORDER BY b.k, s) - 1)::int AS slot, b.id AS bailiff_id, b.region
               FROM bench.bailiffs b CROSS JOIN LATERAL generate_series(1, b.weight) s`);
    await q('ALTER TABLE bench.slots ADD PRIMARY KEY (slot)');
  });
  const slotCount = Number(((await q('SELECT count(*) AS n FROM bench.slots')).rows[0] as { n: string }).n);

  await step(`debtor pool: ${options.debtorPool} IINs/BINs, ${CLAIMANT_ORGS} claimant organisations`, async () => {
    await q(`
      CREATE UNLOGGED TABLE bench.debtors AS
      SELECT k::int, CASE WHEN substr(iin, 5, 1) >= '4' THEN 'legal_entity' ELSE 'individual' END AS kind, iin,
             CASE WHEN substr(iin, 5, 1) >= '4' THEN ${companyNameSql('k')} ELSE ${personNameSql('k', `substr(iin, 7, 1) IN ('4', '6')`)} END AS name,
             ${addressSql('k')} AS address
        FROM unnest($1::text[]) WITH ORDINALITY AS t(iin, k)`, [debtorIdentifiers(options.debtorPool)]);
    await q('ALTER TABLE bench.debtors ADD PRIMARY KEY (k)');
    await q(`
      CREATE UNLOGGED TABLE bench.claimant_orgs AS
      SELECT k::int, bin, ${claimantOrgNameSql('k', STATE_OFFICES)} AS name FROM unnest($1::text[]) WITH ORDINALITY AS t(bin, k)`,
    [organisationBins(CLAIMANT_ORGS)]);
    await q('ALTER TABLE bench.claimant_orgs ADD PRIMARY KEY (k)');
  });

  // Registration numbers: each department-year counts 1, 2, 3 … in registration order.
  const regions = ((await q('SELECT DISTINCT region FROM bench.bailiffs')).rows as { region: string }[]).map((r) => r.region);
  const lastYear = options.now.getUTCFullYear() + 1;
  const prefixes = regions.flatMap((region) => Array.from({ length: YEARS + 3 }, (_, i) => ({ region, year: lastYear - i })));
  const shares = luhnSequenceShares();
  const demoShare = (options.demoInitiated + options.demoOther) / total;
  const demoInitiatedShare = options.demoInitiated / total;
  const seconds = YEARS * 365.25 * 86400;
  const category = byShare(CATEGORIES, rnd(R.category, 'g.n'));
  await step(`plan: ${total} proceedings (bailiff, status, time, number)`, async () => {
    await q(`CREATE UNLOGGED TABLE bench.luhn_prefix AS SELECT * FROM unnest($1::text[], $2::int[], $3::int[]) AS t(region, year, share)`,
      [prefixes.map((p) => p.region), prefixes.map((p) => p.year), prefixes.map((p) => luhnPrefixShare(p.region, p.year))]);
    await q(`
      CREATE UNLOGGED TABLE bench.plan AS
      SELECT x.n, x.bailiff_id, x.region, x.status, x.category, x.registered_at, x.reg_year, x.seq, x.debtor_k, x.claimant_kind, x.claimant_k,
             x.region || '-' || x.reg_year || '-' || lpad(x.seq::text, 6, '0') || '-'
               || (10 - (lp.share + ($4::int[])[x.seq / 1000 + 1] + ($5::int[])[x.seq % 1000 + 1]) % 10) % 10 AS registration_number
        FROM (SELECT y.*, row_number() OVER (PARTITION BY y.region, y.reg_year ORDER BY y.n)::int AS seq
                FROM (SELECT z.*, extract(year FROM z.registered_at AT TIME ZONE '${ZONE}')::int AS reg_year
                        FROM (SELECT g.n,
                                     CASE WHEN g.u < ${demoShare} THEN $1::uuid ELSE s.bailiff_id END AS bailiff_id,
                                     CASE WHEN g.u < ${demoShare} THEN $2::text ELSE s.region END AS region,
                                     CASE WHEN g.u < ${demoInitiatedShare} THEN 'initiated' ELSE ${byShare(STATUS_SHARES, rnd(R.status, 'g.n'))} END AS status,
                                     ${category} AS category,
                                     $3::timestamptz + ((g.n - 1) + ${rnd(R.time, 'g.n')}) * ${seconds / total} * interval '1 second' AS registered_at,
                                     1 + floor(${rnd(R.debtor, 'g.n')} * ${options.debtorPool})::int AS debtor_k,
                                     CASE WHEN ${category} IN ('state_collection', 'administrative_fine', 'legal_entities') THEN 'org'
                                          WHEN ${category} = 'criminal_sentence' AND ${rnd(R.claimant, 'g.n')} < 0.5 THEN NULL
                                          ELSE 'person' END AS claimant_kind,
                                     CASE WHEN ${category} IN ('state_collection', 'administrative_fine')
                                            THEN 1 + floor(${rnd(R.claimant, 'g.n')} * ${STATE_OFFICES})::int
                                          WHEN ${category} = 'legal_entities'
                                            THEN ${STATE_OFFICES + 1} + floor(${rnd(R.claimant, 'g.n')} ^ 3 * ${CLAIMANT_ORGS - STATE_OFFICES})::int
                                          ELSE 1 + (floor(${rnd(R.debtor, 'g.n')} * ${options.debtorPool})::int + ${Math.floor(options.debtorPool / 2)})
                                                   % ${options.debtorPool} END AS claimant_k
                                FROM (SELECT n, ${rnd(R.demo, 'n')} AS u, floor(${rnd(R.slot, 'n')} * ${slotCount})::int AS slot
                                        FROM generate_series(1, ${total}::bigint) n) g
                                JOIN bench.slots s ON s.slot = g.slot) z) y) x
        JOIN bench.luhn_prefix lp ON lp.region = x.region AND lp.year = x.reg_year
       ORDER BY x.n`,
    [demoRow.id, demoRow.region, new Date(options.now.getTime() - seconds * 1000), shares.high, shares.low]);
    await q('ALTER TABLE bench.plan ADD PRIMARY KEY (n)');
    const check = (await q('SELECT count(*) AS n, max(seq) AS seq FROM bench.plan')).rows[0] as { n: string; seq: number };
    if (Number(check.n) !== total) throw new Error(`plan has ${check.n} rows, expected ${total} (a department-year without a Luhn prefix?)`);
    if (check.seq > MAX_SEEDED_SEQUENCE) throw new Error(`sequence ${check.seq} needs more than 6 digits; the seed's Luhn tables stop at 999999`);
  });

  const chunkSize = Math.ceil(total / options.chunks);
  const chunks = Array.from({ length: options.chunks }, (_, i) => [i * chunkSize + 1, Math.min(total, (i + 1) * chunkSize)] as const)
    .filter(([lo, hi]) => lo <= hi);
  const court = `${rnd(R.source)} < 0.65`;
  const detail = rnd(R.detail);
  const due = rnd(R.due);
  for (const [lo, hi] of chunks) {
    await step(`executive_documents ${lo}…${hi}`, () => q(`
      INSERT INTO executive_documents (id, source, dedupe_key, external_id, court_id, registration_number, registration_date, department_code,
        arrival_order, claim_essence, issue_date, issuing_body, document_type, document_number, entry_into_force_date, received_from,
        category_code, amount, currency, amount_tiyn, claim_filed_by, solidary_liability, trusted_person, created_by, created_at)
      SELECT ${uuidOf(ID.document)}, CASE WHEN t.court THEN 'court' ELSE 'manual' END,
             CASE WHEN t.court THEN 'court-' || p.region || '|' || t.number || '|' || d.iin END,
             CASE WHEN t.court THEN 'writ-' || p.n END, CASE WHEN t.court THEN 'court-' || p.region END,
             p.registration_number, t.reg_date, p.region, CASE WHEN ${detail} < 0.93 THEN 'first' ELSE 'repeated' END,
             CASE p.category ${CATEGORIES.map(([code, , essence]) => `WHEN ${quote(code)} THEN ${quote(essence)}`).join(' ')} END,
             t.reg_date - (40 + floor(${due} * 80))::int,
             CASE WHEN p.category = 'administrative_fine' THEN 'Әкімшілік құқық бұзушылық туралы істер жөніндегі мамандандырылған сот'
                  ELSE 'Аудандық сот (' || p.region || ')' END,
             CASE WHEN p.category = 'administrative_fine' THEN 'administrative_resolution'
                  WHEN t.court THEN (CASE WHEN ${detail} < 0.6 THEN 'writ_of_execution' ELSE 'court_order' END)
                  WHEN ${detail} < 0.5 THEN 'notary_writ' ELSE 'writ_of_execution' END,
             t.number, t.reg_date - (10 + floor(${due} * 20))::int,
             CASE WHEN NOT t.court THEN 'Сот кеңсесі' END,
             p.category, replace(to_char(t.tiyn / 100, 'FM999,999,999,990'), ',', ' ') || ',' || lpad((t.tiyn % 100)::text, 2, '0'),
             'KZT', t.tiyn,
             CASE p.claimant_kind WHEN 'org' THEN 'legal_entity' WHEN 'person' THEN 'individual' END,
             ${detail} > 0.97, false, CASE WHEN NOT t.court THEN p.bailiff_id END, p.registered_at
        FROM bench.plan p JOIN bench.debtors d ON d.k = p.debtor_k
             CROSS JOIN LATERAL (SELECT (p.registered_at AT TIME ZONE '${ZONE}')::date AS reg_date, '2-' || p.n || '/' || p.reg_year AS number,
                                        ${court} AS court, ${amountTiyn()} AS tiyn) t
       WHERE p.n BETWEEN $1 AND $2
       ORDER BY p.n`, [lo, hi]));
  }

  for (const [lo, hi] of chunks) {
    await step(`proceedings ${lo}…${hi}`, () => q(`
      INSERT INTO proceedings (id, executive_document_id, registration_number, department_code, region_kato, time_zone, status, version,
        bailiff_id, category_code, amount_tiyn, debtor_name, debtor_identifier, registered_at, changed_at, initiated_at, ended_at,
        ending_kind, ground_code, transferred_to, suspensions, next_due_date, awaiting_approval)
      SELECT ${uuidOf(ID.proceeding)}, ${uuidOf(ID.document)}, p.registration_number, p.region, p.region, '${ZONE}', p.status,
             CASE p.status WHEN 'registered' THEN 1 WHEN 'refused' THEN 2 WHEN 'initiated' THEN 2 + floor(${detail} * 4)::int
                           ELSE 4 + floor(${detail} * 4)::int END,
             p.bailiff_id, p.category, ${amountTiyn()}, d.name, d.iin, p.registered_at,
             CASE p.status WHEN 'registered' THEN p.registered_at WHEN 'refused' THEN t.refused_at ELSE t.later END,
             CASE WHEN p.status IN ('registered', 'refused') THEN NULL ELSE t.initiated_at END,
             CASE WHEN p.status = 'ended' THEN t.later END,
             CASE WHEN p.status = 'ended' THEN t.ending_kind END,
             CASE p.status WHEN 'refused' THEN ${pickBy(REFUSAL_GROUNDS, detail)}
                           WHEN 'suspended' THEN ${pickBy(SUSPENSION_GROUNDS, detail)}
                           WHEN 'ended' THEN (CASE t.ending_kind WHEN 'termination' THEN ${pickBy(TERMINATION_GROUNDS, due)}
                                                                 WHEN 'return' THEN ${pickBy(RETURN_GROUNDS, due)} END) END,
             CASE WHEN p.status = 'transferred' THEN (CASE WHEN p.region = '750000000' THEN '710000000' ELSE '750000000' END) END,
             CASE WHEN p.status = 'suspended'
                  THEN jsonb_build_array(jsonb_build_object('from', ${isoInstant('t.later')}, 'until', NULL, 'groundCode', ${pickBy(SUSPENSION_GROUNDS, detail)}))
                  ELSE '[]'::jsonb END,
             CASE WHEN p.status = 'registered' THEN (p.registered_at AT TIME ZONE '${ZONE}')::date + 3
                  WHEN p.status = 'initiated' AND ${due} < 0.6 THEN $3::date - 30 + floor(${detail} * 150)::int END,
             CASE WHEN p.status = 'initiated' AND ${rnd(R.source)} > 0.99 THEN 1 ELSE 0 END
        FROM bench.plan p JOIN bench.debtors d ON d.k = p.debtor_k
             CROSS JOIN LATERAL (SELECT least($4::timestamptz, p.registered_at + (0.5 + ${detail} * 4) * interval '1 day') AS initiated_at,
                                        least($4::timestamptz, p.registered_at + (0.5 + ${due} * 3) * interval '1 day') AS refused_at,
                                        CASE WHEN ${detail} < 0.45 THEN 'executed' WHEN ${detail} < 0.75 THEN 'return'
                                             WHEN ${detail} < 0.95 THEN 'termination' ELSE 'recall' END AS ending_kind) i
             CROSS JOIN LATERAL (SELECT i.initiated_at, i.refused_at, i.ending_kind,
                                        i.initiated_at + ${due} * ($4::timestamptz - i.initiated_at) AS later) t
       WHERE p.n BETWEEN $1 AND $2
       ORDER BY p.n`, [lo, hi, localDate(options.now), options.now]));
  }

  for (const [lo, hi] of chunks) {
    await step(`proceeding_parties ${lo}…${hi}`, () => q(`
      INSERT INTO proceeding_parties (id, proceeding_id, role, kind, identifier, name, address, region_kato, district_kato, position)
      SELECT ${uuidOf(ID.debtorParty)}, ${uuidOf(ID.proceeding)}, 'debtor', d.kind, d.iin, d.name, d.address, p.region, NULL, 0
        FROM bench.plan p JOIN bench.debtors d ON d.k = p.debtor_k
       WHERE p.n BETWEEN $1 AND $2
      UNION ALL
      SELECT ${uuidOf(ID.claimantParty)}, ${uuidOf(ID.proceeding)}, 'claimant', c.kind, c.iin, c.name, c.address, p.region, NULL, 1
        FROM bench.plan p JOIN bench.debtors c ON c.k = p.claimant_k
       WHERE p.claimant_kind = 'person' AND p.n BETWEEN $1 AND $2
      UNION ALL
      SELECT ${uuidOf(ID.claimantParty)}, ${uuidOf(ID.proceeding)}, 'claimant', 'legal_entity', o.bin, o.name, NULL, p.region, NULL, 1
        FROM bench.plan p JOIN bench.claimant_orgs o ON o.k = p.claimant_k
       WHERE p.claimant_kind = 'org' AND p.n BETWEEN $1 AND $2`, [lo, hi]));
  }

  await step('open tasks for next_due_date, registration counters', async () => {
    await q(`
      INSERT INTO proceeding_tasks (id, proceeding_id, kind, due_date, status, created_at)
      SELECT md5(id::text || ':task')::uuid, id, CASE status WHEN 'registered' THEN 'initiation' ELSE 'execution_term' END, next_due_date,
             'open', registered_at
        FROM proceedings WHERE next_due_date IS NOT NULL`);
    // The server's next registration in a seeded department-year must not reuse a number.
    await q(`
      INSERT INTO registration_counters (department_code, year, last_sequence)
      SELECT region::bigint, reg_year, max(seq) FROM bench.plan GROUP BY 1, 2
      ON CONFLICT (department_code, year) DO UPDATE SET last_sequence = greatest(registration_counters.last_sequence, EXCLUDED.last_sequence)`);
  });

  // The proceedings went in with plain SQL: the bailiffs' load counters (migration 0027) are recounted once.
  await step('bailiff load counters', async () => {
    await q('BEGIN');
    await rebuildBailiffLoads({ query: async (text, params = []) => {
      const result = await client.query(text, [...params]);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    }, exec: async (script) => void (await client.query(script)) });
    await q('COMMIT');
  });

  await step(`rebuild ${indexDefs.length} secondary indexes`, async () => {
    for (const index of indexDefs) await q(index.def);
  });
  await q('DROP SCHEMA bench CASCADE');
  await q('RESET session_replication_role');
  await step('VACUUM ANALYZE', async () => {
    for (const table of ['users', 'user_roles', 'bailiff_profiles', 'sessions', 'registration_counters', 'bailiff_loads', ...TABLES]) await q(`VACUUM ANALYZE ${table}`);
  });
  await step('verify (references, identifiers, numbers)', () => verify(client, total));
  return { seconds: (performance.now() - started) / 1000, steps, demoBailiffId: demoRow.id };
}

/** 5,000 ₸ … 20 million ₸ (cubed, so small claims dominate), with tiyn. */
function amountTiyn(): string {
  return `((5000 + floor(${rnd(R.amount)} ^ 3 * 20000000)) * 100 + floor(${rnd(R.detail)} * 100))::bigint`;
}

/** The calendar date of an instant in the enforcement time zone, as YYYY-MM-DD. */
function localDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Cheap consistency checks standing in for the foreign keys skipped during the load. */
async function verify(client: pg.Client, total: number): Promise<void> {
  const one = async (text: string) => Number(((await client.query(text)).rows[0] as { n: string }).n);
  const problems: string[] = [];
  const proceedings = await one('SELECT count(*) AS n FROM proceedings');
  if (proceedings < total) problems.push(`proceedings: ${proceedings} < ${total}`);
  const orphanDocs = await one(`SELECT count(*) AS n FROM proceedings p
    WHERE NOT EXISTS (SELECT 1 FROM executive_documents d WHERE d.id = p.executive_document_id AND d.registration_number = p.registration_number)`);
  if (orphanDocs) problems.push(`${orphanDocs} proceedings without their executive document`);
  const orphanBailiffs = await one('SELECT count(*) AS n FROM proceedings p WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.bailiff_id)');
  if (orphanBailiffs) problems.push(`${orphanBailiffs} proceedings with an unknown bailiff`);
  const withoutDebtor = await one(`SELECT count(*) AS n FROM proceedings p
    WHERE NOT EXISTS (SELECT 1 FROM proceeding_parties x WHERE x.proceeding_id = p.id AND x.role = 'debtor' AND x.identifier = p.debtor_identifier)`);
  if (withoutDebtor) problems.push(`${withoutDebtor} proceedings without their debtor party`);
  const orphanParties = await one('SELECT count(*) AS n FROM proceeding_parties x WHERE NOT EXISTS (SELECT 1 FROM proceedings p WHERE p.id = x.proceeding_id)');
  if (orphanParties) problems.push(`${orphanParties} parties of no proceeding`);
  const sample = await client.query(`SELECT x.identifier, p.registration_number
    FROM proceeding_parties x TABLESAMPLE BERNOULLI (1) JOIN proceedings p ON p.id = x.proceeding_id LIMIT 2000`);
  for (const row of sample.rows as { identifier: string; registration_number: string }[]) {
    const kind = identifierKindOf(row.identifier);
    if (!(kind === 'iin' ? isValidIin(row.identifier) : kind === 'bin' && isValidBin(row.identifier))) {
      problems.push(`identifier ${row.identifier} is not a valid IIN/BIN`);
    }
    const number = parseRegistrationNumber(row.registration_number);
    if (!number.ok) problems.push(`registration number ${row.registration_number}: ${number.error}`);
  }
  if (problems.length) throw new Error(`seed verification failed:\n  ${problems.slice(0, 20).join('\n  ')}`);
}
