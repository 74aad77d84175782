import { PROCEEDING_ACTIONS, PROCEEDING_TRANSITIONS, allowedActions } from '@oryndau/domain';
import type { ProceedingAction, ProceedingStatus } from '@oryndau/domain';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { TestClient } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { findProceeding } from '@oryndau/db';
import { TEMPLATE_BY_ACTION, actValues } from './act-values';
import { PEOPLE, generateAndSign, sendWrit, signDocument, workerTick, writCard } from './test-support';

const GROUND: Partial<Record<ProceedingAction, string>> = {
  refuse: 'refusal.not_in_force', suspend: 'suspension.debtor_death', terminate: 'termination.claimant_waiver', returnToClaimant: 'return.claimant_request',
};

export const card = writCard;

type Ctx = { system: System; bailiff: TestClient; senior: TestClient };

async function register(ctx: Ctx, category = 'citizens'): Promise<string> {
  const created = await ctx.bailiff.post('/api/enforcement/executive-documents', card(category));
  expect(created.statusCode, created.body).toBe(201);
  return created.json().proceedingId as string;
}

/** One act end to end: generate, the bailiff signs, the senior approves when the template says so. */
async function perform(ctx: Ctx, proceedingId: string, action: ProceedingAction) {
  const body = { templateCode: TEMPLATE_BY_ACTION[action], locale: 'ru' as const, action,
    ...(GROUND[action] ? { groundCode: GROUND[action] } : {}), ...(action === 'transfer' ? { params: { toDepartmentCode: '710000000' } } : {}) };
  const { act, signed } = await generateAndSign(ctx.system, ctx.bailiff, proceedingId, PEOPLE.privateBailiff, body);
  expect(signed.statusCode, signed.body).toBe(200);
  if (act.needsApproval) {
    const approved = await signDocument(ctx.system, ctx.senior, act.documentId, PEOPLE.seniorTaraz);
    expect(approved.statusCode, approved.body).toBe(200);
  }
  return act;
}

/** A path of actions from `registered` to each status. */
const PATH_TO: Record<ProceedingStatus, ProceedingAction[]> = {
  registered: [], initiated: ['initiate'], refused: ['refuse'], suspended: ['initiate', 'suspend'],
  ended: ['initiate', 'confirmExecution'], transferred: ['initiate', 'transfer'],
};

