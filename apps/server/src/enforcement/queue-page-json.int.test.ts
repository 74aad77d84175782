import { randomUUID } from 'node:crypto';
import { proceedingPageSchema } from '@oryndau/contracts';
import { insertExecutiveDocument, insertParties, insertProceeding, insertUser, listQueuePage } from '@oryndau/db';
import type { Sql } from '@oryndau/db';
import { distribution } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../../test/harness/databases';
import { listQueue, queuePageQuery } from './queues';
import type { QueueFilter } from './queues';

// Issue 18 item 5: the queue page and the debtor search are written by
// PostgreSQL as the response's JSON text and sent as is. Held here, on both
// engines, to the contract: for the same rows the text is byte for byte what
// the route sent before — the typed rows (listQueuePage), mapped as the
// server mapped them, checked and serialised by the response schema — and
// the schema accepts it unchanged. The seed has what a JSON writer or a
// date format can get wrong: quotes, backslashes, control characters,
// emoji, U+2028, microseconds (cut, not rounded), ties on one instant, huge
// amounts, no bailiff, an unknown category, due dates around today.

const REGION = '750000000';
const OTHER_REGION = '710000000';
const NOW = new Date('2026-05-25T06:00:00Z'); // 11:00 in Almaty: today is 2026-05-25
const DEBTOR_IIN = '900101300777';
const NASTY = 'ЖШС "Алма" \\ / \t\n\r\b\f\u0001\u001f\u007f 😀 \u2028 end';

/** The page as the route answered before issue 18 item 5 (listQueue's old mapping, then the zod serialiser). */
async function formerAnswer(sql: Sql, subject: Subject, filter: QueueFilter): Promise<string> {
  const { query, today } = queuePageQuery(subject, filter, NOW);
  const page = await listQueuePage(sql, query);
  const categoryName = (code: string) => distribution.DEFAULT_RULES.rules.find((r) => r.category === code)?.categoryName ?? { kk: code, ru: code };
  const last = page.items[page.items.length - 1];
  const body = {
    items: page.items.map((r) => ({
      id: r.id, registrationNumber: r.registrationNumber, registeredAt: r.registeredAt.toISOString(), status: r.status,
      category: { code: r.categoryCode, name: categoryName(r.categoryCode) },
      debtor: { name: r.debtorName, identifier: r.debtorIdentifier }, amountTiyn: r.amountTiyn,
      bailiff: r.bailiffId ? { id: r.bailiffId, fullName: r.bailiffName ?? '' } : null,
      nextDueDate: r.nextDueDate, overdue: r.nextDueDate !== null && r.nextDueDate < today, awaitingApproval: r.awaitingApproval,
    })),
    nextCursor: page.hasMore && last ? Buffer.from(`${last.registeredAt.toISOString()}|${last.id}`).toString('base64url') : null,
  };
  return JSON.stringify(proceedingPageSchema.parse(body));
}

async function user(sql: Sql, fullName: string): Promise<string> {
  const id = randomUUID();
  await insertUser(sql, { id, iin: String(Math.floor(1e11 + Math.random() * 8e11)), fullName, email: null, phone: null, organisationId: null,
    locale: 'kk', passwordHash: 'x', roles: [] }, NOW);
  return id;
}

