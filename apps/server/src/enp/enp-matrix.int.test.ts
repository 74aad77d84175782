import { courts, enp } from '@oryndau/domain';
import { beforeAll, expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import { staff } from '../courts/acts/court-acts-test-support';
import { PEOPLE } from '../courts/office-test-support';
import { ENP_ENV, PortalClient, caseWithActs, issue } from './enp-test-support';

// (Staff sign in anew for each step: the clock moves by hours between the acts, and sessions go idle.)
// ENP-5, ENP-6: each participant category sees exactly the kinds the
// matrix in force gives it — a test per category, on a civil and on a
// criminal case — a blocked document is neither listed nor downloadable,
// and the matrix is data an administrator edits as versions.

type Doc = { id: string; kind: string; downloadUrl: string };
const ADMIN = '800101300006';
const IINS = ['900101300017', '850505300011', '851212300011', '870707300013', '810101300018', '820101300019', '830101300011', '840101300013',
  '850101300015', '860202300016', '880808300014'];

describeSystemOnEachEngine('ISSUE-16: ЭНП visibility matrix and blocks', ({ system, clock }) => {
  const cases: Record<'civil' | 'criminal', { caseId: string; all: Doc[] }> = {} as never;

  /** Signs in as a participant of `category` and answers the documents of their case view. */
  const viewAs = async (form: 'civil' | 'criminal', category: courts.ParticipantCategory, iin: string) => {
    const { caseId } = cases[form];
    const office = await staff(system(), PEOPLE.office);
    const issued = await issue(office, caseId, { iin, category });
    const portal = new PortalClient(system());
    expect((await portal.search(iin, issued.password)).statusCode).toBe(200);
    const view = await portal.get('/api/enp/case');
    expect(view.statusCode, view.body).toBe(200);
    return { portal, documents: (view.json() as { documents: Doc[] }).documents };
  };

  beforeAll(async () => {
    const advance = () => clock.set(new Date(clock.now().getTime() + 3_600_000));
    for (const [form, kinds] of [['civil', ['ruling', 'hearing_record', 'decision']], ['criminal', ['ruling', 'hearing_record', 'sentence']]] as const) {
      const made = await caseWithActs(system(), clock.now(), form, kinds, advance);
      const staffList = await made.office.get(`/api/enp/office/cases/${made.caseId}/documents`);
      expect(staffList.statusCode, staffList.body).toBe(200);
      cases[form] = { caseId: made.caseId, all: (staffList.json() as { items: Doc[] }).items };
    }
    expect(cases.civil.all.map((d) => d.kind)).toEqual(['case_document', 'case_document', 'ruling', 'hearing_record', 'decision']);
  });

  it('ENP-6: version 1 of the matrix in the database is the domain\'s ENP_VISIBILITY_MATRIX_V1, cell by cell', async () => {
    const rows = (await system().db.query<{ form: string; category: string; kind: string; allowed: boolean; basis_kk: string; basis_ru: string;
      confirmed: boolean }>('SELECT form, category, kind, allowed, basis_kk, basis_ru, confirmed FROM enp_matrix_cells WHERE version = 1')).rows;
    const key = (c: { form: string; category: string; kind: string }) => `${c.form}/${c.category}/${c.kind}`;
    const fromDb = new Map(rows.map((r) => [key(r), { allowed: r.allowed, basis: { kk: r.basis_kk, ru: r.basis_ru }, confirmed: r.confirmed }]));
    expect(fromDb.size).toBe(enp.ENP_VISIBILITY_MATRIX_V1.length);
    for (const cell of enp.ENP_VISIBILITY_MATRIX_V1) {
      expect(fromDb.get(key(cell)), key(cell)).toEqual({ allowed: cell.allowed, basis: cell.basis, confirmed: cell.confirmed });
    }
  });

  for (const form of ['civil', 'criminal'] as const) {
    courts.participantCategoriesFor(form).forEach((category, i) => {
      it(`ENP-6: a ${category} of a ${form} case sees exactly the kinds of the matrix (${enp.visibleKinds(enp.ENP_VISIBILITY_MATRIX_V1, form, category).length} kinds)`, async () => {
        const { documents } = await viewAs(form, category, IINS[i]!);
        const allowed = enp.visibleKinds(enp.ENP_VISIBILITY_MATRIX_V1, form, category);
        const expected = cases[form].all.filter((d) => (allowed as string[]).includes(d.kind)).map((d) => d.id);
        expect(documents.map((d) => d.id)).toEqual(expected);
        // What is not in the view is not downloadable either.
        const hidden = cases[form].all.find((d) => !expected.includes(d.id));
        if (hidden) {
          const portal = (await viewAs(form, category, IINS[i]!)).portal;
          expect((await portal.get(`/api/enp/case/documents/${encodeURIComponent(hidden.id)}`)).statusCode).toBe(404);
        }
      });
    });
  }

  it('ENP-6: a category outside the case\'s form (an accused in a civil case) sees no document at all', async () => {
    expect((await viewAs('civil', 'accused', '860202300016')).documents).toEqual([]);
  });

  it('ENP-5: a blocked document is invisible and cannot be downloaded by id; the block and the unblock are journalled with the reason', async () => {
    const { caseId, all } = cases.civil;
    const office = await staff(system(), PEOPLE.office);
    const decision = all.find((d) => d.kind === 'decision')!;
    const url = `/api/enp/office/cases/${caseId}/documents/${encodeURIComponent(decision.id)}`;
    const blocked = await office.post(`${url}/block`, { reason: 'Содержит сведения о несовершеннолетнем' });
    expect(blocked.statusCode, blocked.body).toBe(200);
    expect((blocked.json() as { items: { id: string; block: { reason: string } | null }[] }).items.find((d) => d.id === decision.id)?.block)
      .toMatchObject({ reason: 'Содержит сведения о несовершеннолетнем' });
    expect((await office.post(`${url}/block`, { reason: 'ещё раз' })).json()).toMatchObject({ code: 'enp.block_state' });
    expect((await office.post(`${url}/block`, { reason: '' })).statusCode).toBe(400);

    const { portal, documents } = await viewAs('civil', 'plaintiff', '900101300017');
    expect(documents.map((d) => d.id)).not.toContain(decision.id);
    expect(documents.length).toBe(all.length - 1);
    expect((await portal.get(`/api/enp/case/documents/${encodeURIComponent(decision.id)}`)).statusCode).toBe(404);
    expect((await portal.get('/api/enp/case/documents/act:00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await portal.get('/api/enp/case/documents/nonsense')).statusCode).toBe(400);

    expect((await office.post(`${url}/unblock`, { reason: 'Сведения обезличены' })).statusCode).toBe(200);
    expect((await portal.get(`/api/enp/case/documents/${encodeURIComponent(decision.id)}`)).statusCode).toBe(200);
    const journal = (await system().db.query<{ action: string; details: { reason: string } }>(
      `SELECT action, details FROM journal WHERE object_id = $1 AND action IN ('enp.document_blocked', 'enp.document_unblocked') ORDER BY seq`,
      [caseId])).rows;
    expect(journal.map((r) => [r.action, r.details.reason])).toEqual([
      ['enp.document_blocked', 'Содержит сведения о несовершеннолетнем'], ['enp.document_unblocked', 'Сведения обезличены']]);
    // A judge of the court may block too; a citizen may not even see the list.
    expect((await (await staff(system(), '710830300000')).get(`/api/enp/office/cases/${caseId}/documents`)).statusCode).toBe(200);
    expect((await (await staff(system(), '920707300005')).get(`/api/enp/office/cases/${caseId}/documents`)).statusCode).toBe(404);
  });

  it('ENP-6: the administrator saves a new version against its base (a stale base is 409), the case view follows it at once; others may not save', async () => {
    const admin = await staff(system(), ADMIN);
    const current = (await admin.get('/api/enp/matrix')).json() as { version: number; cells: (enp.EnpMatrixCell & { kind: string })[] };
    expect(current.cells).toHaveLength(enp.ENP_VISIBILITY_MATRIX_V1.length);
    const edited = current.cells.map((c) => (c.form === 'civil' && c.category === 'plaintiff' && c.kind === 'decision'
      ? { ...c, allowed: false, basis: { kk: 'Сынақ', ru: 'Проверка' } } : c));
    expect((await (await staff(system(), PEOPLE.office)).put('/api/enp/matrix', { baseVersion: current.version, note: '', cells: edited })).statusCode).toBe(403);
    expect((await admin.put('/api/enp/matrix', { baseVersion: current.version, note: '', cells: edited.slice(1) })).json())
      .toMatchObject({ code: 'enp.matrix_invalid' });
    const saved = await admin.put('/api/enp/matrix', { baseVersion: current.version, note: 'проверка', cells: edited });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: current.version + 1 });
    expect((await admin.put('/api/enp/matrix', { baseVersion: current.version, note: '', cells: edited })).json())
      .toMatchObject({ code: 'enp.matrix_conflict' });
    const { documents } = await viewAs('civil', 'plaintiff', '900101300017');
    expect(documents.map((d) => d.kind)).not.toContain('decision');
    // Back to the original cells as a further version (history is kept, nothing is overwritten).
    expect((await admin.put('/api/enp/matrix', { baseVersion: current.version + 1, note: 'назад', cells: current.cells })).statusCode).toBe(200);
    expect((await viewAs('civil', 'plaintiff', '900101300017')).documents.map((d) => d.kind)).toContain('decision');
  });
}, ENP_ENV);