describeSystemOnEachEngine('enforcement lifecycle over HTTP', ({ system, client, clock }) => {
  const ctx = async (): Promise<Ctx> => {
    const bailiff = client('ru');
    await bailiff.signIn(PEOPLE.privateBailiff);
    const senior = client('ru');
    await senior.signIn(PEOPLE.seniorTaraz);
    return { system: system(), bailiff, senior };
  };
  const status = async (c: Ctx, id: string) => (await c.bailiff.get(`/api/enforcement/proceedings/${id}`)).json();

  it('ENF-3, ENF-4, ENF-5, ENF-9, ENF-11, SIG-1: a court writ is initiated, suspended, resumed and ended with approval; the court hears every status in order', async () => {
    await system().app.listen({ port: 0, host: '127.0.0.1' });
    const c = await ctx();
    const sent = await sendWrit(system());
    const id = (sent.body as { proceedingId: string }).proceedingId;
    for (const action of ['initiate', 'suspend', 'resume', 'terminate'] as const) {
      clock.advance(60_000);
      await perform(c, id, action);
    }
    const view = await status(c, id);
    expect(view).toMatchObject({ status: 'ended', endingKind: 'termination', groundCode: 'termination.claimant_waiver' });
    expect(view.acts.map((a: { status: string }) => a.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(view.acts[3]).toMatchObject({ needsApproval: true, approvedBy: { fullName: 'Омаров Ерлан Болатұлы' } });
    expect(view.suspensions).toHaveLength(1);
    expect(view.tasks.every((t: { status: string }) => t.status === 'done')).toBe(true);
    // Retried until the court acknowledges: the status feed never gives up after the outbox's default 8 attempts.
    const feed = await system().db.query<{ max_attempts: number }>(`SELECT max_attempts FROM outbox WHERE channel = 'court-system' AND recipient = $1`,
      [sent.card.externalId]);
    expect(feed.rows.map((r) => r.max_attempts)).toEqual([100_000, 100_000, 100_000, 100_000]);
    for (let i = 0; i < 6; i++) await workerTick(system(), () => clock.now());
    const statuses = system().external.simulators!.control.courtSystem.statusUpdates(sent.card.externalId).map((u) => u.status);
    expect(statuses).toEqual(['taken_for_execution', 'suspended', 'taken_for_execution', 'completed']);
  });

  it('ENF-3…ENF-8: every transition of the table works and every other action is refused with 409', async () => {
    const c = await ctx();
    for (const [from, row] of Object.entries(PROCEEDING_TRANSITIONS) as [ProceedingStatus, Record<string, ProceedingStatus>][]) {
      const allowed = allowedActions(from);
      for (const action of PROCEEDING_ACTIONS) {
        const id = await register(c);
        for (const step of PATH_TO[from]) await perform(c, id, step);
        expect((await status(c, id)).status).toBe(from);
        if (allowed.includes(action)) {
          await perform(c, id, action);
          expect((await status(c, id)).status, `${from} --${action}-->`).toBe(row[action]);
        } else {
          const refused = await c.bailiff.post(`/api/enforcement/proceedings/${id}/acts`, {
            templateCode: TEMPLATE_BY_ACTION[action], locale: 'kk', action, ...(GROUND[action] ? { groundCode: GROUND[action] } : {}),
            ...(action === 'transfer' ? { params: { toDepartmentCode: '710000000' } } : {}) });
          expect(refused.statusCode, `${from} --${action}--> must be refused`).toBe(409);
          expect(refused.json().code).toBe('enforcement.transition_forbidden');
          expect(refused.json().message).toMatch(/^Это действие невозможно в текущем статусе производства/);
        }
      }
    }
  }, 300_000);

  it('ENF-3, SIG-1: two conflicting acts signed at once — exactly one wins, the other gets 409 and is not stored', async () => {
    const c = await ctx();
    const id = await register(c);
    const make = async (body: Record<string, unknown>) => {
      const created = (await c.bailiff.post(`/api/enforcement/proceedings/${id}/acts`, body)).json() as { documentId: string };
      const content = new Uint8Array((await c.bailiff.get(`/api/documents/${created.documentId}/content`)).rawPayload);
      const { challengeId } = (await c.bailiff.post(`/api/documents/${created.documentId}/signing`)).json() as { challengeId: string };
      const { signAs } = await import('./test-support');
      return { challengeId, cms: await signAs(system(), PEOPLE.privateBailiff, content), documentId: created.documentId };
    };
    const initiate = await make({ templateCode: 'enf.initiation', locale: 'ru', action: 'initiate' });
    const refuse = await make({ templateCode: 'enf.refusal', locale: 'ru', action: 'refuse', groundCode: 'refusal.not_in_force' });
    const answers = await Promise.all([initiate, refuse].map((s) => c.bailiff.post(`/api/signing/${s.challengeId}/signature`, { cms: s.cms })));
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    const loser = answers.find((a) => a.statusCode === 409)!;
    expect(['enforcement.version_conflict', 'enforcement.transition_forbidden']).toContain(loser.json().code);
    expect(loser.json().message).toMatch(/Производство изменилось|невозможно в текущем статусе/);
    const view = await status(c, id);
    expect(view.status).toBe(answers[0]!.statusCode === 200 ? 'initiated' : 'refused');
    expect(view.version).toBe(2);
    const stored = await system().db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM signatures WHERE document_id = ANY($1::text[])', [[initiate.documentId, refuse.documentId]]);
    expect(stored.rows[0]!.n).toBe(1);
  });

  it('SIG-1, SIG-4: an act signed with someone else\'s key is refused and the proceeding does not move', async () => {
    const c = await ctx();
    const id = await register(c);
    const { signed } = await generateAndSign(system(), c.bailiff, id, PEOPLE.judge, { templateCode: 'enf.initiation', locale: 'kk', action: 'initiate' });
    expect(signed.statusCode).toBe(422);
    expect(signed.json().details.reasons.map((r: { code: string }) => r.code)).toContain('iin_mismatch');
    expect((await status(c, id)).status).toBe('registered');
    // Another bailiff may not even start signing it: for them the proceeding does not exist (issue 11 item 8).
    const other = client('ru');
    await other.signIn(PEOPLE.stateBailiffTaraz);
    expect((await other.post(`/api/enforcement/proceedings/${id}/acts`, { templateCode: 'enf.initiation', locale: 'kk', action: 'initiate' })).statusCode).toBe(404);
  });

  it('ENF-9: a resolution that needs approval waits in the senior\'s inbox; the senior can return it with a reason', async () => {
    const c = await ctx();
    const id = await register(c);
    await perform(c, id, 'initiate');
    const { act, signed } = await generateAndSign(system(), c.bailiff, id, PEOPLE.privateBailiff,
      { templateCode: 'enf.execution_confirmed', locale: 'kk', action: 'confirmExecution' });
    expect(signed.statusCode).toBe(200);
    expect((await status(c, id))).toMatchObject({ status: 'initiated' });
    const inbox = (await c.senior.get('/api/enforcement/approvals')).json();
    expect(inbox.items.map((i: { act: { id: string } }) => i.act.id)).toContain(act.id);
    expect((await c.senior.get('/api/enforcement/queues')).json().queues).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'forApproval', count: expect.any(Number) })]));
    // A senior of another region does not approve it — nor learn that it exists (issue 11 item 8).
    const astana = client('ru');
    await astana.signIn(PEOPLE.seniorAstana);
    expect((await astana.post(`/api/documents/${act.documentId}/signing`)).statusCode).toBe(404);
    expect((await c.senior.post(`/api/enforcement/acts/${act.id}/return`, { reason: 'Нет подтверждения оплаты' })).statusCode).toBe(200);
    const view = await status(c, id);
    expect(view.status).toBe('initiated');
    expect(view.acts.find((a: { id: string }) => a.id === act.id)).toMatchObject({ status: 'returned', returnReason: 'Нет подтверждения оплаты' });
    expect((await c.senior.post(`/api/documents/${act.documentId}/signing`)).statusCode).toBe(403);
  });

  it('ENF-7: a signed request is sent through the outbox, retried while СИОПСО is down, and its answer is kept on the proceeding', async () => {
    const c = await ctx();
    const id = await register(c);
    await perform(c, id, 'initiate');
    const { signed } = await generateAndSign(system(), c.bailiff, id, PEOPLE.privateBailiff,
      { templateCode: 'enf.request', locale: 'ru', params: { requestType: 'bank_accounts' } });
    expect(signed.statusCode).toBe(200);
    const request = (await status(c, id)).requests[0];
    expect(request).toMatchObject({ status: 'signed', type: 'bank_accounts' });
    const sims = system().external.simulators!.control;
    sims.siopso.setOutcome(request.id, 'answered');
    sims.failNext('siopso', 'unavailable', 1);
    expect((await c.bailiff.post(`/api/enforcement/requests/${request.id}/send`)).statusCode).toBe(200);
    await workerTick(system(), () => clock.now());
    expect((await status(c, id)).requests[0]).toMatchObject({ status: 'sending', attempts: 1, lastError: 'unavailable' });
    clock.advance(10 * 60_000);
    await workerTick(system(), () => clock.now());
    expect((await status(c, id)).requests[0]).toMatchObject({ status: 'sent', attempts: 2 });
    clock.advance(10_000);
    await workerTick(system(), () => clock.now());
    const answered = (await status(c, id)).requests[0];
    expect(answered.status).toBe('answered');
    expect(answered.answer.summary.ru).toBeTruthy();
    expect(sims.siopso.requests().filter((r) => r.requestRef === request.id)).toHaveLength(1);
    // Sending twice is refused: the request is no longer waiting to be sent.
    expect((await c.bailiff.post(`/api/enforcement/requests/${request.id}/send`)).statusCode).toBe(409);

    // The body may refuse: the request shows its error and can be sent again, as a new request there.
    const second = await generateAndSign(system(), c.bailiff, id, PEOPLE.privateBailiff,
      { templateCode: 'enf.request', locale: 'kk', params: { requestType: 'gbd_fl_person' } });
    const pending = (await status(c, id)).requests.find((r: { actId: string }) => r.actId === second.act.id);
    sims.siopso.setOutcome(pending.id, 'failed');
    await c.bailiff.post(`/api/enforcement/requests/${pending.id}/send`);
    await workerTick(system(), () => clock.now());
    clock.advance(10_000);
    await workerTick(system(), () => clock.now());
    const failed = (await status(c, id)).requests.find((r: { id: string }) => r.id === pending.id);
    expect(failed).toMatchObject({ status: 'failed', lastError: 'agency_error', answer: null });
    expect(failed.agencyError.ru).toMatch(/\S/);
    sims.siopso.setOutcome(`${pending.id}-2`, 'answered');
    expect((await c.bailiff.post(`/api/enforcement/requests/${pending.id}/send`)).statusCode).toBe(200);
    await workerTick(system(), () => clock.now());
    clock.advance(10_000);
    await workerTick(system(), () => clock.now());
    const retried = (await status(c, id)).requests.find((r: { id: string }) => r.id === pending.id);
    expect(retried.status).toBe('answered');
    expect(retried.answer.summary.ru).toMatch(/\S/);
  });

  it('ENF-10: arrests are made and lifted by signed resolutions, and lifted when the proceeding ends', async () => {
    const c = await ctx();
    const id = await register(c);
    await perform(c, id, 'initiate');
    const arrest = (kind: string, items: unknown[]) => generateAndSign(system(), c.bailiff, id, PEOPLE.privateBailiff,
      { templateCode: kind, locale: 'ru', params: { arrest: { kind: kind === 'enf.arrest_accounts' ? 'accounts' : 'property', items } } });
    expect((await arrest('enf.arrest_property', [{ kind: 'vehicle', description: 'Toyota Camry 2018', identifier: 'JTNB11HK103456789', valueTiyn: '850000000' }]))
      .signed.statusCode).toBe(200);
    expect((await arrest('enf.arrest_accounts', [{ kind: 'bank_account', description: 'АО «Халык Банк»', identifier: 'KZ856017131000012345' }]))
      .signed.statusCode).toBe(200);
    let view = await status(c, id);
    expect(view.arrests.map((a: { kind: string; status: string }) => `${a.kind}:${a.status}`)).toEqual(['property:active', 'accounts:active']);
    expect(view.arrestedProperty).toEqual(expect.arrayContaining([expect.objectContaining({ identifier: 'JTNB11HK103456789', valueTiyn: '850000000', status: 'arrested' })]));
    const lift = await generateAndSign(system(), c.bailiff, id, PEOPLE.privateBailiff,
      { templateCode: 'enf.arrest_lift', locale: 'ru', params: { arrestId: view.arrests[1].id } });
    expect(lift.signed.statusCode).toBe(200);
    view = await status(c, id);
    expect(view.arrests[1]).toMatchObject({ status: 'lifted', liftReason: 'resolution' });
    await perform(c, id, 'confirmExecution');
    view = await status(c, id);
    expect(view.arrests[0]).toMatchObject({ status: 'lifted', liftReason: 'proceeding_ended' });
    expect(view.arrestedProperty.every((p: { status: string }) => p.status === 'released')).toBe(true);
  });

  it('ENF-2: queues count, filter by debtor and overdue, and page by keyset', async () => {
    const c = await ctx();
    const ids = [];
    for (let i = 0; i < 5; i++) {
      clock.advance(1000);
      ids.push(await register(c));
    }
    const counts = (await c.bailiff.get('/api/enforcement/queues')).json().queues;
    expect(counts.map((q: { key: string }) => q.key)).toEqual(['incoming', 'inExecution', 'suspended', 'ended', 'transferred', 'refused']);
    const incoming = counts.find((q: { key: string }) => q.key === 'incoming').count;
    expect(incoming).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { items: Array<{ id: string }>; nextCursor: string | null } = (await c.bailiff.get(`/api/enforcement/proceedings?queue=incoming&limit=2${after ? `&after=${after}` : ''}`)).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((p: { id: string }) => p.id));
      after = page.nextCursor;
    } while (after);
    expect(seen).toHaveLength(incoming);
    expect(new Set(seen).size).toBe(incoming);
    expect(seen.slice(0, 5)).toEqual([...ids].reverse());
    const byIin = (await c.bailiff.get('/api/enforcement/proceedings?queue=incoming&debtor=920707300005&limit=100')).json();
    expect(byIin.items.length).toBe(incoming);
    expect((await c.bailiff.get('/api/enforcement/proceedings?queue=incoming&debtor=011120500008')).json().items).toHaveLength(0);
    expect((await c.bailiff.get('/api/enforcement/proceedings?queue=incoming&debtor=Исабеков&limit=100')).json().items.length).toBe(incoming);
    expect((await c.bailiff.get('/api/enforcement/proceedings?queue=incoming&overdue=true')).json().items).toHaveLength(0);
    clock.advance(10 * 86_400_000);
    await c.bailiff.signIn(PEOPLE.privateBailiff);
    const overdue = (await c.bailiff.get('/api/enforcement/proceedings?queue=incoming&overdue=true&limit=100')).json().items;
    expect(overdue.length).toBe(incoming);
    expect(overdue[0].overdue).toBe(true);
    expect((await c.bailiff.get(`/api/enforcement/proceedings/${ids[0]}`)).json().tasks[0]).toMatchObject({ kind: 'initiation', overdue: true });
    // The home page tiles count the same.
    const home = (await c.bailiff.get('/api/home')).json().queues;
    expect(home.find((q: { key: string }) => q.key === 'enforcement.incoming').count).toBe(incoming);
  });

  it('ENF-12: a senior bailiff reassigns with a written reason; the old bailiff loses it and the card shows why', async () => {
    const c = await ctx();
    const id = await register(c, 'legal_entities');
    const candidates = (await c.senior.get(`/api/enforcement/proceedings/${id}/candidates`)).json().candidates;
    const target = candidates.find((x: { fullName: string }) => x.fullName === 'Төлеуов Мұрат Ағабекұлы');
    expect((await c.senior.post(`/api/enforcement/proceedings/${id}/reassign`, { bailiffId: target.id, reason: 'short' })).statusCode).toBe(400);
    const done = await c.senior.post(`/api/enforcement/proceedings/${id}/reassign`, { bailiffId: target.id, reason: 'Ахметова в отпуске до 20 марта' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().distribution.at(-1)).toMatchObject({ kind: 'manual', writtenReason: 'Ахметова в отпуске до 20 марта',
      decidedBy: { fullName: 'Омаров Ерлан Болатұлы' }, bailiff: { fullName: 'Төлеуов Мұрат Ағабекұлы' } });
    expect((await c.bailiff.get(`/api/enforcement/proceedings/${id}`)).statusCode).toBe(404);
    const journal = await system().db.query<{ details: { reason: string } }>(
      `SELECT details FROM journal WHERE action = 'enforcement.reassigned' AND object_id = $1`, [id]);
    expect(journal.rows[0]!.details.reason).toBe('Ахметова в отпуске до 20 марта');
  });

  it('ENF-10, ISSUE-13 item 1: the bailiff corrects the card — dates checked again, every change journalled, older drafts no longer signable', async () => {
    const c = await ctx();
    const id = await register(c);
    const patch = (body: unknown) => c.bailiff.request({ method: 'PATCH', url: `/api/enforcement/proceedings/${id}/executive-document`, payload: body as object });
    const draft = (await c.bailiff.post(`/api/enforcement/proceedings/${id}/acts`, { templateCode: 'enf.initiation', locale: 'ru', action: 'initiate' })).json();
    const bad = await patch({ issueDate: '2026-02-25' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().details.fields.map((f: { code: string }) => f.code)).toEqual(['card.issue_after_entry_into_force']);
    const kkName = 'Тараз қалалық соты';
    const values = async (locale: 'kk' | 'ru') => {
      const row = await findProceeding(system().db, id);
      return actValues(system().db, row!, { locale, ground: null, params: {}, now: clock.now(), bailiffId: row!.bailiffId ?? '' });
    };
    // A manual card without a Kazakh name: the kk act says the name is printed as given.
    expect((await values('kk'))['document.issuingBody']).toBe('Таразский городской суд (атауы дереккөздегідей берілді)');
    const good = await patch({ copyNumber: '2', signerName: 'Судья Қасымов Б. Ә.', trustedPerson: true, issuingBodyKk: ` ${kkName} ` });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json().executiveDocument).toMatchObject({ copyNumber: '2', signerName: 'Судья Қасымов Б. Ә.', trustedPerson: true, issuingBodyKk: kkName });
    const journal = await system().db.query<{ details: { changes: Record<string, { from: unknown; to: unknown }> } }>(
      `SELECT details FROM journal WHERE action = 'enforcement.card_edited' AND object_id = $1`, [id]);
    expect(journal.rows[0]!.details.changes.copyNumber).toEqual({ from: null, to: '2' });
    expect(journal.rows[0]!.details.changes.issuingBodyKk).toEqual({ from: null, to: kkName });
    // A kk act now names the court in Kazakh; a ru act keeps the Russian name.
    expect((await values('kk'))['document.issuingBody']).toBe(kkName);
    expect((await values('ru'))['document.issuingBody']).toBe('Таразский городской суд');
    // Emptied, it is cleared (and the clearing journalled).
    const cleared = await patch({ issuingBodyKk: '' });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json().executiveDocument.issuingBodyKk).toBeNull();
    const journalled = await system().db.query<{ details: { changes: Record<string, { from: unknown; to: unknown }> } }>(
      `SELECT details FROM journal WHERE action = 'enforcement.card_edited' AND object_id = $1 ORDER BY seq`, [id]);
    expect(journalled.rows.at(-1)!.details.changes.issuingBodyKk).toEqual({ from: kkName, to: null });
    // The resolution was rendered from the old card: signing it now is a 409.
    expect((await signDocument(system(), c.bailiff, draft.documentId, PEOPLE.privateBailiff)).json().code).toBe('enforcement.version_conflict');
    expect((await patch({ registrationNumber: 'x' })).statusCode).toBe(400);
    const stranger = client('ru');
    await stranger.signIn(PEOPLE.stateBailiffTaraz);
    expect((await stranger.request({ method: 'PATCH', url: `/api/enforcement/proceedings/${id}/executive-document`, payload: { copyNumber: '3' } })).statusCode)
      .toBe(404);
  });

  it('ENF-10, SIG-5: what the court signed cannot be edited; our own registration details can', async () => {
    await system().app.listen({ port: 0, host: '127.0.0.1' }).catch(() => undefined);
    const c = await ctx();
    const sent = await sendWrit(system());
    const id = (sent.body as { proceedingId: string }).proceedingId;
    const url = `/api/enforcement/proceedings/${id}/executive-document`;
    const refused = await c.bailiff.request({ method: 'PATCH', url, payload: { documentNumber: '2-1/2026' } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().details).toMatchObject({ fields: ['documentNumber'], reason: 'signed_by_court' });
    // The court's own Kazakh name of itself is part of the signed writ too (ISSUE-13 item 1).
    const kkRefused = await c.bailiff.request({ method: 'PATCH', url, payload: { issuingBodyKk: 'Басқа сот' } });
    expect(kkRefused.json().details).toMatchObject({ fields: ['issuingBodyKk'], reason: 'signed_by_court' });
    expect((await c.bailiff.request({ method: 'PATCH', url, payload: { senderOutgoingNumber: '01-12/345' } })).statusCode).toBe(200);
  });

  it('ENF-6: an administrator versions a template; new acts use the new text, signed ones never change', async () => {
    const c = await ctx();
    const id = await register(c);
    const first = await perform(c, id, 'initiate');
    const before = (await c.bailiff.get(`/api/documents/${first.documentId}/content`)).rawPayload;
    const admin = client('ru');
    await admin.signIn(PEOPLE.admin);
    const current = (await admin.get('/api/enforcement/templates')).json().templates.find((t: { code: string }) => t.code === 'enf.suspension');
    const bad = await admin.put('/api/enforcement/templates/enf.suspension', { title: current.title, body: { ...current.body, ru: 'Текст {{debtor.nickname}}' },
      needsApproval: false });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('enforcement.template_invalid');
    const saved = await admin.put('/api/enforcement/templates/enf.suspension', { title: current.title,
      body: { ...current.body, ru: `${current.body.ru}\n\nРедакция 2: {{debtor.name}}.` }, needsApproval: false });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(current.version + 1);
    expect((await c.bailiff.put('/api/enforcement/templates/enf.suspension', { title: current.title, body: current.body, needsApproval: false })).statusCode).toBe(403);
    const act = await perform(c, id, 'suspend');
    expect((await status(c, id)).acts.find((a: { id: string }) => a.id === act.id).templateVersion).toBe(current.version + 1);
    expect((await c.bailiff.get(`/api/documents/${first.documentId}/content`)).rawPayload.equals(before)).toBe(true);
    await expect(system().db.query(`UPDATE documents SET content = 'x' WHERE id = $1`, [first.documentId])).rejects.toThrow(/signed/);
  });
}, { DEMO_KEYS: 'true', LOGIN_RATE_PER_MINUTE: '1000', RATE_PER_MINUTE: '100000' });