let sequence = 0;
type Seed = {
  registeredAt: string; bailiffId: string | null; status?: string; category?: string; debtorName?: string; amountTiyn?: string;
  nextDueDate?: string | null; awaitingApproval?: number; region?: string; debtorIin?: string;
};
async function proceeding(sql: Sql, s: Seed): Promise<string> {
  sequence += 1;
  const documentId = randomUUID();
  const id = randomUUID();
  const region = s.region ?? REGION;
  const registrationNumber = `${region}-26-${String(sequence).padStart(6, '0')}`;
  const category = s.category ?? 'citizens';
  const amountTiyn = s.amountTiyn ?? '100000';
  await insertExecutiveDocument(sql, {
    id: documentId, source: 'manual', dedupeKey: null, externalId: null, courtId: null, registrationNumber, registrationDate: '2026-05-25',
    departmentCode: region, arrivalOrder: 'first', claimEssence: 'Өндіру', issueDate: '2026-04-01', issuingBody: 'Сот',
    documentType: 'writ', documentNumber: `2-${sequence}`, entryIntoForceDate: '2026-05-01', receivedFrom: null, copyNumber: null,
    categoryCode: category, subcategory: null, amount: '1000', currency: 'KZT', exchangeRate: null, exchangeRateDate: null, amountTiyn,
    senderDocumentDate: null, senderOutgoingNumber: null, signerName: null, claimFiledBy: null, solidaryLiability: false, trustedPerson: false,
    writContent: null, courtActDocumentId: null, createdBy: null, createdAt: NOW,
  });
  const debtorIin = s.debtorIin ?? `9001013${String(sequence).padStart(5, '0')}`;
  await insertProceeding(sql, { id, executiveDocumentId: documentId, registrationNumber, departmentCode: region, regionKato: region,
    timeZone: 'Asia/Almaty', categoryCode: category, amountTiyn, debtorName: s.debtorName ?? `Борышкер ${sequence}`,
    debtorIdentifier: debtorIin, registeredAt: new Date(s.registeredAt) });
  await insertParties(sql, id, [{ id: randomUUID(), role: 'debtor', kind: 'individual', identifier: debtorIin, name: s.debtorName ?? 'Борышкер',
    address: null, regionKato: region, districtKato: null }]);
  // The instant with its microseconds (a Date would lose them), and the fields the page shows.
  await sql.query(`UPDATE proceedings SET registered_at = $2::timestamptz, bailiff_id = $3, status = $4, next_due_date = $5::date,
                          awaiting_approval = $6 WHERE id = $1`,
  [id, s.registeredAt, s.bailiffId, s.status ?? 'registered', s.nextDueDate ?? null, s.awaitingApproval ?? 0]);
  return id;
}

const subjectOf = (id: string, roles: Subject['roles'], regionId: string | null = null): Subject => ({
  id, iin: '800101300001', roles, organisationId: null, organisationKind: regionId ? 'enforcement_department' : null, regionId,
});

