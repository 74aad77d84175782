import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { fireDueDeadlines, insertCourtAct } from '@oryndau/db';
import { createSignedData, devCa, openPkcs12, testAnchor } from '@oryndau/esign';
import { nodePkiDirectory } from '@oryndau/esign/node';
import { describe, expect, it } from 'vitest';
import { main, verifyArchiveExport } from '@oryndau/cli';
import { describeSystemOnEachEngine } from '../../../../../test/harness/test-system';
import { DEMO_KEY_PIN } from '../../signing/demo-keys';
import { createDocument } from '../../signing/documents';
import type { System } from '../../system';
import type { TestClient } from '../../../../../test/harness/test-system';
import { OFFICE_ENV, PEOPLE, addStaff, receivedFiling } from '../office-test-support';
import { ARCHIVE_HANDOVER, archiveHandoverHandler, scheduleArchiveHandover } from './schedule-archive-handover';

// Issue 15 items 4-5 (FILE-17, SIG-7, seed 003 §59–63): the archive
// handover deadline fires once (two workers), the secretary's inventory is
// signed by the case's judge, what is archived cannot change even by a
// direct UPDATE, participants and the court's staff only read it (every
// access journalled), the signatures re-verify after the certificates
// expired, and the ZIP export verifies offline — and fails after one byte.

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../../../packages/documents/test-fixtures/attachments');
const PDF = { name: 'түсініктеме.pdf', bytes: new Uint8Array(readFileSync(join(FIXTURES, 'claim-libreoffice.pdf'))) };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const APPLICANT = PEOPLE.citizen;
const SECRETARY = '950101400002';
const OTHER_COURT_JUDGE = '770707300012';
const OTHER_COURT_SECRETARY = '780808400015';

