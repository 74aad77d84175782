// Set-based seed of the enforcement register for the benchmark: bailiffs,
// executive documents, proceedings, parties and open tasks, generated with
// INSERT … SELECT over generate_series in a few big statements. Runs on one
// dedicated connection as the cluster's superuser (throwaway cluster only).
import type pg from 'pg';
import { identifierKindOf, isValidBin, isValidIin } from '../../packages/kz/src/index';
import { parseRegistrationNumber } from '../../packages/domain/src/index';
import { addressSql, claimantOrgNameSql, companyNameSql, personNameSql } from './names';
import { identifierCheckDigitSql, luhnCheckDigitSql } from './sql-checks';

export type SeedOptions = {
  proceedings: number;
  bailiffs: number;
  /** Distinct debtors the proceedings draw from (some debtors get several). */
  debtorPool: number;
  /** Initiated proceedings of the demo private bailiff 880415400004, and her other ones. */
  demoInitiated: number;
  demoOther: number;
  chunks: number;
  log: (line: string) => void;
};

export type SeedResult = { seconds: number; steps: { step: string; seconds: number }[]; demoBailiffId: string };

export const DEMO_PRIVATE_BAILIFF_IIN = '880415400004';
const ZONE = 'Asia/Almaty';
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

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const textArray = (values: readonly string[]) => `ARRAY[${values.map(quote).join(', ')}]`;
/** One of `values`, chosen by a random number in [0, 1). */
const pickBy = (values: readonly string[], random: string) => `(${textArray(values)})[1 + floor((${random}) * ${values.length})::int]`;
const isoInstant = (ts: string) => `to_char((${ts}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

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
    log(`  ${name.padEnd(52)} ${seconds.toFixed(1).padStart(6)} s`);
    return result;
  };
  const q = (text: string, params: unknown[] = []) => client.query(text, params);

  // A bulk load on a throwaway cluster: plenty of sort memory, no
  // per-row foreign-key triggers (every reference below is generated
  // consistent; the counts and a sample are checked at the end).
  await q(`SET work_mem = '256MB'`);
  await q(`SET maintenance_work_mem = '512MB'`);
  await q(`SET synchronous_commit = off`);
  await q(`SET session_replication_role = replica`);
  await q('DROP SCHEMA IF EXISTS bench CASCADE');
  await q('CREATE SCHEMA bench');

  const demo = await q(`SELECT b.user_id AS id, b.region_kato AS region FROM bailiff_profiles b JOIN users u ON u.id = b.user_id WHERE u.iin = $1`,
    [DEMO_PRIVATE_BAILIFF_IIN]);
  const demoRow = demo.rows[0] as { id: string; region: string } | undefined;
  if (!demoRow) throw new Error(`demo private bailiff ${DEMO_PRIVATE_BAILIFF_IIN} not found (SEED_DEMO must be true)`);

  // Non-unique indexes are dropped during the load and rebuilt from their
  // own catalogue definitions afterwards (a bulk build beats a million
  // random insertions); unique and primary keys stay.
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
    // The demo bailiffs (the private one gets her proceedings explicitly, weight 0).
    await q(`INSERT INTO bench.bailiffs (k, id, iin, kind, region, weight, generated)
             SELECT -row_number() OVER (ORDER BY u.iin), b.user_id, u.iin, b.kind, b.region_kato,
                    CASE WHEN u.iin = $1 THEN 0 ELSE 1 END, false
               FROM bailiff_profiles b JOIN users u ON u.id = b.user_id`, [DEMO_PRIVATE_BAILIFF_IIN]);
    // Generated bailiffs: born 1962…1990, serials 5000–9999 (the demo users use 0000–0999).
    const candidates = options.bailiffs + Math.ceil(options.bailiffs / 20) + 20;
    await q(`
      INSERT INTO bench.bailiffs (k, id, iin, kind, region, weight, generated)
      SELECT k, gen_random_uuid(), iin, CASE WHEN k % 5 = 0 THEN 'state' ELSE 'private' END,
             (${textArray(BAILIFF_REGIONS)})[1 + k % ${BAILIFF_REGIONS.length}],
             CASE WHEN k % 50 = 1 THEN ${HEAVY_WEIGHT} WHEN k % 50 BETWEEN 2 AND 10 THEN ${MEDIUM_WEIGHT} ELSE 1 END, true
        FROM (SELECT row_number() OVER (ORDER BY n)::int AS k, f || c AS iin
                FROM (SELECT n, f, ${identifierCheckDigitSql('f')} AS c
                        FROM (SELECT n, to_char(date '1962-01-01' + n * 5, 'YYMMDD') || CASE WHEN n % 3 = 0 THEN '4' ELSE '3' END
                                        || lpad((5000 + n % 5000)::text, 4, '0') AS f
                                FROM generate_series(1, ${candidates}) n) a) b
               WHERE c IS NOT NULL) v
       WHERE k <= ${options.bailiffs}`);
    await q(`
      INSERT INTO users (id, iin, full_name, email, phone, organisation_id, locale, password_hash, created_at)
      SELECT id, iin, ${personNameSql('k', `substr(iin, 7, 1) = '4'`)}, 'bailiff' || k || '@bench.oryndau.test', NULL,
             CASE WHEN region = '310000000' AND kind = 'private' THEN 'chamber-zhambyl'
                  WHEN region = '310000000' THEN 'doj-zhambyl' WHEN region = '710000000' AND kind = 'state' THEN 'doj-astana' END,
             CASE WHEN k % 3 = 0 THEN 'ru' ELSE 'kk' END, NULL, now() - interval '5 years'
        FROM bench.bailiffs WHERE generated`);
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
    // Individuals (7 of 8): birth date + century/sex digit + serial; legal entities: YYMM + '40' + serial.
    const candidates = Math.ceil(options.debtorPool * 1.02) + 100;
    await q(`
      CREATE UNLOGGED TABLE bench.debtors AS
      SELECT k, kind, f || c AS iin,
             CASE WHEN kind = 'legal_entity' THEN ${companyNameSql('n')} ELSE ${personNameSql('n', `substr(f, 7, 1) IN ('4', '6')`)} END AS name,
             ${addressSql('n')} AS address
        FROM (SELECT row_number() OVER (ORDER BY n)::int AS k, n, kind, f, c
                FROM (SELECT n, kind, f, ${identifierCheckDigitSql('f')} AS c
                        FROM (SELECT n, kind,
                                     CASE WHEN kind = 'legal_entity'
                                       THEN to_char(date '2000-01-01' + ((n / 8) % 300) * interval '1 month', 'YYMM') || '40' || lpad(((n / 8) / 300)::text, 5, '0')
                                       ELSE to_char(birth, 'YYMMDD')
                                            || CASE WHEN birth >= date '2000-01-01' THEN (CASE WHEN (n / 20000) % 2 = 0 THEN '5' ELSE '6' END)
                                                    ELSE (CASE WHEN (n / 20000) % 2 = 0 THEN '3' ELSE '4' END) END
                                            || lpad(((n / 20000) + 1)::text, 4, '0') END AS f
                                FROM (SELECT n, CASE WHEN n % 8 = 0 THEN 'legal_entity' ELSE 'individual' END AS kind,
                                             date '1950-01-01' + (n % 20000) AS birth
                                        FROM generate_series(1, ${candidates}) n) s) a) b
               WHERE c IS NOT NULL) v
       WHERE k <= ${options.debtorPool}`);
    await q('ALTER TABLE bench.debtors ADD PRIMARY KEY (k)');
    await q(`
      CREATE UNLOGGED TABLE bench.claimant_orgs AS
      SELECT k, f || c AS bin, ${claimantOrgNameSql('k', STATE_OFFICES)} AS name
        FROM (SELECT row_number() OVER (ORDER BY n)::int AS k, f, ${identifierCheckDigitSql('f')} AS c
                FROM (SELECT n, to_char(date '1995-01-01' + (n % 240) * interval '1 month', 'YYMM') || '41' || lpad(n::text, 5, '0') AS f
                        FROM generate_series(1, ${CLAIMANT_ORGS + 20}) n) a) b
       WHERE c IS NOT NULL AND k <= ${CLAIMANT_ORGS}`);
    await q('ALTER TABLE bench.claimant_orgs ADD PRIMARY KEY (k)');
  });

  const demoTotal = options.demoInitiated + options.demoOther;
  const registeredCond = `n > ${options.demoInitiated} AND r_status < 0.15`;
  const categoryCase = `CASE ${CATEGORIES.map(([code, share]) => `WHEN r_cat < ${share} THEN ${quote(code)}`).join(' ')} END`;
  await step(`plan: ${total} proceedings (bailiff, status, time, number)`, async () => {
    // registered_at: unopened documents are recent (60 days), the rest spread over 3 years.
    await q(`
      CREATE UNLOGGED TABLE bench.plan AS
      SELECT w.*, w.region || '-' || w.reg_year || '-' || w.seq_text || '-' || ${luhnCheckDigitSql('w.payload')} AS registration_number
        FROM (SELECT x.*, lpad(x.region || x.reg_year || x.seq_text, 24, '0') AS payload
                FROM (SELECT y.*, CASE WHEN y.seq > 999999 THEN y.seq::text ELSE lpad(y.seq::text, 6, '0') END AS seq_text
                        FROM (SELECT z.*, extract(year FROM z.registered_at AT TIME ZONE '${ZONE}')::int AS reg_year,
                                     row_number() OVER (PARTITION BY z.region, extract(year FROM z.registered_at AT TIME ZONE '${ZONE}')
                                                        ORDER BY z.registered_at, z.n)::int AS seq
                                FROM (SELECT g.n, gen_random_uuid() AS id, gen_random_uuid() AS doc_id,
                                             CASE WHEN g.n <= ${demoTotal} THEN $1::uuid ELSE s.bailiff_id END AS bailiff_id,
                                             CASE WHEN g.n <= ${demoTotal} THEN $2::text ELSE s.region END AS region,
                                             CASE WHEN g.n <= ${options.demoInitiated} THEN 'initiated'
                                                  WHEN r_status < 0.15 THEN 'registered' WHEN r_status < 0.70 THEN 'initiated'
                                                  WHEN r_status < 0.80 THEN 'suspended' WHEN r_status < 0.95 THEN 'ended'
                                                  WHEN r_status < 0.98 THEN 'refused' ELSE 'transferred' END AS status,
                                             CASE WHEN ${registeredCond} THEN now() - r_time * interval '60 days'
                                                  ELSE now() - interval '1 day' - r_time * interval '3 years' END AS registered_at,
                                             ${categoryCase} AS category,
                                             ((5000 + floor(r_amt * r_amt * r_amt * 20000000)) * 100 + floor(r_x * 100))::bigint AS amount_tiyn,
                                             g.debtor_k,
                                             CASE WHEN ${categoryCase} IN ('state_collection', 'administrative_fine', 'legal_entities') THEN 'org'
                                                  WHEN ${categoryCase} = 'criminal_sentence' AND r_claim < 0.5 THEN NULL
                                                  ELSE 'person' END AS claimant_kind,
                                             CASE WHEN ${categoryCase} IN ('state_collection', 'administrative_fine') THEN 1 + floor(r_claim * ${STATE_OFFICES})::int
                                                  WHEN ${categoryCase} = 'legal_entities'
                                                    THEN ${STATE_OFFICES + 1} + floor(r_claim * r_claim * r_claim * ${CLAIMANT_ORGS - STATE_OFFICES})::int
                                                  ELSE 1 + (g.debtor_k + ${Math.floor(options.debtorPool / 2)}) % ${options.debtorPool} END AS claimant_k,
                                             g.r_misc, g.r_due, g.r_x
                                        FROM (SELECT n, random() AS r_status, random() AS r_time, random() AS r_cat, random() AS r_amt,
                                                     random() AS r_claim, random() AS r_misc, random() AS r_due, random() AS r_x,
                                                     floor(random() * ${slotCount})::int AS slot,
                                                     1 + floor(random() * ${options.debtorPool})::int AS debtor_k
                                                FROM generate_series(1, ${total}) n) g
                                        JOIN bench.slots s ON s.slot = g.slot) z) y) x) w`,
    [demoRow.id, demoRow.region]);
    await q('ALTER TABLE bench.plan ADD PRIMARY KEY (n)');
  });

  const chunkSize = Math.ceil(total / options.chunks);
  const chunks = Array.from({ length: options.chunks }, (_, i) => [i * chunkSize + 1, Math.min(total, (i + 1) * chunkSize)] as const)
    .filter(([lo, hi]) => lo <= hi);
  const court = 'p.r_misc < 0.65';
  for (const [lo, hi] of chunks) {
    await step(`executive_documents ${lo}…${hi}`, () => q(`
      INSERT INTO executive_documents (id, source, dedupe_key, external_id, court_id, registration_number, registration_date, department_code,
        arrival_order, claim_essence, issue_date, issuing_body, document_type, document_number, entry_into_force_date, received_from,
        category_code, amount, currency, amount_tiyn, claim_filed_by, solidary_liability, trusted_person, created_by, created_at)
      SELECT p.doc_id, CASE WHEN ${court} THEN 'court' ELSE 'manual' END,
             CASE WHEN ${court} THEN 'court-' || p.region || '|' || t.number || '|' || d.iin END,
             CASE WHEN ${court} THEN 'writ-' || p.n END, CASE WHEN ${court} THEN 'court-' || p.region END,
             p.registration_number, t.reg_date, p.region, CASE WHEN p.r_x < 0.93 THEN 'first' ELSE 'repeated' END,
             CASE p.category ${CATEGORIES.map(([code, , essence]) => `WHEN ${quote(code)} THEN ${quote(essence)}`).join(' ')} END,
             t.reg_date - (40 + floor(p.r_due * 80))::int,
             CASE WHEN p.category = 'administrative_fine' THEN 'Әкімшілік құқық бұзушылық туралы істер жөніндегі мамандандырылған сот'
                  ELSE 'Аудандық сот (' || p.region || ')' END,
             CASE WHEN p.category = 'administrative_fine' THEN 'administrative_resolution'
                  WHEN ${court} THEN (CASE WHEN p.r_x < 0.6 THEN 'writ_of_execution' ELSE 'court_order' END)
                  WHEN p.r_x < 0.5 THEN 'notary_writ' ELSE 'writ_of_execution' END,
             t.number, t.reg_date - (10 + floor(p.r_due * 20))::int,
             CASE WHEN NOT (${court}) THEN 'Сот кеңсесі' END,
             p.category, replace(to_char(p.amount_tiyn / 100, 'FM999,999,999,990'), ',', ' ') || ',' || lpad((p.amount_tiyn % 100)::text, 2, '0'),
             'KZT', p.amount_tiyn,
             CASE p.claimant_kind WHEN 'org' THEN 'legal_entity' WHEN 'person' THEN 'individual' END,
             p.r_misc > 0.97, false, CASE WHEN NOT (${court}) THEN p.bailiff_id END, p.registered_at
        FROM bench.plan p JOIN bench.debtors d ON d.k = p.debtor_k
             CROSS JOIN LATERAL (SELECT (p.registered_at AT TIME ZONE '${ZONE}')::date AS reg_date,
                                        '2-' || p.n || '/' || p.reg_year AS number) t
       WHERE p.n BETWEEN $1 AND $2`, [lo, hi]));
  }

  for (const [lo, hi] of chunks) {
    await step(`proceedings ${lo}…${hi}`, () => q(`
      INSERT INTO proceedings (id, executive_document_id, registration_number, department_code, region_kato, time_zone, status, version,
        bailiff_id, category_code, amount_tiyn, debtor_name, debtor_identifier, registered_at, changed_at, initiated_at, ended_at,
        ending_kind, ground_code, transferred_to, suspensions, next_due_date, awaiting_approval)
      SELECT p.id, p.doc_id, p.registration_number, p.region, p.region, '${ZONE}', p.status,
             CASE p.status WHEN 'registered' THEN 1 WHEN 'refused' THEN 2 WHEN 'initiated' THEN 2 + floor(p.r_x * 4)::int ELSE 4 + floor(p.r_x * 4)::int END,
             p.bailiff_id, p.category, p.amount_tiyn, d.name, d.iin, p.registered_at,
             CASE p.status WHEN 'registered' THEN p.registered_at WHEN 'refused' THEN t.refused_at ELSE t.later END,
             CASE WHEN p.status IN ('registered', 'refused') THEN NULL ELSE t.initiated_at END,
             CASE WHEN p.status = 'ended' THEN t.later END,
             CASE WHEN p.status = 'ended' THEN t.ending_kind END,
             CASE p.status WHEN 'refused' THEN ${pickBy(REFUSAL_GROUNDS, 'p.r_x')}
                           WHEN 'suspended' THEN ${pickBy(SUSPENSION_GROUNDS, 'p.r_x')}
                           WHEN 'ended' THEN (CASE t.ending_kind WHEN 'termination' THEN ${pickBy(TERMINATION_GROUNDS, 'p.r_misc')}
                                                                 WHEN 'return' THEN ${pickBy(RETURN_GROUNDS, 'p.r_misc')} END) END,
             CASE WHEN p.status = 'transferred' THEN (CASE WHEN p.region = '750000000' THEN '710000000' ELSE '750000000' END) END,
             CASE WHEN p.status = 'suspended'
                  THEN jsonb_build_array(jsonb_build_object('from', ${isoInstant('t.later')}, 'until', NULL, 'groundCode', ${pickBy(SUSPENSION_GROUNDS, 'p.r_x')}))
                  ELSE '[]'::jsonb END,
             CASE WHEN p.status = 'registered' THEN (p.registered_at AT TIME ZONE '${ZONE}')::date + 3
                  WHEN p.status = 'initiated' AND p.r_due < 0.6 THEN current_date - 30 + floor(p.r_x * 150)::int END,
             CASE WHEN p.status = 'initiated' AND p.r_misc > 0.99 THEN 1 ELSE 0 END
        FROM bench.plan p JOIN bench.debtors d ON d.k = p.debtor_k
             CROSS JOIN LATERAL (SELECT least(now(), p.registered_at + (0.5 + p.r_x * 4) * interval '1 day') AS initiated_at,
                                        least(now(), p.registered_at + (0.5 + p.r_due * 3) * interval '1 day') AS refused_at,
                                        CASE WHEN p.r_x < 0.45 THEN 'executed' WHEN p.r_x < 0.75 THEN 'return'
                                             WHEN p.r_x < 0.95 THEN 'termination' ELSE 'recall' END AS ending_kind) i
             CROSS JOIN LATERAL (SELECT i.initiated_at, i.refused_at, i.ending_kind,
                                        i.initiated_at + p.r_due * (now() - i.initiated_at) AS later) t
       WHERE p.n BETWEEN $1 AND $2`, [lo, hi]));
  }

  for (const [lo, hi] of chunks) {
    await step(`proceeding_parties ${lo}…${hi}`, async () => {
      await q(`
        INSERT INTO proceeding_parties (id, proceeding_id, role, kind, identifier, name, address, region_kato, district_kato, position)
        SELECT gen_random_uuid(), p.id, 'debtor', d.kind, d.iin, d.name, d.address, p.region, NULL, 0
          FROM bench.plan p JOIN bench.debtors d ON d.k = p.debtor_k
         WHERE p.n BETWEEN $1 AND $2`, [lo, hi]);
      await q(`
        INSERT INTO proceeding_parties (id, proceeding_id, role, kind, identifier, name, address, region_kato, district_kato, position)
        SELECT gen_random_uuid(), p.id, 'claimant', c.kind, c.iin, c.name, c.address, p.region, NULL, 1
          FROM bench.plan p JOIN bench.debtors c ON c.k = p.claimant_k
         WHERE p.claimant_kind = 'person' AND p.n BETWEEN $1 AND $2
        UNION ALL
        SELECT gen_random_uuid(), p.id, 'claimant', 'legal_entity', o.bin, o.name, NULL, p.region, NULL, 1
          FROM bench.plan p JOIN bench.claimant_orgs o ON o.k = p.claimant_k
         WHERE p.claimant_kind = 'org' AND p.n BETWEEN $1 AND $2`, [lo, hi]);
    });
  }

  await step('open tasks for next_due_date, registration counters', async () => {
    await q(`
      INSERT INTO proceeding_tasks (id, proceeding_id, kind, due_date, status, created_at)
      SELECT gen_random_uuid(), id, CASE status WHEN 'registered' THEN 'initiation' ELSE 'execution_term' END, next_due_date, 'open', registered_at
        FROM proceedings WHERE next_due_date IS NOT NULL`);
    // The server's next registration in a seeded department-year must not reuse a number.
    await q(`
      INSERT INTO registration_counters (department_code, year, last_sequence)
      SELECT region::bigint, reg_year, max(seq) FROM bench.plan GROUP BY 1, 2
      ON CONFLICT (department_code, year) DO UPDATE SET last_sequence = greatest(registration_counters.last_sequence, EXCLUDED.last_sequence)`);
  });

  await step(`rebuild ${indexDefs.length} secondary indexes`, async () => {
    for (const index of indexDefs) await q(index.def);
  });
  await q('DROP SCHEMA bench CASCADE');
  await q('RESET session_replication_role');
  await step('VACUUM ANALYZE', async () => {
    for (const table of ['users', 'user_roles', 'bailiff_profiles', 'sessions', ...TABLES]) await q(`VACUUM ANALYZE ${table}`);
  });
  await step('verify (references, identifiers, numbers)', () => verify(client, total));
  return { seconds: (performance.now() - started) / 1000, steps, demoBailiffId: demoRow.id };
}

/** Cheap consistency checks standing in for the foreign keys skipped during the load. */
async function verify(client: pg.Client, total: number): Promise<void> {
  const one = async (text: string) => Number(((await client.query(text)).rows[0] as { n: string }).n);
  const problems: string[] = [];
  const proceedings = await one('SELECT count(*) AS n FROM proceedings');
  if (proceedings < total) problems.push(`proceedings: ${proceedings} < ${total}`);
  const orphanDocs = await one('SELECT count(*) AS n FROM proceedings p WHERE NOT EXISTS (SELECT 1 FROM executive_documents d WHERE d.id = p.executive_document_id)');
  if (orphanDocs) problems.push(`${orphanDocs} proceedings without their executive document`);
  const orphanBailiffs = await one('SELECT count(*) AS n FROM proceedings p WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.bailiff_id)');
  if (orphanBailiffs) problems.push(`${orphanBailiffs} proceedings with an unknown bailiff`);
  const withoutDebtor = await one(`SELECT count(*) AS n FROM proceedings p
    WHERE NOT EXISTS (SELECT 1 FROM proceeding_parties x WHERE x.proceeding_id = p.id AND x.role = 'debtor' AND x.identifier = p.debtor_identifier)`);
  if (withoutDebtor) problems.push(`${withoutDebtor} proceedings without their debtor party`);
  const sample = await client.query(`SELECT x.identifier, p.registration_number
    FROM proceeding_parties x TABLESAMPLE BERNOULLI (1) JOIN proceedings p ON p.id = x.proceeding_id LIMIT 2000`);
  for (const row of sample.rows as { identifier: string; registration_number: string }[]) {
    const kind = identifierKindOf(row.identifier);
    if (!(kind === 'iin' ? isValidIin(row.identifier) : kind === 'bin' && isValidBin(row.identifier))) problems.push(`identifier ${row.identifier} is not a valid IIN/BIN`);
    const number = parseRegistrationNumber(row.registration_number);
    if (!number.ok) problems.push(`registration number ${row.registration_number}: ${number.error}`);
  }
  const bailiffs = await client.query('SELECT iin FROM users u JOIN bailiff_profiles b ON b.user_id = u.id');
  for (const row of bailiffs.rows as { iin: string }[]) {
    if (identifierKindOf(row.iin) !== 'iin' || !isValidIin(row.iin)) problems.push(`bailiff IIN ${row.iin} is not a valid IIN`);
  }
  if (problems.length) throw new Error(`seed verification failed:\n  ${problems.slice(0, 20).join('\n  ')}`);
}
