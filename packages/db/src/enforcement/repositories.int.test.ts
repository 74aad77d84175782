import { randomUUID } from 'node:crypto';
import { decide } from '@oryndau/domain';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../../test/harness/databases';
import type { Sql } from '../database';
import { insertUser } from '../users';
import {
  findAct, findProceeding, insertAct, insertExecutiveDocument, insertProceeding, listQueuePage, proceedingStateOf,
  returnActAwaitingApproval, markActAwaitingApproval, saveProceedingState, countActsAwaitingApproval,
} from './index';
import type { QueueItemRecord, QueuePageQuery } from './index';

// Issue 11 item 12: the enforcement repositories where they hold logic of
// their own — the queue's keyset pages and the conditional updates that
// report a lost race instead of dropping it.

const t0 = new Date('2026-05-25T04:00:00.000Z');
const REGION = '750000000';

async function user(sql: Sql, fullName: string): Promise<string> {
  const id = randomUUID();
  await insertUser(sql, { id, iin: String(Math.floor(1e11 + Math.random() * 8e11)), fullName, email: null, phone: null, organisationId: null,
    locale: 'kk', passwordHash: 'x', roles: [] }, t0);
  return id;
}

let sequence = 0;
async function proceeding(sql: Sql, input: { registeredAt: Date; debtorName?: string; bailiffId?: string | null; id?: string }): Promise<string> {
  sequence += 1;
  const documentId = randomUUID();
  const id = input.id ?? randomUUID();
  const registrationNumber = `${REGION}-26-${String(sequence).padStart(6, '0')}`;
  await insertExecutiveDocument(sql, {
    id: documentId, source: 'manual', dedupeKey: null, externalId: null, courtId: null, registrationNumber, registrationDate: '2026-05-25',
    departmentCode: REGION, arrivalOrder: 'first', claimEssence: 'Өндіру', issueDate: '2026-04-01', issuingBody: 'Сот',
    documentType: 'writ', documentNumber: `2-${sequence}`, entryIntoForceDate: '2026-05-01', receivedFrom: null, copyNumber: null,
    categoryCode: 'citizens', subcategory: null, amount: '1000', currency: 'KZT', exchangeRate: null, exchangeRateDate: null, amountTiyn: '100000',
    senderDocumentDate: null, senderOutgoingNumber: null, signerName: null, claimFiledBy: null, solidaryLiability: false, trustedPerson: false,
    writContent: null, courtActDocumentId: null, createdBy: null, createdAt: input.registeredAt,
  });
  await insertProceeding(sql, { id, executiveDocumentId: documentId, registrationNumber, departmentCode: REGION, regionKato: REGION,
    timeZone: 'Asia/Almaty', categoryCode: 'citizens', amountTiyn: '100000', debtorName: input.debtorName ?? `Борышкер ${sequence}`,
    debtorIdentifier: '900101300001', registeredAt: input.registeredAt });
  if (input.bailiffId) await sql.query('UPDATE proceedings SET bailiff_id = $2 WHERE id = $1', [id, input.bailiffId]);
  return id;
}

async function allPages(sql: Sql, query: Omit<QueuePageQuery, 'after'>): Promise<{ pages: QueueItemRecord[][]; last: boolean[] }> {
  const pages: QueueItemRecord[][] = [];
  const last: boolean[] = [];
  let after: QueuePageQuery['after'];
  for (let i = 0; i < 20; i += 1) {
    const page = await listQueuePage(sql, { ...query, after });
    pages.push(page.items);
    last.push(!page.hasMore);
    const end = page.items.at(-1);
    if (!page.hasMore || !end) break;
    after = { at: end.registeredAt.toISOString(), id: end.id };
  }
  return { pages, last };
}

