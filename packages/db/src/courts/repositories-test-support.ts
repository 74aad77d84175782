import { createHash, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Sql } from '../database';
import { insertSignature } from '../signing/documents';
import { insertUser } from '../users';
import { findFiling, insertStoredFile, markFilingReceived, upsertCourt } from './index';
import type { NewFilingDraft } from './index';

// Shared fixtures of the courts' repository tests (repositories-*.int.test.ts): people, courts,
// signatures, stored files and filing drafts written straight through the repositories.

export const t0 = new Date('2026-03-02T05:00:00.000Z'); // Monday 10:00 in Astana (+05)
export const hex = (s: string) => createHash('sha256').update(s).digest('hex');
let iinSeq = 0;
const iin = () => `9${String(Date.now() % 1e6).padStart(6, '0')}${String((iinSeq += 1)).padStart(5, '0')}`.slice(0, 12);

export async function user(sql: Sql, fullName: string, organisationId: string | null = null): Promise<{ id: string; iin: string }> {
  const id = randomUUID();
  const personIin = iin();
  await insertUser(sql, { id, iin: personIin, fullName, email: null, phone: null, organisationId, locale: 'kk', passwordHash: 'x', roles: [] }, t0);
  return { id, iin: personIin };
}

export async function court(sql: Sql, id: string, code: string, zone = 'Asia/Almaty'): Promise<string> {
  await sql.query(
    `INSERT INTO organisations (id, kind, name_kk, name_ru, bin, region_id, time_zone, created_at)
     VALUES ($1, 'court', $2, $3, NULL, '710000000', $4, $5)`, [id, `${id} соты`, `Суд ${id}`, zone, t0.toISOString()]);
  await upsertCourt(sql, { organisationId: id, code, level: 'district', instances: ['first'], forms: ['civil', 'administrative'],
    workdayStart: '09:00', workdayEnd: '18:30', lunchStart: '13:00', lunchEnd: '14:30', address: { kk: 'Мекенжай', ru: 'Адрес' },
    phone: null, email: null });
  return id;
}

export async function signature(sql: Sql, signerIin: string): Promise<string> {
  const id = randomUUID();
  await insertSignature(sql, { id, challengeId: null, documentType: 'filing', documentId: randomUUID(), contentHash: hex(id),
    signer: { iin: signerIin, bin: null, name: 'Өтініш беруші', algorithm: 'ECGOST3410-2015' }, cms: new Uint8Array([1, 2, 3]),
    checkedAt: t0, evidence: {} });
  return id;
}

export async function storedFile(sql: Sql, uploadedBy: string | null, name = 'талап.pdf'): Promise<string> {
  const id = randomUUID();
  await insertStoredFile(sql, { id, sha256: hex(id), sizeBytes: 1234, kind: 'pdf', originalName: name, storageKey: `files/${id}`, uploadedBy }, t0);
  return id;
}

export function draft(courtId: string, applicant: { id: string; iin: string }, over: Partial<NewFilingDraft> = {}): NewFilingDraft {
  return {
    id: randomUUID(), service: 'claim', courtId, instance: 'first', form: 'civil', category: 'debt', targetCaseId: null,
    applicantUserId: applicant.id, applicantKind: 'individual', applicantIinBin: applicant.iin, applicantName: 'Исабеков Данияр',
    principalKind: null, principalIinBin: null, principalName: null, powerOfAttorneyId: null,
    title: 'Қарызды өндіру туралы талап арыз', body: 'Жауапкерден 500 000 теңге өндіруді сұраймын.', claimAmountTiyn: 50_000_000,
    dutyTiyn: 1_500_000, dutyBasis: { rule: 'property_claim', percent: 3 },
    parties: [{ category: 'defendant', kind: 'individual', iinBin: '900101300001', name: 'Жауапкер Асқар' }],
    appendix: ['Қарыз қолхаты', 'Төлем түбіртегі'], ...over,
  };
}

let filingSeq = 0;
export async function receive(sql: Sql, filingId: string, courtCode: string, at: Date, days: { receiptDate: string; registrationDay: string },
  signerIin: string, contentHash = hex(filingId)): Promise<string> {
  const f = (await findFiling(sql, filingId))!;
  filingSeq += 1;
  const number = `${courtCode}-${days.receiptDate.replaceAll('-', '')}-${String(filingSeq).padStart(5, '0')}`;
  expect(await markFilingReceived(sql, filingId, f.version, { number, signatureId: await signature(sql, signerIin), manifestSha256: hex(`m${filingId}`),
    contentHash, receivedAt: at, ...days })).toBe(true);
  return number;
}