function multipart(fields: Record<string, string>, file: { name: string; bytes: Uint8Array }) {
  const boundary = `----oryndau${randomUUID().replaceAll('-', '')}`;
  const chunks: Buffer[] = Object.entries(fields)
    .map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n`
    + 'Content-Type: application/octet-stream\r\n\r\n'), Buffer.from(file.bytes), Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function signBytes(system: System, iin: string, content: Uint8Array): Promise<string> {
  const entry = system.trust.demoKeys.find((k) => k.iin === iin && k.purpose === 'sign')!;
  const key = await openPkcs12(new Uint8Array(readFileSync(`${system.trust.pkiDir}/${entry.file}`)), DEMO_KEY_PIN);
  const cms = await createSignedData({ content, detached: true, privateKey: key.privateKey, certificate: key.certificate, chain: key.chain,
    signingTime: new Date() });
  return Buffer.from(cms).toString('base64');
}

/** Signs a stored document through the common routes (challenge → content → CMS), as the signing dialog does. */
async function signDocument(system: System, c: TestClient, iin: string, documentId: string) {
  const start = await c.post(`/api/documents/${documentId}/signing`);
  if (start.statusCode !== 200) return start;
  const { challengeId } = start.json() as { challengeId: string };
  const content = new Uint8Array((await c.get(`/api/documents/${documentId}/content`)).rawPayload);
  return c.post(`/api/signing/${challengeId}/signature`, { cms: await signBytes(system, iin, content) });
}

type ArchiveView = {
  status: string | null; version: number | null; dueOn: string | null; overdue: boolean; archivedAt: string | null; signedBy: string | null;
  inventory: { documentId: string; entries: { position: number; source: string; sha256: string; fileName: string; mediaType: string;
    signatures: { id: string }[] }[] } | null;
  retention: { years: number | null; confirmed: boolean; until: string | null } | null; may: { prepare: boolean; sign: boolean };
};

/** A claim registered into a new case, with one supplement (a real PDF) signed by the applicant: a case with files and a signed document. */
async function archivableCase(system: System, client: (l?: 'kk' | 'ru') => TestClient, now: Date) {
  // The defendant is not the second demo citizen: that one plays the stranger.
  const filing = await receivedFiling(system.db, now, { applicantIin: APPLICANT,
    parties: [{ category: 'defendant', kind: 'individual', iinBin: '850615300109', name: 'Иванов Ерлан Ерланович' }] });
  const office = client('ru');
  expect((await office.signIn(PEOPLE.office)).statusCode).toBe(200);
  const card = (await office.get(`/api/court-office/filings/${filing.id}`)).json() as { filing: { version: number }; proposal: { judgeUserId: string } };
  const registered = await office.post(`/api/court-office/filings/${filing.id}/register`,
    { version: card.filing.version, into: 'new', judgeUserId: card.proposal.judgeUserId });
  expect(registered.statusCode, registered.body).toBe(200);
  const caseId = (registered.json() as { case: { id: string } }).case.id;
  const applicant = client('kk');
  await applicant.signIn(APPLICANT);
  const uploaded = await applicant.request({ method: 'POST', url: `/api/filings/${filing.id}/attachments`,
    ...multipart({ supplement: 'true', title: 'Түсініктеме' }, PDF) });
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const start = await applicant.post(`/api/filings/${filing.id}/supplements/signing`);
  expect(start.statusCode, start.body).toBe(200);
  const { challengeId, documentId } = start.json() as { challengeId: string; documentId: string };
  const content = new Uint8Array((await applicant.get(`/api/documents/${documentId}/content`)).rawPayload);
  const sent = await applicant.post(`/api/signing/${challengeId}/signature`, { cms: await signBytes(system, APPLICANT, content) });
  expect(sent.statusCode, sent.body).toBe(200);
  const judgeIin = (await system.db.query<{ iin: string }>('SELECT iin FROM users WHERE id = $1', [card.proposal.judgeUserId])).rows[0]!.iin;
  return { caseId, judgeIin, judgeUserId: card.proposal.judgeUserId, applicant, supplementDocumentId: documentId };
}

const journalled = async (system: System, caseId: string, action: string) => (await system.db.query<{ actor_id: string | null }>(
  'SELECT actor_id FROM journal WHERE object_id = $1 AND action = $2', [caseId, action])).rows;

describeSystemOnEachEngine('ISSUE-15 items 4-5, FILE-17, SIG-7: the electronic archive', ({ system, client, clock }) => {
  it('FILE-17 §62: the handover deadline fires once with two workers, the case enters the secretary\'s queue (overdue after its day); the inventory, signed by the case\'s judge, archives it', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z'));
    const now = clock.now();
    await addStaff(system().db, { iin: OTHER_COURT_JUDGE, fullName: 'Басқа Судья Сотұлы', courtId: 'court-taraz', roles: ['judge'] }, now);
    await addStaff(system().db, { iin: OTHER_COURT_SECRETARY, fullName: 'Басқа Хатшы Сотқызы', courtId: 'court-taraz', roles: ['court_secretary'] }, now);
    const { caseId, judgeIin, judgeUserId, applicant, supplementDocumentId } = await archivableCase(system(), client, now);
    // The court's decision (issue 15 item 1's court_acts row): a PDF the judge signed with the demo key, complete.
    const judgeEarly = client('kk');
    expect((await judgeEarly.signIn(judgeIin)).statusCode).toBe(200);
    const decision = await system().db.transaction((tx) => createDocument(tx, { kind: 'sample', title: { kk: 'Шешім', ru: 'Решение' },
      mediaType: 'application/pdf', content: PDF.bytes.slice(), createdBy: judgeUserId }, now));
    expect((await signDocument(system(), judgeEarly, judgeIin, decision.id)).statusCode).toBe(200);
    const actId = randomUUID();
    await system().db.transaction(async (tx) => {
      await insertCourtAct(tx, { id: actId, caseId, kind: 'decision', language: 'kk', title: { kk: 'Шешім', ru: 'Решение' }, source: 'upload',
        fields: {}, documentId: decision.id, immediateExecution: false, correctsActId: null, createdBy: judgeUserId }, now);
      await tx.query(`UPDATE court_acts SET status = 'signed', signed_at = $2, published_at = $2 WHERE id = $1`, [actId, now.toISOString()]);
    });

    // Legal force on Wednesday 4 March; 8 March (Sunday) is observed on Monday 9: the third working day is Tuesday 10 March.
    const scheduled = await system().db.transaction((tx) => scheduleArchiveHandover(tx, { caseId, inForceOn: '2026-03-04' }, now));
    expect(scheduled.dueOn).toBe('2026-03-10');
    const handlers = { [ARCHIVE_HANDOVER]: archiveHandoverHandler };
    const secretary = client('ru');
    expect((await secretary.signIn(SECRETARY)).statusCode).toBe(200);
    const queue = async () => ((await secretary.get('/api/court-archive/queue')).json() as { items: { caseId: string; overdue: boolean }[] })
      .items.filter((i) => i.caseId === caseId);
    expect((await fireDueDeadlines(system().db, handlers, () => new Date('2026-03-09T18:59:00Z'))).fired).toBe(0);
    expect(await queue()).toEqual([]);
    // 00:00 of 10 March in Astana: two workers race for the one deadline.
    const at = () => new Date('2026-03-09T19:00:30Z');
    const runs = await Promise.all([fireDueDeadlines(system().db, handlers, at), fireDueDeadlines(system().db, handlers, at)]);
    expect(runs.reduce((n, r) => n + r.fired, 0)).toBe(1);
    expect(runs.reduce((n, r) => n + r.failed, 0)).toBe(0);
    expect(await journalled(system(), caseId, 'court_case.archive_due')).toHaveLength(1);
    clock.set(new Date('2026-03-10T04:00:00Z'));
    expect((await secretary.signIn(SECRETARY)).statusCode).toBe(200);
    expect(await queue()).toMatchObject([{ overdue: false }]);
    clock.set(new Date('2026-03-11T04:00:00Z'));
    expect((await secretary.signIn(SECRETARY)).statusCode).toBe(200);
    expect(await queue()).toMatchObject([{ overdue: true }]);
    const home = (await secretary.get('/api/home')).json() as { queues: { key: string; count: number }[] };
    expect(home.queues.find((q) => q.key === 'courts.toArchive')?.count).toBeGreaterThanOrEqual(1);

    // Only the secretary prepares; two secretaries' tabs at once: one inventory, one clear 409.
    const judge = client('kk');
    expect((await judge.signIn(judgeIin)).statusCode).toBe(200);
    expect((await judge.post(`/api/court-cases/${caseId}/archive/inventory`, { version: 1 })).statusCode).toBe(403);
    const [a, b] = await Promise.all([secretary.post(`/api/court-cases/${caseId}/archive/inventory`, { version: 1 }),
      secretary.post(`/api/court-cases/${caseId}/archive/inventory`, { version: 1 })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const lost = [a, b].find((r) => r.statusCode === 409)!;
    expect(lost.json()).toMatchObject({ code: 'courts.version_conflict' });
    const prepared = ([a, b].find((r) => r.statusCode === 200)!.json()) as { documentId: string; archive: ArchiveView };
    expect(prepared.archive.status).toBe('inventory_prepared');
    const entries = prepared.archive.inventory!.entries;
    expect(entries.map((e) => e.source).sort()).toEqual(['case_document', 'case_document', 'case_document', 'court_act', 'signed_filing']);
    expect(entries.find((e) => e.source === 'signed_filing')!.signatures).toHaveLength(1);
    expect(entries.find((e) => e.source === 'court_act')!.signatures).toHaveLength(1);
    expect(entries.some((e) => e.sha256 === sha256(PDF.bytes))).toBe(true);

    // Another judge of the court (not on the case) and another court's judge may not sign it.
    const otherJudgeIin = [PEOPLE.judgeCivil, PEOPLE.chairman, PEOPLE.judgeCriminal].find((iin) => iin !== judgeIin)!;
    const otherJudge = client('ru');
    await otherJudge.signIn(otherJudgeIin);
    expect([403, 404]).toContain((await signDocument(system(), otherJudge, otherJudgeIin, prepared.documentId)).statusCode);
    const foreign = client('ru');
    await foreign.signIn(OTHER_COURT_JUDGE);
    expect((await signDocument(system(), foreign, OTHER_COURT_JUDGE, prepared.documentId)).statusCode).toBe(404);

    const signed = await signDocument(system(), judge, judgeIin, prepared.documentId);
    expect(signed.statusCode, signed.body).toBe(200);
    const view = (await judge.get(`/api/court-cases/${caseId}/archive`)).json() as ArchiveView;
    expect(view).toMatchObject({ status: 'archived', retention: { years: 5, confirmed: false } });
    expect(view.signedBy).toBeTruthy();
    expect(view.retention!.until).toBe('2031-03-11');
    const events = (await system().db.query<{ kind: string }>('SELECT kind FROM case_events WHERE case_id = $1 ORDER BY occurred_at, id', [caseId])).rows;
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['handed_to_archive', 'archived']));
    expect(await journalled(system(), caseId, 'court_case.archived')).toHaveLength(1);
    // A second inventory of an archived case: 409.
    expect((await secretary.post(`/api/court-cases/${caseId}/archive/inventory`, { version: view.version })).json())
      .toMatchObject({ code: 'courts.archive_already' });

    // FILE-17 §61 p.1: the database itself refuses to change or delete anything archived.
    const db = system().db;
    const fileId = (await db.query<{ file_id: string }>('SELECT file_id FROM case_archive_items WHERE case_id = $1 AND file_id IS NOT NULL LIMIT 1',
      [caseId])).rows[0]!.file_id;
    const refused = async (sql: string, params: unknown[]) => {
      await expect(db.query(sql, params)).rejects.toThrow(/archived case|can no longer change/);
    };
    await refused('UPDATE stored_files SET original_name = $2 WHERE id = $1', [fileId, 'changed.pdf']);
    await refused('UPDATE stored_files SET sha256 = $2 WHERE id = $1', [fileId, '0'.repeat(64)]);
    await refused('DELETE FROM stored_files WHERE id = $1', [fileId]);
    await refused('UPDATE case_documents SET title = $2 WHERE case_id = $1', [caseId, 'changed']);
    await refused('DELETE FROM case_documents WHERE case_id = $1', [caseId]);
    await refused(`INSERT INTO case_documents (id, case_id, title, file_id, kind, added_at) VALUES ($1, $2, 'late', $3, 'supplement', now())`,
      [randomUUID(), caseId, fileId]);
    await refused('UPDATE documents SET title_ru = $2 WHERE id = $1', [supplementDocumentId, 'changed']);
    await refused('UPDATE documents SET draft_rendering = $2 WHERE id = $1', [prepared.documentId, Buffer.from('x')]);
    await refused('DELETE FROM signatures WHERE document_id = $1', [prepared.documentId]);
    await refused('UPDATE signatures SET evidence = $2::jsonb WHERE document_id = $1', [supplementDocumentId, '{}']);
    await refused('UPDATE case_archives SET retention_years = 1 WHERE case_id = $1', [caseId]);
    await refused('DELETE FROM case_archive_items WHERE case_id = $1', [caseId]);
    await refused('UPDATE case_archive_items SET sha256 = $2 WHERE case_id = $1', [caseId, '0'.repeat(64)]);

    // FILE-17 §61 p.2: access — the participant and the court's staff; a non-participant and another court's staff get 404; all journalled.
    const stranger = client('ru');
    await stranger.signIn(PEOPLE.citizen2);
    const otherSecretary = client('ru');
    await otherSecretary.signIn(OTHER_COURT_SECRETARY);
    for (const c of [stranger, otherSecretary]) {
      for (const url of ['', '/entries/1', '/entries/1/copy.pdf', '/export', '/verification']) {
        expect((await c.get(`/api/court-cases/${caseId}/archive${url}`)).statusCode, url).toBe(404);
      }
    }
    const pdfEntry = view.inventory!.entries.find((e) => e.sha256 === sha256(PDF.bytes))!;
    expect((await applicant.signIn(APPLICANT)).statusCode).toBe(200);
    const download = await applicant.get(`/api/court-cases/${caseId}/archive/entries/${pdfEntry.position}`);
    expect(download.statusCode).toBe(200);
    expect(sha256(new Uint8Array(download.rawPayload))).toBe(sha256(PDF.bytes));

    // §61 p.4: the paper copy — the original PDF's pages stamped; a file pdf-lib cannot read as a PDF gets a cover page with it embedded.
    const copy = await applicant.get(`/api/court-cases/${caseId}/archive/entries/${pdfEntry.position}/copy.pdf`);
    expect(copy.statusCode).toBe(200);
    expect(copy.headers['content-type']).toMatch(/application\/pdf/);
    const stamped = await PDFDocument.load(new Uint8Array(copy.rawPayload));
    expect(stamped.getPageCount()).toBe((await PDFDocument.load(PDF.bytes)).getPageCount());
    const manifestEntry = view.inventory!.entries.find((e) => e.source === 'signed_filing')!;
    const cover = await secretary.get(`/api/court-cases/${caseId}/archive/entries/${manifestEntry.position}/copy.pdf`);
    expect(cover.statusCode).toBe(200);
    expect(new TextDecoder().decode(new Uint8Array(cover.rawPayload).slice(0, 5))).toBe('%PDF-');

    const citizenId = (await db.query<{ id: string }>('SELECT id FROM users WHERE iin = $1', [APPLICANT])).rows[0]!.id;
    expect((await journalled(system(), caseId, 'archive.downloaded')).map((r) => r.actor_id)).toContain(citizenId);
    expect((await journalled(system(), caseId, 'archive.paper_copy')).map((r) => r.actor_id)).toContain(citizenId);
    expect((await journalled(system(), caseId, 'archive.viewed')).length).toBeGreaterThan(0);
    const strangerId = (await db.query<{ id: string }>('SELECT id FROM users WHERE iin = $1', [PEOPLE.citizen2])).rows[0]!.id;
    const strangerEntries = await db.query('SELECT 1 FROM journal WHERE object_id = $1 AND action LIKE $2 AND actor_id = $3', [caseId, 'archive.%', strangerId]);
    expect(strangerEntries.rows).toHaveLength(0);

    // SIG-7: years later the demo certificates have expired; every signature still verifies as of its signing time from the stored evidence.
    clock.set(new Date('2046-03-02T05:00:00Z'));
    await applicant.signIn(APPLICANT);
    const verification = await applicant.get(`/api/court-cases/${caseId}/archive/verification`);
    expect(verification.statusCode, verification.body).toBe(200);
    const checked = verification.json() as { allValid: boolean; documents: { bytesIntact: boolean; signatures: { validAtSigningTime: boolean;
      evidencePresent: boolean; certificateExpired: boolean }[] }[] };
    expect(checked.allValid).toBe(true);
    const allSignatures = checked.documents.flatMap((d) => d.signatures);
    expect(allSignatures).toHaveLength(3); // the inventory's, the supplement manifest's, the decision's
    for (const s of allSignatures) expect(s).toMatchObject({ validAtSigningTime: true, evidencePresent: true, certificateExpired: true });
    expect(checked.documents.every((d) => d.bytesIntact)).toBe(true);
    // One entry per participant whose data it shows (the applicant and the defendant: ENP-11).
    expect(await journalled(system(), caseId, 'archive.verified')).toHaveLength(2);

    // Issue 15 item 5: the ZIP export verifies offline against the dev root; one byte changed in one document, and it fails naming that file.
    const exported = await applicant.get(`/api/court-cases/${caseId}/archive/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/application\/zip/);
    const zipBytes = new Uint8Array(exported.rawPayload);
    const trust = (await devCa.readDevTrust(nodePkiDirectory(system().trust.pkiDir)))!;
    const anchors = { anchors: [testAnchor(trust.root, devCa.DEV_ROOT_NAME)], intermediates: [trust.issuing] };
    const good = await verifyArchiveExport(zipBytes, anchors);
    expect(good.checks.filter((c) => !c.ok)).toEqual([]);
    expect(good.ok).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'oryndau-archive-'));
    writeFileSync(join(dir, 'case.zip'), zipBytes);
    const lines: string[] = [];
    const out = { log: (t: string) => lines.push(t), error: (t: string) => lines.push(t) };
    expect(await main(['archive', 'verify', join(dir, 'case.zip'), '--pki', system().trust.pkiDir], out)).toBe(0);
    expect(lines.join('\n')).toMatch(/VERIFIED/);

    const zip = await JSZip.loadAsync(zipBytes);
    const target = Object.keys(zip.files).find((p) => p.startsWith('documents/') && p.endsWith('.pdf'))!;
    const bytes = await zip.file(target)!.async('uint8array');
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0x01;
    zip.file(target, bytes);
    writeFileSync(join(dir, 'tampered.zip'), await zip.generateAsync({ type: 'uint8array' }));
    lines.length = 0;
    expect(await main(['archive', 'verify', join(dir, 'tampered.zip'), '--pki', system().trust.pkiDir], out)).toBe(1);
    const report = lines.join('\n');
    expect(report).toMatch(/FAILED/);
    expect(report).toContain(`FAIL  ${target}`);
    expect(await journalled(system(), caseId, 'archive.exported')).toHaveLength(2);
  });

  it('FILE-17: a case not due for the archive — no inventory (409 with kk/ru text), nothing to copy or export', async () => {
    clock.set(new Date('2026-04-01T05:00:00Z'));
    const filing = await receivedFiling(system().db, clock.now(), { applicantIin: APPLICANT });
    const office = client('ru');
    await office.signIn(PEOPLE.office);
    const card = (await office.get(`/api/court-office/filings/${filing.id}`)).json() as { filing: { version: number }; proposal: { judgeUserId: string } };
    const caseId = ((await office.post(`/api/court-office/filings/${filing.id}/register`,
      { version: card.filing.version, into: 'new', judgeUserId: card.proposal.judgeUserId })).json() as { case: { id: string } }).case.id;
    const kk = client('kk');
    await kk.signIn(SECRETARY);
    const early = await kk.post(`/api/court-cases/${caseId}/archive/inventory`, { version: null });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'courts.archive_not_due', message: expect.stringMatching(/^Іс әлі мұрағатқа тапсырылмайды/) });
    expect((await kk.get(`/api/court-cases/${caseId}/archive`)).json()).toMatchObject({ status: null, inventory: null });
    expect((await kk.get(`/api/court-cases/${caseId}/archive/export`)).json()).toMatchObject({ code: 'courts.archive_not_archived' });
    expect((await kk.post(`/api/court-cases/${caseId}/archive/inventory`, { version: 'x' })).statusCode).toBe(400);
  });

  it('FILE-17 (ЭАСД): an old scanned case from the archive system is shown read-only to its court\'s staff, 404 to others, journalled', async () => {
    clock.set(new Date('2026-04-02T05:00:00Z'));
    const scan = new Uint8Array(readFileSync(join(FIXTURES, 'scan.jpg')));
    const receipt = await system().external.adapters.archive.deposit({
      packageRef: `old-${randomUUID()}`, caseNumber: '2-1234/2009', title: { kk: 'Ескі іс', ru: 'Старое дело' },
      metadata: { courtId: 'court-astana-esil' }, retentionYears: 10,
      files: [{ filename: 'scan-001.jpg', contentType: 'image/jpeg', content: scan }],
    });
    const office = client('kk');
    await office.signIn(PEOPLE.office);
    const shown = await office.get(`/api/court-archive/legacy/${receipt.archiveId}`);
    expect(shown.statusCode, shown.body).toBe(200);
    const view = shown.json() as { caseNumber: string; court: { ru: string } | null; files: { sha256: string; downloadUrl: string }[] };
    expect(view).toMatchObject({ caseNumber: '2-1234/2009', files: [{ sha256: sha256(scan) }] });
    expect(view.court).not.toBeNull();
    const file = await office.get(view.files[0]!.downloadUrl);
    expect(file.statusCode).toBe(200);
    expect(sha256(new Uint8Array(file.rawPayload))).toBe(sha256(scan));
    const other = client('ru');
    await other.signIn(OTHER_COURT_SECRETARY);
    expect((await other.get(`/api/court-archive/legacy/${receipt.archiveId}`)).statusCode).toBe(404);
    const citizen = client('ru');
    await citizen.signIn(APPLICANT);
    expect((await citizen.get(view.files[0]!.downloadUrl)).statusCode).toBe(404);
    expect((await office.get('/api/court-archive/legacy/no-such-package')).statusCode).toBe(404);
    const entries = await system().db.query<{ action: string }>('SELECT action FROM journal WHERE object_id = $1 ORDER BY seq', [receipt.archiveId]);
    expect(entries.rows.map((r) => r.action)).toEqual(['archive.legacy_viewed', 'archive.legacy_downloaded']);
  });
}, OFFICE_ENV);

describe('FILE-17: the export verifier refuses what is not an export', () => {
  it('FILE-17: garbage and an empty ZIP fail with a named problem', async () => {
    const trust = { anchors: [], intermediates: [] };
    expect((await verifyArchiveExport(new TextEncoder().encode('not a zip'), trust)).checks[0]).toMatchObject({ ok: false, path: '(zip)' });
    const empty = await new JSZip().generateAsync({ type: 'uint8array' });
    expect((await verifyArchiveExport(empty, trust)).checks[0]).toMatchObject({ ok: false, path: 'manifest.json' });
  });
});
