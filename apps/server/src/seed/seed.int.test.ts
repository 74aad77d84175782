import { countJournalEntries, findUserByIin, listCourtJudgesWithLoad, listCourts } from '@oryndau/db';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../../test/harness/databases';
import { DEMO_COURT_JUDGES, DEMO_COURTS, DEMO_USERS } from './demo-data';
import { seedDemoData, seedReferenceData } from './seed';

// ISSUE-14 item 1: the demo courts are reference data with their codes,
// levels, hours and judges; seeding stays idempotent, and a demo database
// seeded before the courts existed gets them on its next start.

const now = new Date('2026-03-02T05:00:00.000Z');

describeOnEachEngine('demo seed: courts', ({ db }) => {
  it('ISSUE-14 item 1, FILE-12, FILE-13: every instance has a demo court, a western one counts in its own zone, the Esil court has judges to choose from', async () => {
    await seedReferenceData(db(), now);
    expect(await seedDemoData(db(), now, 10)).toBe(true);
    const courts = await listCourts(db());
    expect(courts.map((c) => c.id).sort()).toEqual(DEMO_COURTS.map((c) => c.organisationId).sort());
    expect(new Set(courts.map((c) => c.level))).toEqual(new Set(['district', 'regional', 'cassation']));
    expect(courts.find((c) => c.level === 'cassation')).toMatchObject({ instances: ['cassation'] });
    expect(courts.find((c) => c.level === 'regional')).toMatchObject({ instances: ['appeal'] });
    expect(courts.find((c) => c.id === 'court-aktobe')).toMatchObject({ timeZone: 'Asia/Aqtobe', instances: ['first'] });
    for (const c of courts) {
      expect(c).toMatchObject({ workdayStart: '09:00', workdayEnd: '18:30', lunchStart: '13:00', lunchEnd: '14:30' });
      expect(c.address.kk).not.toBe(c.address.ru);
    }
    const esil = await listCourtJudgesWithLoad(db(), 'court-astana-esil', now);
    expect(esil.map((j) => j.iin).sort()).toEqual(DEMO_COURT_JUDGES.filter((j) => j.courtId === 'court-astana-esil').map((j) => j.iin).sort());
    expect(esil.every((j) => j.openCases === 0 && j.specialisations.length > 0)).toBe(true);
    // Every demo judge's user is a judge of an organisation that is a court.
    for (const j of DEMO_COURT_JUDGES) {
      expect(DEMO_USERS.find((u) => u.iin === j.iin)).toMatchObject({ organisationId: j.courtId });
      expect((await findUserByIin(db(), j.iin))?.roles).toContain('judge');
    }
  });

  it('ISSUE-14 item 1: seeding again changes nothing; a demo database without the courts gets them back on the next start', async () => {
    const before = await countJournalEntries(db());
    expect(await seedDemoData(db(), now, 10)).toBe(false);
    expect(await countJournalEntries(db())).toBe(before);
    // As a database seeded before migration 0013 had them: no court rows, no judges.
    await db().query('DELETE FROM court_judges');
    await db().query('DELETE FROM courts');
    expect(await listCourts(db())).toEqual([]);
    expect(await seedDemoData(db(), now, 10)).toBe(false);
    expect((await listCourts(db())).length).toBe(DEMO_COURTS.length);
    expect(await countJournalEntries(db())).toBe(before + 1);
    expect((await listCourtJudgesWithLoad(db(), 'court-astana-esil', now)).length).toBe(3);
  });
});