describeOnEachEngine('ISSUE-18 item 5: the queue page written by PostgreSQL', ({ db }) => {
  it('ENF-2, ISSUE-18 item 5: the JSON text equals the former mapping of the same rows, byte for byte, and the response schema accepts it unchanged', async () => {
    const sql = db();
    const bailiff = await user(sql, 'Сот "орындаушысы" \\ \t😀');
    const other = await user(sql, 'Басқа орындаушы');
    const seeds: Seed[] = [
      { registeredAt: '2026-05-20T04:00:00.123999Z', bailiffId: bailiff, debtorName: NASTY, nextDueDate: '2026-05-24', awaitingApproval: 2 },
      { registeredAt: '2026-05-20T04:00:00.123999Z', bailiffId: bailiff, nextDueDate: '2026-05-25', category: 'alimony' },
      { registeredAt: '2026-05-20T04:00:00.123999Z', bailiffId: bailiff, nextDueDate: '2026-05-26', category: 'unknown_category' },
      { registeredAt: '2026-05-20T04:00:00.999999Z', bailiffId: bailiff, amountTiyn: '999999999999999999', debtorIin: DEBTOR_IIN },
      { registeredAt: '2026-05-20T04:00:00Z', bailiffId: bailiff, amountTiyn: '1', category: 'administrative_fine', debtorIin: DEBTOR_IIN },
      { registeredAt: '1999-12-31T23:59:59.000001Z', bailiffId: bailiff, nextDueDate: '2020-01-01', category: 'state_collection' },
      { registeredAt: '2026-05-24T19:00:00.5Z', bailiffId: bailiff, status: 'initiated', debtorIin: DEBTOR_IIN, awaitingApproval: 1 },
      { registeredAt: '2026-05-24T19:00:01Z', bailiffId: bailiff, status: 'initiated', nextDueDate: '2026-05-01', debtorName: 'ЖШС 100% "Алма"_' },
      { registeredAt: '2026-05-21T08:30:00.000500Z', bailiffId: null, debtorName: 'Иесіз \u0000'.replace('\u0000', '\u0002') },
      { registeredAt: '2026-05-22T08:30:00Z', bailiffId: other, region: OTHER_REGION, category: 'legal_entities' },
      { registeredAt: '2026-05-22T08:31:00Z', bailiffId: other, debtorIin: DEBTOR_IIN, nextDueDate: '2026-06-01' },
    ];
    for (let i = 0; i < 9; i += 1) seeds.push({ registeredAt: `2026-05-23T0${i}:00:00.00${i}${i}${i}Z`, bailiffId: bailiff, awaitingApproval: i });
    for (const seed of seeds) await proceeding(sql, seed);

    const own = subjectOf(bailiff, ['private_bailiff']);
    const senior = subjectOf(randomUUID(), ['senior_bailiff'], REGION);
    const admin = subjectOf(randomUUID(), ['admin']);
    const cases: { subject: Subject; filter: QueueFilter }[] = [];
    for (const limit of [1, 3, 7, 25, 100]) {
      for (const sort of ['registeredAt', '-registeredAt'] as const) cases.push({ subject: own, filter: { queue: 'notInitiated', limit, sort } });
    }
    cases.push(
      { subject: own, filter: { queue: 'inExecution' } },
      { subject: own, filter: { queue: 'notInitiated', debtor: DEBTOR_IIN, limit: 1 } },
      { subject: own, filter: { queue: 'inExecution', debtor: DEBTOR_IIN } },
      { subject: own, filter: { queue: 'notInitiated', debtor: '000000000000' } },
      { subject: own, filter: { queue: 'notInitiated', debtor: 'Алма', limit: 2 } },
      { subject: own, filter: { queue: 'notInitiated', overdue: true, limit: 2 } },
      { subject: own, filter: { queue: 'notInitiated', category: 'unknown_category' } },
      { subject: own, filter: { queue: 'notInitiated', from: '2026-05-20', to: '2026-05-22', limit: 2 } },
      { subject: senior, filter: { queue: 'notInitiated', limit: 4 } },
      { subject: senior, filter: { queue: 'notInitiated', debtor: DEBTOR_IIN, limit: 1, sort: 'registeredAt' } },
      { subject: admin, filter: { queue: 'notInitiated', limit: 5 } },
    );

    let pages = 0;
    let items = 0;
    for (const { subject, filter } of cases) {
      let after: string | undefined;
      for (let page = 0; page < 50; page += 1) {
        const text = (await listQueue(sql, subject, { ...filter, after }, NOW)).json;
        expect(text, JSON.stringify(filter)).toBe(await formerAnswer(sql, subject, { ...filter, after }));
        const parsed = JSON.parse(text) as unknown;
        expect(proceedingPageSchema.parse(parsed)).toEqual(parsed);
        const body = proceedingPageSchema.parse(parsed);
        pages += 1;
        items += body.items.length;
        if (!body.nextCursor) break;
        after = body.nextCursor;
      }
    }
    // Not a comparison of empty pages: the walks went through every seeded row several times, over many pages.
    expect(pages).toBeGreaterThan(60);
    expect(items).toBeGreaterThan(150);
    const nasty = await listQueue(sql, own, { queue: 'notInitiated', debtor: 'end', limit: 100 }, NOW);
    expect((JSON.parse(nasty.json) as { items: { debtor: { name: string } }[] }).items.map((i) => i.debtor.name)).toEqual([NASTY]);
  });
});
