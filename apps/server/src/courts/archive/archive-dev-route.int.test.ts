import { fireDueDeadlines } from '@oryndau/db';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../../test/harness/test-system';
import { caseWithJudges, staff } from '../acts/court-acts-test-support';
import { OFFICE_ENV } from '../office-test-support';
import { ARCHIVE_HANDOVER, archiveHandoverHandler, scheduleArchiveHandover } from './schedule-archive-handover';

// FILE-17 §62, for the browser test of issue 15's whole chain (e2e/court-chain.spec.ts): dev mode only,
// `POST /api/dev/court-cases/:id/archive-handover-due` moves the time of the case's open handover
// deadline to now — the deadline machinery fires it (nothing else is written); outside dev mode it is a 404.

const SECRETARY = '950101400002';
const queue = async (c: Awaited<ReturnType<typeof staff>>) =>
  ((await c.get('/api/court-archive/queue')).json() as { items: { caseId: string }[] }).items.map((i) => i.caseId);

describeSystemOnEachEngine('FILE-17 (dev mode): the archive handover day brought forward for a browser test', ({ system, clock }) => {
  it('FILE-17 §62: the case\'s handover deadline becomes due now and fires through the worker; a case with none is a 404', async () => {
    const now = clock.now();
    const { caseId } = await caseWithJudges(system(), now);
    const secretary = await staff(system(), SECRETARY);
    const handlers = { [ARCHIVE_HANDOVER]: archiveHandoverHandler };
    // No deadline yet (nothing in force): nothing to move.
    expect((await secretary.post(`/api/dev/court-cases/${caseId}/archive-handover-due`, {})).statusCode).toBe(404);

    await system().db.transaction((tx) => scheduleArchiveHandover(tx, { caseId, inForceOn: '2026-03-02' }, now));
    expect((await fireDueDeadlines(system().db, handlers, () => clock.now())).fired).toBe(0);
    const moved = await secretary.post(`/api/dev/court-cases/${caseId}/archive-handover-due`, {});
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await queue(secretary)).not.toContain(caseId);
    expect((await fireDueDeadlines(system().db, handlers, () => clock.now())).fired).toBe(1);
    expect(await queue(secretary)).toContain(caseId);
    // Fired: nothing open is left to move.
    expect((await secretary.post(`/api/dev/court-cases/${caseId}/archive-handover-due`, {})).statusCode).toBe(404);
    // Someone who may not read the case gets the same 404.
    const stranger = await staff(system(), '880415400004');
    expect((await stranger.post(`/api/dev/court-cases/${caseId}/archive-handover-due`, {})).statusCode).toBe(404);
  });
}, OFFICE_ENV);

describeSystemOnEachEngine('FILE-17: the dev route does not exist outside dev mode', ({ system, clock }) => {
  it('FILE-17: outside dev mode the archive handover route is a 404 and moves nothing', async () => {
    const now = clock.now();
    const { caseId } = await caseWithJudges(system(), now);
    await system().db.transaction((tx) => scheduleArchiveHandover(tx, { caseId, inForceOn: '2026-03-02' }, now));
    const secretary = await staff(system(), SECRETARY);
    expect((await secretary.post(`/api/dev/court-cases/${caseId}/archive-handover-due`, {})).statusCode).toBe(404);
    expect((await fireDueDeadlines(system().db, { [ARCHIVE_HANDOVER]: archiveHandoverHandler }, () => clock.now())).fired).toBe(0);
  });
}, { ...OFFICE_ENV, DEV_MODE: 'false' });
