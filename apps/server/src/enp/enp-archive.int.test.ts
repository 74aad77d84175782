import { createHash } from 'node:crypto';
import { EASD_DEMO_ARCHIVE_ID } from '@oryndau/adapters';
import { fireDueDeadlines } from '@oryndau/db';
import { courts } from '@oryndau/domain';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import { signDocument, staff } from '../courts/acts/court-acts-test-support';
import { addStaff, PEOPLE } from '../courts/office-test-support';
import { ARCHIVE_HANDOVER, archiveHandoverHandler, scheduleArchiveHandover } from '../courts/archive/schedule-archive-handover';
import type { System } from '../system';
import { ENP_ENV, PortalClient, caseWithActs, issue, pdfText } from './enp-test-support';

// Issue 16 item 6 (ENP-10): archived cases on the portal. An Oryndau case in
// our electronic archive shows as archived with its documents from the
// archive (arc:…, checked against the inventory's SHA-256); an old case of
// the archive system ЭАСД — fetched over HTTP from the archive simulator —
// gets a password at the office by its archive id and shows its scans
// (easd:…) the same way; the matrix and the blocks hold for both.

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const SECRETARY = '950101400002';
const ADMIN = '800101300006';
const OTHER_COURT_SECRETARY = '780808400015';
const PLAINTIFF_IIN = '850615300109';
const THIRD_IIN = '850312300002';

type CaseView = {
  case: { number: string; archived: boolean; court: { ru: string }; statusName: { ru: string } };
  participants: { category: string; names: string[] }[];
  course: { date: string; kind: string }[];
  documents: { id: string; kind: string; title: string; date: string; downloadUrl: string; mediaType: string }[];
};

async function signedInPortal(system: System, iin: string, password: string) {
  const portal = new PortalClient(system);
  const signed = await portal.search(iin, password);
  expect(signed.statusCode, signed.body).toBe(200);
  return { portal, signed: signed.json() as { caseId: string | null; easdArchiveId: string | null } };
}

