import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_TIMEOUT_MS, expectAdapterError, startAdapterFixture, type AdapterFixture } from '../testing/fixture';
import type { ExecutiveDocumentStatusUpdate } from './port';

let fx: AdapterFixture;
beforeAll(async () => {
  fx = await startAdapterFixture();
});
afterAll(async () => fx.close());
beforeEach(() => fx.sims.control.resetFaults());

const at = '2026-03-02T06:15:00.000Z';

describe('courts’ system adapter over HTTP', () => {
  it('ENF-11: registration (number, date) then the bailiff’s statuses reach the court in order', async () => {
    const documentId = 'ED-7585-26-00-2/101';
    const updates: ExecutiveDocumentStatusUpdate[] = [
      { eventId: 'e1', documentId, status: 'registered', at, registrationNumber: '1-2026-100001-0001', registrationDate: '2026-03-02' },
      { eventId: 'e2', documentId, status: 'taken_for_execution', at, bailiffName: 'Оспанов Ерлан' },
      { eventId: 'e3', documentId, status: 'suspended', at, reason: { kk: 'Борышкер ауруханада', ru: 'Должник в стационаре' } },
      { eventId: 'e4', documentId, status: 'completed', at },
    ];
    for (const update of updates) {
      const receipt = await fx.adapters.courtSystem.pushExecutiveDocumentStatus(update);
      expect(receipt).toMatchObject({ documentId, eventId: update.eventId, duplicate: false });
    }
    const res = await fetch(`${fx.sims.baseUrls['court-system']}/_sim/status-updates?documentId=${encodeURIComponent(documentId)}`);
    const body = (await res.json()) as { updates: ExecutiveDocumentStatusUpdate[] };
    expect(body.updates.map((u) => u.status)).toEqual(['registered', 'taken_for_execution', 'suspended', 'completed']);
    expect(body.updates[0]?.registrationNumber).toBe('1-2026-100001-0001');
    expect(fx.sims.control.courtSystem.statusUpdates(documentId)).toHaveLength(4);
  });

  it('ENF-11: a redelivered event is recorded once', async () => {
    const update: ExecutiveDocumentStatusUpdate = {
      eventId: 'dup-1',
      documentId: 'ED-dup',
      status: 'returned',
      at,
      reason: { kk: 'Өндіріп алушының өтініші', ru: 'Заявление взыскателя' },
    };
    await fx.adapters.courtSystem.pushExecutiveDocumentStatus(update);
    const again = await fx.adapters.courtSystem.pushExecutiveDocumentStatus(update);
    expect(again.duplicate).toBe(true);
    expect(fx.sims.control.courtSystem.statusUpdates('ED-dup')).toHaveLength(1);
  });

  it('ENF-11: "registered" without number and date, or a refusal without reason → rejected', async () => {
    await expectAdapterError(
      fx.adapters.courtSystem.pushExecutiveDocumentStatus({ eventId: 'bad-1', documentId: 'ED-x', status: 'registered', at }),
      'rejected',
    );
    await expectAdapterError(
      fx.adapters.courtSystem.pushExecutiveDocumentStatus({ eventId: 'bad-2', documentId: 'ED-x', status: 'refused', at }),
      'rejected',
    );
    expect(fx.sims.control.courtSystem.statusUpdates('ED-x')).toHaveLength(0);
  });

  it('X-5: injected 503 → unavailable; nothing recorded', async () => {
    fx.sims.control.failNext('court-system', 'unavailable');
    await expectAdapterError(
      fx.adapters.courtSystem.pushExecutiveDocumentStatus({ eventId: 'u1', documentId: 'ED-u', status: 'completed', at }),
      'unavailable',
    );
    expect(fx.sims.control.courtSystem.statusUpdates('ED-u')).toHaveLength(0);
  });

  it('X-5: latency beyond the client timeout → timeout', async () => {
    fx.sims.control.setLatency('court-system', TEST_TIMEOUT_MS * 2);
    await expectAdapterError(
      fx.adapters.courtSystem.pushExecutiveDocumentStatus({ eventId: 't1', documentId: 'ED-t', status: 'completed', at }),
      'timeout',
    );
  });
});
