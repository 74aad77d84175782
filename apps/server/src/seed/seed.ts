import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '@oryndau/db';
import { ensureSystemOrganisation, findCourt, findUserByIin, listCourtsOfJudge, upsertCalendarDay, upsertCourt, upsertCourtJudge } from '@oryndau/db';
import { DEV_SYSTEM_ORGANISATION_BIN } from '@oryndau/domain';
import { KZ_CALENDAR_2023_2026 } from '@oryndau/kz';
import { hashPassword } from '../identity/password';
import { seedTemplates } from '../enforcement/templates-store';
import { seedRegisterLicence } from './seed-licences';
import { DEMO_BAILIFFS, DEMO_COURT_JUDGES, DEMO_COURTS, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';

const SYSTEM_ACTOR = { userId: null, iin: null, role: 'system', requestId: null };

/**
 * Reference data every installation needs, production included: the system
 * organisation (its BIN from SYSTEM_ORGANISATION_BIN, brought up to date on
 * every start), the working-day calendar and the resolution templates (ENF-6).
 */
export async function seedReferenceData(db: Database, now: Date, systemBin: string = DEV_SYSTEM_ORGANISATION_BIN): Promise<boolean> {
  await db.transaction(async (tx) => {
    const system = await ensureSystemOrganisation(tx, systemBin, now, { reconcileBin: true });
    if (system.created || system.previousBin) tx.journal({ at: now, actor: SYSTEM_ACTOR, action: system.created ? 'organisation.create' : 'organisation.bin_change', objectType: 'organisation', objectId: system.organisation.id, details: { bin: system.organisation.bin, previousBin: system.previousBin } });
  });
  await db.transaction((tx) => seedTemplates(tx, now));
  const existing = await db.query('SELECT 1 FROM calendar_days LIMIT 1');
  if (existing.rows.length > 0) return false;
  await db.transaction(async (tx) => {
    for (const day of KZ_CALENDAR_2023_2026) {
      await upsertCalendarDay(tx, day.date, day.kind, day.name, null, now);
    }
    tx.journal({ at: now, actor: SYSTEM_ACTOR, action: 'calendar.seed', objectType: 'calendar', objectId: null,
      details: { days: KZ_CALENDAR_2023_2026.length } });
  });
  return true;
}

async function insertDemoOrganisations(tx: Tx, now: Date, ids?: ReadonlySet<string>): Promise<void> {
  for (const org of DEMO_ORGANISATIONS) {
    if (ids && !ids.has(org.id)) continue;
    await tx.query(
      `INSERT INTO organisations (id, kind, name_kk, name_ru, bin, region_id, time_zone, parent_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
      [org.id, org.kind, org.nameKk, org.nameRu, org.bin, org.regionId, org.timeZone, org.parentId ?? null, now.toISOString()],
    );
  }
}

/**
 * Issue 14: the demo courts' own rows and their judges, added where missing
 * (never changed once there), so a demo database seeded before the courts
 * existed gets them on its next start. Returns how many rows it added.
 */
async function ensureDemoCourts(tx: Tx, now: Date): Promise<{ courts: number; judges: number }> {
  await insertDemoOrganisations(tx, now, new Set(DEMO_COURTS.map((c) => c.organisationId)));
  let courts = 0;
  for (const court of DEMO_COURTS) {
    if (await findCourt(tx, court.organisationId)) continue;
    await upsertCourt(tx, court);
    courts += 1;
  }
  let judges = 0;
  for (const judge of DEMO_COURT_JUDGES) {
    const user = await findUserByIin(tx, judge.iin);
    if (!user || (await listCourtsOfJudge(tx, user.id)).includes(judge.courtId)) continue;
    await upsertCourtJudge(tx, { userId: user.id, courtId: judge.courtId, specialisations: judge.specialisations, active: true });
    judges += 1;
  }
  return { courts, judges };
}

/** Demo organisations and users, only into a database that has no users (the demo courts are completed on every start). */
export async function seedDemoData(db: Database, now: Date, passwordLog2N: number): Promise<boolean> {
  const existing = await db.query('SELECT 1 FROM users LIMIT 1');
  if (existing.rows.length > 0) {
    await db.transaction(async (tx) => {
      const added = await ensureDemoCourts(tx, now);
      if (added.courts + added.judges > 0) {
        tx.journal({ at: now, actor: SYSTEM_ACTOR, action: 'demo.seed', objectType: 'system', objectId: null, details: { ...added } });
      }
    });
    return false;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD, passwordLog2N);
  await db.transaction(async (tx) => {
    await insertDemoOrganisations(tx, now);
    for (const user of DEMO_USERS) {
      const id = randomUUID();
      await tx.query(
        `INSERT INTO users (id, iin, full_name, email, phone, organisation_id, locale, password_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'kk', $7, $8)`,
        [id, user.iin, user.fullName, user.email, user.phone, user.organisationId, passwordHash, now.toISOString()],
      );
      for (const role of user.roles) await tx.query('INSERT INTO user_roles (user_id, role) VALUES ($1, $2)', [id, role]);
      const bailiff = DEMO_BAILIFFS.find((b) => b.iin === user.iin);
      if (bailiff) {
        await tx.query(
          `INSERT INTO bailiff_profiles (user_id, kind, department_code, region_kato, licence_number, licence_valid_from, licence_valid_until)
           VALUES ($1, $2, $3, $3, $4, $5, $6)`,
          [id, bailiff.kind, bailiff.regionKato, bailiff.licence?.number ?? null, bailiff.licence?.validFrom ?? null, bailiff.licence?.validUntil ?? null]);
        if (bailiff.licence) await seedRegisterLicence(tx, { iin: user.iin, fullName: user.fullName, regionKato: bailiff.regionKato }, bailiff.licence, now);
      }
    }
    const added = await ensureDemoCourts(tx, now);
    tx.journal({ at: now, actor: SYSTEM_ACTOR, action: 'demo.seed', objectType: 'system', objectId: null,
      details: { organisations: DEMO_ORGANISATIONS.length, users: DEMO_USERS.length, ...added } });
  });
  return true;
}
