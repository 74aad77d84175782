import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database, FilingParty } from '@oryndau/db';
import {
  addFilingAttachment, findCourt, findUserByIin, insertFilingDraft, insertSignature, insertStoredFile, insertUser, markFilingReceived,
  nextCourtSequence,
} from '@oryndau/db';
import { courts } from '@oryndau/domain';
import { courtFileStorage } from './file-store';

// Shared by the court office's integration tests: received filings made
// with the repositories directly (the sending side is another item's), and
// extra staff of the demo courts.

/** Where the tests' stored files go (FILES_DIR of the test system). */
export const TEST_FILES_DIR = mkdtempSync(join(tmpdir(), 'oryndau-office-files-'));
export const OFFICE_ENV = { DEMO_KEYS: 'true', FILES_DIR: TEST_FILES_DIR, LOGIN_RATE_PER_MINUTE: '1000', RATE_PER_MINUTE: '100000' };

export const PEOPLE = {
  office: '900505400001', citizen: '920707300005', citizen2: '011120500008', judgeCivil: '710830300000', chairman: '650214300008',
  judgeCriminal: '760403400004',
} as const;

export const ESIL = 'court-astana-esil';

/** A minimal PDF: enough for the storage and the download. */
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** Another member of staff of a demo court, signing in with the demo password. */
export async function addStaff(db: Database, input: { iin: string; fullName: string; courtId: string; roles: string[] }, now: Date): Promise<void> {
  const template = await findUserByIin(db, PEOPLE.office);
  await db.transaction((tx) => insertUser(tx, { id: randomUUID(), iin: input.iin, fullName: input.fullName, email: null, phone: null,
    organisationId: input.courtId, locale: 'ru', passwordHash: template!.passwordHash, roles: input.roles }, now));
}

export type ReceivedFiling = { id: string; number: string; version: number; contentHash: string };

/**
 * A claim received by a court: draft, attachments (stored through the port),
 * signature row, `received` with its number and days. `attachments` files
 * for the first N appendix titles (default all).
 */
export async function receivedFiling(db: Database, now: Date, input: {
  applicantIin: string; courtId?: string; form?: courts.CaseForm; contentHash?: string; attachments?: number;
  service?: courts.FilingService; targetCaseId?: string | null; parties?: FilingParty[];
}): Promise<ReceivedFiling> {
  const courtId = input.courtId ?? ESIL;
  const applicant = (await findUserByIin(db, input.applicantIin))!;
  const court = (await findCourt(db, courtId))!;
  const id = randomUUID();
  const appendix = ['Қарыз қолхаты / Долговая расписка', 'Төлем түбіртегі / Квитанция'];
  const storage = courtFileStorage({ files: { directory: TEST_FILES_DIR, attachmentMaxBytes: 10 * 1024 * 1024 } });
  const contentHash = input.contentHash ?? randomUUID().replaceAll('-', '').padEnd(64, '0');
  return db.transaction(async (tx) => {
    const day = '2026-03-02';
    const sequence = await nextCourtSequence(tx, courtId, 'filing', day);
    const number = courts.filingNumber({ courtCode: court.code, receiptDate: day, sequence });
    await insertFilingDraft(tx, {
      id, service: input.service ?? 'claim', courtId, instance: 'first', form: input.form ?? 'civil', category: null,
      targetCaseId: input.targetCaseId ?? null, applicantUserId: applicant.id, applicantKind: 'individual', applicantIinBin: applicant.iin,
      applicantName: applicant.fullName, principalKind: null, principalIinBin: null, principalName: null, powerOfAttorneyId: null,
      title: 'Қарызды өндіру туралы талап арыз', body: 'Жауапкерден 500 000 теңге өндіруді сұраймын.', claimAmountTiyn: 50_000_000,
      dutyTiyn: 1_500_000, dutyBasis: { rule: 'property_claim' },
      parties: input.parties ?? [{ category: 'defendant', kind: 'individual', iinBin: '011120500008', name: 'Серікбаев Әлихан Бауыржанұлы' }],
      appendix,
    }, now);
    for (let i = 0; i < (input.attachments ?? appendix.length); i += 1) {
      const bytes = pdf(`${id} ${i}`);
      const stored = await storage.put(bytes, { kind: 'pdf', originalName: `құжат-${i + 1}.pdf` });
      const fileId = randomUUID();
      await insertStoredFile(tx, { id: fileId, sha256: stored.sha256, sizeBytes: stored.sizeBytes, kind: 'pdf', originalName: `құжат-${i + 1}.pdf`,
        storageKey: stored.storageKey, uploadedBy: applicant.id }, now);
      await addFilingAttachment(tx, { filingId: id, position: i + 1, title: appendix[i]!, fileId });
    }
    const signatureId = randomUUID();
    await insertSignature(tx, { id: signatureId, challengeId: null, documentType: 'filing', documentId: id, contentHash,
      signer: { iin: applicant.iin, bin: null, name: applicant.fullName, algorithm: 'RSA-SHA256' }, cms: new Uint8Array([1, 2, 3]), checkedAt: now,
      evidence: {} });
    await markFilingReceived(tx, id, 1, { number, signatureId, manifestSha256: contentHash, contentHash, receivedAt: now, receiptDate: day,
      registrationDay: day });
    return { id, number, version: 2, contentHash };
  });
}