describeSystemOnEachEngine('ISSUE-16 ENP-10: archived and ЭАСД cases on the ЭНП portal', ({ system, clock }) => {
  it('ENP-10: an archived case shows as archived, its documents come from the archive (arc:…) with the inventory\'s checksums; a block on the live act still holds', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z'));
    const { caseId, acts, office } = await caseWithActs(system(), clock.now(), 'civil', ['decision', 'ruling']);
    const ruling = acts.find((a) => a.kind === 'ruling')!;
    const blocked = await office.post(`/api/enp/office/cases/${caseId}/documents/${encodeURIComponent(`act:${ruling.id}`)}/block`,
      { reason: 'Содержит сведения о несовершеннолетнем' });
    expect(blocked.statusCode, blocked.body).toBe(200);

    // FILE-17: in force on 4 March, due on 10 March; the secretary's inventory, signed by the judge, archives it.
    await system().db.transaction((tx) => scheduleArchiveHandover(tx, { caseId, inForceOn: '2026-03-04' }, clock.now()));
    expect((await fireDueDeadlines(system().db, { [ARCHIVE_HANDOVER]: archiveHandoverHandler }, () => new Date('2026-03-09T19:00:30Z'))).fired)
      .toBe(1);
    clock.set(new Date('2026-03-10T04:00:00Z'));
    const secretary = await staff(system(), SECRETARY);
    const prepared = await secretary.post(`/api/court-cases/${caseId}/archive/inventory`, { version: 1 });
    expect(prepared.statusCode, prepared.body).toBe(200);
    const judge = await staff(system(), PEOPLE.judgeCivil);
    expect((await signDocument(system(), judge, (prepared.json() as { documentId: string }).documentId, PEOPLE.judgeCivil)).statusCode).toBe(200);
    const archive = (await secretary.get(`/api/court-cases/${caseId}/archive`)).json() as {
      status: string; inventory: { entries: { position: number; source: string; sha256: string }[] } };
    expect(archive.status).toBe('archived');

    const officeNow = await staff(system(), PEOPLE.office);
    const issued = await issue(officeNow, caseId, { iin: PLAINTIFF_IIN, fullName: 'Иванов Ерлан', category: 'plaintiff' });
    const { portal } = await signedInPortal(system(), PLAINTIFF_IIN, issued.password);
    const view = (await portal.get('/api/enp/case')).json() as CaseView;
    expect(view.case.archived).toBe(true);
    expect(view.documents.length).toBeGreaterThan(0);
    expect(view.documents.every((d) => d.id.startsWith(`arc:${caseId}`))).toBe(true);
    const kinds = view.documents.map((d) => d.kind);
    expect(kinds).toContain('decision');
    expect(kinds).toContain('archive_inventory');
    // The ruling was blocked by its live id before the case was archived: its archive entry stays blocked.
    expect(kinds).not.toContain('ruling');
    expect(view.documents.map((d) => d.date)).toEqual([...view.documents.map((d) => d.date)].sort());

    // The decision from the archive: the bytes the inventory lists.
    const decision = view.documents.find((d) => d.kind === 'decision')!;
    const file = await portal.get(decision.downloadUrl);
    expect(file.statusCode).toBe(200);
    const position = Number(decision.id.split(':').pop());
    expect(sha256(new Uint8Array(file.rawPayload))).toBe(archive.inventory.entries.find((e) => e.position === position)!.sha256);
    // The signed inventory itself, as the archive holds it.
    const inventory = await portal.get(view.documents.find((d) => d.kind === 'archive_inventory')!.downloadUrl);
    expect(inventory.statusCode, inventory.body.slice(0, 200)).toBe(200);
    // The blocked ruling's archive entry and the live ids are not served by id.
    const rulingEntry = archive.inventory.entries.filter((e) => e.source === 'court_act').map((e) => `arc:${caseId}:${e.position}`)
      .find((id) => id !== decision.id)!;
    expect((await portal.get(`/api/enp/case/documents/${encodeURIComponent(rulingEntry)}`)).statusCode).toBe(404);
    expect((await portal.get(`/api/enp/case/documents/${encodeURIComponent(`act:${ruling.id}`)}`)).statusCode).toBe(404);
    // The staff list shows the archive entry as blocked; opening it opens the live block too.
    const staffList = (await officeNow.get(`/api/enp/office/cases/${caseId}/documents`)).json() as { items: { id: string; block: unknown }[] };
    expect(staffList.items.find((d) => d.id === rulingEntry)?.block).not.toBeNull();
    const opened = await officeNow.post(`/api/enp/office/cases/${caseId}/documents/${encodeURIComponent(rulingEntry)}/unblock`, { reason: 'Обезличено' });
    expect(opened.statusCode, opened.body).toBe(200);
    expect((await portal.get(`/api/enp/case/documents/${encodeURIComponent(rulingEntry)}`)).statusCode).toBe(200);
  });

  it('ENP-10: an ЭАСД case by its archive id (simulator over HTTP) — the office issues a password with its card, the participant sees number, court, participants and the scans (easd:…, checksums checked)', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z'));
    await addStaff(system().db, { iin: OTHER_COURT_SECRETARY, fullName: 'Басқа Хатшы Сотқызы', courtId: 'court-taraz', roles: ['court_secretary'] }, clock.now());
    const office = await staff(system(), PEOPLE.office);
    const shown = await office.get(`/api/enp/office/easd/${EASD_DEMO_ARCHIVE_ID}`);
    expect(shown.statusCode, shown.body).toBe(200);
    const easd = shown.json() as { caseNumber: string; participants: { iin: string; category: string }[]; documents: { id: string; title: string }[] };
    expect(easd.caseNumber).toBe('2-1234/2009');
    expect(easd.participants.map((p) => p.category)).toEqual(['plaintiff', 'defendant', 'third_party']);
    expect(easd.documents).toHaveLength(3);
    // Another court's staff and a citizen: no such case; an unknown id: 404.
    expect((await (await staff(system(), OTHER_COURT_SECRETARY)).get(`/api/enp/office/easd/${EASD_DEMO_ARCHIVE_ID}`)).statusCode).toBe(404);
    expect((await (await staff(system(), PEOPLE.citizen)).post(`/api/enp/office/easd/${EASD_DEMO_ARCHIVE_ID}/accesses`, {
      iin: PLAINTIFF_IIN, fullName: 'Иванов Ерлан Ерланович', category: 'plaintiff', appliedOn: '2026-03-02', email: 'p@example.kz', representedEntity: null,
    })).statusCode).toBe(404);
    expect((await office.get('/api/enp/office/easd/no-such-package')).statusCode).toBe(404);

    const body = { iin: PLAINTIFF_IIN, fullName: 'Иванов Ерлан Ерланович', category: 'plaintiff', appliedOn: '2026-03-02', email: 'p@example.kz',
      representedEntity: null };
    // A category of another form is refused; two issues at once: both answered, one live password — the later.
    expect((await office.post(`/api/enp/office/easd/${EASD_DEMO_ARCHIVE_ID}/accesses`, { ...body, category: 'accused' })).statusCode).toBe(400);
    const [one, two] = await Promise.all([office.post(`/api/enp/office/easd/${EASD_DEMO_ARCHIVE_ID}/accesses`, body),
      office.post(`/api/enp/office/easd/${EASD_DEMO_ARCHIVE_ID}/accesses`, body)]);
    expect([one.statusCode, two.statusCode], `${one.body} ${two.body}`).toEqual([200, 200]);
    const live = await system().db.query<{ id: string }>(
      'SELECT id FROM enp_accesses WHERE easd_archive_id = $1 AND iin = $2 AND replaced_at IS NULL', [EASD_DEMO_ARCHIVE_ID, PLAINTIFF_IIN]);
    expect(live.rows).toHaveLength(1);
    const issued = [one, two].map((r) => r.json() as { accessId: string; password: string; cardPdf: string }).find((i) => i.accessId === live.rows[0]!.id)!;
    const card = pdfText(issued.cardPdf).text.replace(/\s+/g, ' ');
    for (const expected of ['2-1234/2009', 'Астана қаласы Есіл аудандық соты', issued.password, 'Из архива (ИС «ЭАСД»)',
      `${courts.PARTICIPANT_CATEGORY_TEXTS.plaintiff.kk} / ${courts.PARTICIPANT_CATEGORY_TEXTS.plaintiff.ru}: Иванов Ерлан Ерланович`]) expect(card).toContain(expected);

    const { portal, signed } = await signedInPortal(system(), PLAINTIFF_IIN, issued.password);
    expect(signed).toMatchObject({ caseId: null, easdArchiveId: EASD_DEMO_ARCHIVE_ID });
    const view = (await portal.get('/api/enp/case')).json() as CaseView;
    expect(view.case).toMatchObject({ number: '2-1234/2009', archived: true, court: { ru: 'Есильский районный суд города Астаны' } });
    expect(view.participants.map((p) => p.category)).toEqual(['plaintiff', 'defendant', 'third_party']);
    expect(view.course.map((c) => c.kind)).toEqual(['registered', 'archived']);
    expect(view.documents.map((d) => d.date)).toEqual(['2009-03-10', '2009-03-10', '2009-06-22']);
    expect(view.documents.every((d) => d.id.startsWith('easd:') && d.kind === 'easd_scan')).toBe(true);
    expect(view.documents.map((d) => d.mediaType).sort()).toEqual(['application/pdf', 'application/pdf', 'image/jpeg']);
    const pkg = await system().external.adapters.archive.getPackage(EASD_DEMO_ARCHIVE_ID);
    for (const d of view.documents) {
      const file = await portal.get(d.downloadUrl);
      expect(file.statusCode).toBe(200);
      expect(sha256(new Uint8Array(file.rawPayload))).toBe(pkg.files.find((f) => `easd:${f.fileId}` === d.id)!.sha256);
    }
    const history = (await portal.get('/api/enp/case/access-history')).json() as { items: { action: string }[] };
    expect(history.items.map((i) => i.action)).toContain('document_downloaded');
    // ENP-11 for ЭАСД: the court's staff see who it was (IIN, name, category, address); another court's staff: no such case.
    const staffHistory = await office.get(`/api/enp/office/easd/${EASD_DEMO_ARCHIVE_ID}/access-history`);
    expect(staffHistory.statusCode, staffHistory.body).toBe(200);
    const events = (staffHistory.json() as { items: { action: string; iin: string | null; fullName: string | null; category: string | null }[] }).items;
    expect(events.filter((e) => e.action === 'document_downloaded')).toHaveLength(3);
    expect(events.find((e) => e.action === 'case_viewed')).toMatchObject({ iin: PLAINTIFF_IIN, fullName: 'Иванов Ерлан Ерланович', category: 'plaintiff' });
    expect((await (await staff(system(), OTHER_COURT_SECRETARY)).get(`/api/enp/office/easd/${EASD_DEMO_ARCHIVE_ID}/access-history`)).statusCode)
      .toBe(404);
  });

  it('ENP-10, ENP-5, ENP-6: a blocked ЭАСД scan and a category the matrix closes easd_scan to see nothing of it, and cannot download it by id', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z'));
    const office = await staff(system(), PEOPLE.office);
    const scans = ((await office.get(`/api/enp/office/easd/${EASD_DEMO_ARCHIVE_ID}`)).json() as { documents: { id: string }[] }).documents;
    const issued = await office.post(`/api/enp/office/easd/${EASD_DEMO_ARCHIVE_ID}/accesses`, { iin: '900101300017', fullName: 'Өмірзақов Ержан',
      category: 'defendant', appliedOn: '2026-03-02', email: 'd@example.kz', representedEntity: null });
    expect(issued.statusCode, issued.body).toBe(200);
    const { portal } = await signedInPortal(system(), '900101300017', (issued.json() as { password: string }).password);
    const target = scans[1]!.id;
    const url = `/api/enp/office/easd/${EASD_DEMO_ARCHIVE_ID}/documents/${encodeURIComponent(target)}`;
    expect((await office.post(`${url}/block`, { reason: 'Сведения о несовершеннолетнем' })).statusCode).toBe(200);
    expect((await office.post(`${url}/block`, { reason: 'Ещё раз' })).json()).toMatchObject({ code: 'enp.block_state' });
    const seen = (await portal.get('/api/enp/case')).json() as CaseView;
    expect(seen.documents.map((d) => d.id)).not.toContain(target);
    expect(seen.documents).toHaveLength(2);
    expect((await portal.get(`/api/enp/case/documents/${encodeURIComponent(target)}`)).statusCode).toBe(404);
    // Two blocks of one scan at once: one block, one clear 409.
    const other = `/api/enp/office/easd/${EASD_DEMO_ARCHIVE_ID}/documents/${encodeURIComponent(scans[2]!.id)}/block`;
    const raced = await Promise.all([office.post(other, { reason: 'Первый' }), office.post(other, { reason: 'Второй' })]);
    expect(raced.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await office.post(other.replace(/block$/, 'unblock'), { reason: 'Открыто' })).statusCode).toBe(200);
    // The journal has the block with its reason.
    const journal = await system().db.query<{ details: { reason: string } }>(
      `SELECT details FROM journal WHERE object_type = 'easd_case' AND object_id = $1 AND action = 'enp.document_blocked'`, [EASD_DEMO_ARCHIVE_ID]);
    expect(journal.rows.map((r) => r.details.reason)).toContain('Сведения о несовершеннолетнем');

    // ENP-6: a new matrix version closes easd_scan to a civil third person.
    const admin = await staff(system(), ADMIN);
    const current = (await admin.get('/api/enp/matrix')).json() as { version: number; cells: { form: string; category: string; kind: string }[] };
    const saved = await admin.put('/api/enp/matrix', { baseVersion: current.version, note: 'ENP-10', cells: current.cells.map((c) =>
      (c.form === 'civil' && c.category === 'third_party' && c.kind === 'easd_scan' ? { ...c, allowed: false } : c)) });
    expect(saved.statusCode, saved.body).toBe(200);
    const third = await office.post(`/api/enp/office/easd/${EASD_DEMO_ARCHIVE_ID}/accesses`, { iin: THIRD_IIN, fullName: 'Жақсылықов Нұрлан',
      category: 'third_party', appliedOn: '2026-03-02', email: 't@example.kz', representedEntity: null });
    expect(third.statusCode, third.body).toBe(200);
    const { portal: thirdPortal } = await signedInPortal(system(), THIRD_IIN, (third.json() as { password: string }).password);
    const theirs = (await thirdPortal.get('/api/enp/case')).json() as CaseView;
    expect(theirs.case.number).toBe('2-1234/2009');
    expect(theirs.documents).toEqual([]);
    for (const scan of scans) expect((await thirdPortal.get(`/api/enp/case/documents/${encodeURIComponent(scan.id)}`)).statusCode).toBe(404);
    // A court case's id is no ЭАСД scan: 404 too.
    expect((await portal.get(`/api/enp/case/documents/${encodeURIComponent(`act:${EASD_DEMO_ARCHIVE_ID}`)}`)).statusCode).toBe(404);
  });

  it('ENP-10: a scan that no longer matches its checksum is never served (the adapter refuses it: 503)', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z'));
    const pdf = new TextEncoder().encode('%PDF-1.4\n% scan\n%%EOF\n');
    const receipt = await system().external.adapters.archive.deposit({
      packageRef: `enp-easd-${Date.now()}`, caseNumber: '2-77/2008', title: { kk: 'Ескі іс', ru: 'Старое дело' },
      metadata: { courtId: 'court-astana-esil', form: 'civil', registeredOn: '2008-01-10',
        participants: JSON.stringify([{ iin: PLAINTIFF_IIN, name: 'Иванов Ерлан', category: 'plaintiff' }]) },
      retentionYears: null, files: [{ filename: 'scan.pdf', contentType: 'application/pdf', content: pdf }],
    });
    const office = await staff(system(), PEOPLE.office);
    const issued = await office.post(`/api/enp/office/easd/${receipt.archiveId}/accesses`, { iin: PLAINTIFF_IIN, fullName: 'Иванов Ерлан',
      category: 'plaintiff', appliedOn: '2026-03-02', email: 'p@example.kz', representedEntity: null });
    expect(issued.statusCode, issued.body).toBe(200);
    const { portal } = await signedInPortal(system(), PLAINTIFF_IIN, (issued.json() as { password: string }).password);
    const view = (await portal.get('/api/enp/case')).json() as CaseView;
    expect(view.documents).toHaveLength(1);
    system().external.simulators!.control.archive.corruptFile(receipt.archiveId, 0);
    const broken = await portal.get(view.documents[0]!.downloadUrl);
    expect(broken.statusCode).toBe(503);
    expect(broken.rawPayload.subarray(0, 5).toString()).not.toBe('%PDF-');
  });
}, ENP_ENV);