describeOnEachEngine('enforcement repositories', ({ db }) => {
  it('X-2, ENF-2, issue 11 item 12: queue pages by keyset cover every proceeding once, in order, ties broken by id', async () => {
    const bailiff = await user(db(), 'Сот орындаушысы');
    const other = await user(db(), 'Басқа орындаушы');
    const minute = 60_000;
    // Three share one registration instant: only the id orders them.
    const ids = [
      await proceeding(db(), { registeredAt: new Date(t0.getTime() + 1 * minute), bailiffId: bailiff }),
      await proceeding(db(), { registeredAt: new Date(t0.getTime() + 2 * minute), bailiffId: bailiff }),
      await proceeding(db(), { registeredAt: new Date(t0.getTime() + 3 * minute), bailiffId: bailiff }),
      await proceeding(db(), { registeredAt: new Date(t0.getTime() + 3 * minute), bailiffId: bailiff }),
      await proceeding(db(), { registeredAt: new Date(t0.getTime() + 3 * minute), bailiffId: bailiff }),
      await proceeding(db(), { registeredAt: new Date(t0.getTime() + 4 * minute), bailiffId: bailiff }),
      await proceeding(db(), { registeredAt: new Date(t0.getTime() + 5 * minute), bailiffId: bailiff }),
    ];
    await proceeding(db(), { registeredAt: new Date(t0.getTime() + 2 * minute), bailiffId: other });
    const rows = await Promise.all(ids.map(async (id) => (await findProceeding(db(), id))!));
    const expectedAsc = [...rows].sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || (a.id < b.id ? -1 : 1)).map((r) => r.id);

    const query = { scope: { bailiffId: bailiff }, status: 'registered' as const, limit: 3 };
    const desc = await allPages(db(), { ...query, ascending: false });
    expect(desc.pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(desc.last).toEqual([false, false, true]);
    expect(desc.pages.flat().map((r) => r.id)).toEqual([...expectedAsc].reverse());
    const asc = await allPages(db(), { ...query, ascending: true });
    expect(asc.pages.flat().map((r) => r.id)).toEqual(expectedAsc);
    expect(asc.pages.flat()[0]).toMatchObject({ bailiffId: bailiff, bailiffName: 'Сот орындаушысы', amountTiyn: '100000', status: 'registered' });

    // Exactly one page's worth: no empty page after it.
    const exact = await listQueuePage(db(), { ...query, limit: 7, ascending: true });
    expect(exact).toMatchObject({ hasMore: false });
    expect(exact.items).toHaveLength(7);
    // The region's scope sees the other bailiff's proceeding too.
    const region = await listQueuePage(db(), { scope: { regionKato: REGION }, status: 'registered', limit: 100, ascending: true });
    expect(region.items.length).toBeGreaterThanOrEqual(8);
  });

  it("X-2, ENF-2, issue 11 item 12: a debtor's name is matched literally — % and _ are not wildcards", async () => {
    const bailiff = await user(db(), 'Іздеуші');
    const plain = await proceeding(db(), { registeredAt: t0, bailiffId: bailiff, debtorName: 'ЖШС Алма' });
    const percent = await proceeding(db(), { registeredAt: t0, bailiffId: bailiff, debtorName: 'ЖШС 100% Алма' });
    const search = (text: string) => listQueuePage(db(), { scope: { bailiffId: bailiff }, status: 'registered', limit: 10, ascending: true,
      debtorNameContains: text }).then((p) => p.items.map((r) => r.id).sort());
    expect(await search('%')).toEqual([percent]);
    expect(await search('_')).toEqual([]);
    // (Case folding of Cyrillic depends on the cluster's locale; the test cluster's is C.)
    expect(await search('Алма')).toEqual([plain, percent].sort());
    expect(await search('shs')).toEqual([]);
  });

  it('X-2, ENF-3, issue 11 item 12: a state saved against a stale version reports the lost race and changes nothing', async () => {
    const id = await proceeding(db(), { registeredAt: t0 });
    const before = proceedingStateOf((await findProceeding(db(), id))!);
    const decided = decide(before, { action: 'initiate' }, new Date(t0.getTime() + 60_000));
    if (!decided.ok) throw decided.error;
    expect(await saveProceedingState(db(), decided.state, before.version)).toBe(true);
    // Another decision taken on the same version: the row has moved on since.
    expect(await saveProceedingState(db(), { ...decided.state, status: 'refused' }, before.version)).toBe(false);
    const after = (await findProceeding(db(), id))!;
    expect(after).toMatchObject({ status: 'initiated', version: before.version + 1 });
    expect(after.initiatedAt?.toISOString()).toBe(new Date(t0.getTime() + 60_000).toISOString());
  });

  it('X-2, ENF-9, issue 11 item 12: only one return of an act awaiting approval succeeds; a second reports it', async () => {
    const author = await user(db(), 'Автор');
    const senior = await user(db(), 'Аға');
    const proceedingId = await proceeding(db(), { registeredAt: t0, bailiffId: author });
    const documentId = randomUUID();
    await db().query(
      `INSERT INTO documents (id, kind, title_kk, title_ru, media_type, content, content_hash, created_by, created_at)
       VALUES ($1, 'enforcement.act', 'Қаулы', 'Постановление', 'application/pdf', $2, 'h', $3, $4)`,
      [documentId, Buffer.from('%PDF'), author, t0.toISOString()]);
    const actId = randomUUID();
    await insertAct(db(), { id: actId, proceedingId, action: 'initiate', effect: 'transition', templateCode: 'enf.initiation', templateVersion: 1,
      locale: 'kk', groundCode: null, params: { reason: 'r' }, documentId, needsApproval: true, baseVersion: 1, createdBy: author, createdAt: t0, draftKind: 'action:initiate' });
    await markActAwaitingApproval(db(), actId, t0);
    expect(await countActsAwaitingApproval(db(), REGION)).toBe(1);
    expect(await returnActAwaitingApproval(db(), actId, senior, t0, 'Негіздеме жоқ')).toBe(true);
    expect(await returnActAwaitingApproval(db(), actId, senior, t0, 'Тағы бір рет')).toBe(false);
    expect(await findAct(db(), actId)).toMatchObject({ status: 'returned', returnReason: 'Негіздеме жоқ', params: { reason: 'r' },
      needsApproval: true, baseVersion: 1, proceedingId });
    expect(await countActsAwaitingApproval(db(), REGION)).toBe(0);
  });
});
