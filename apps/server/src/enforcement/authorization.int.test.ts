import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import { DOCUMENT_KINDS } from '../signing/document-kinds';
import { SIGNING_HOOKS } from '../signing/hooks';
import { PEOPLE, generateAndSign, sendWrit, writCard } from './test-support';

const card = () => writCard();

describeSystemOnEachEngine('enforcement authorization', ({ system, client }) => {
  const signedIn = async (iin: string) => {
    const c = client('ru');
    await c.signIn(iin);
    return c;
  };

  it('issue 11 item 8 (X-3): another organisation\'s proceeding answers exactly as a missing one — 404 for acts, edits, reassignment and its documents', async () => {
    const bailiff = await signedIn(PEOPLE.privateBailiff);
    const created = await bailiff.post('/api/enforcement/executive-documents', card());
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().proceedingId as string;
    const { act, signed } = await generateAndSign(system(), bailiff, id, PEOPLE.privateBailiff,
      { templateCode: 'enf.initiation', locale: 'ru', action: 'initiate' });
    expect(signed.statusCode, signed.body).toBe(200);
    const { act: pending } = await generateAndSign(system(), bailiff, id, PEOPLE.privateBailiff,
      { templateCode: 'enf.execution_confirmed', locale: 'ru', action: 'confirmExecution' });

    const astanaBailiff = await signedIn(PEOPLE.stateBailiffAstana);
    const astanaSenior = await signedIn(PEOPLE.seniorAstana);
    const missing = randomUUID();
    const attempts = (target: string, actId: string, documentId: string) => [
      astanaBailiff.post(`/api/enforcement/proceedings/${target}/acts`, { templateCode: 'enf.suspension', locale: 'ru', action: 'suspend',
        groundCode: 'suspension.debtor_death' }),
      astanaBailiff.request({ method: 'PATCH', url: `/api/enforcement/proceedings/${target}/executive-document`, payload: { copyNumber: '9' } }),
      astanaSenior.get(`/api/enforcement/proceedings/${target}/candidates`),
      astanaSenior.post(`/api/enforcement/proceedings/${target}/reassign`, { bailiffId: randomUUID(), reason: 'Другой исполнитель свободен' }),
      astanaSenior.post(`/api/enforcement/acts/${actId}/return`, { reason: 'Нет подтверждения оплаты' }),
      astanaSenior.get(`/api/documents/${documentId}/content`),
      astanaSenior.post(`/api/documents/${documentId}/signing`),
    ];
    const foreign = await Promise.all(attempts(id, pending.id, act.documentId));
    const absent = await Promise.all(attempts(missing, randomUUID(), randomUUID()));
    expect(foreign.map((r) => r.statusCode)).toEqual(absent.map(() => 404));
    expect(foreign.map((r) => r.json())).toEqual(absent.map((r) => r.json()));
    // Whoever sees the proceeding but may not do this is still told so (403): the Taraz senior does not draw up the bailiff's acts.
    const tarazSenior = await signedIn(PEOPLE.seniorTaraz);
    expect((await tarazSenior.post(`/api/enforcement/proceedings/${id}/acts`, { templateCode: 'enf.suspension', locale: 'ru', action: 'suspend',
      groundCode: 'suspension.debtor_death' })).statusCode).toBe(403);
  });

  it('issue 11 item 9 (SIG-1): a document of a kind the server does not know is refused, even to the person who made it', async () => {
    const admin = await signedIn(PEOPLE.admin);
    const me = (await admin.get('/api/session')).json().user.id as string;
    const id = randomUUID();
    await system().db.query(
      `INSERT INTO documents (id, kind, title_kk, title_ru, media_type, content, content_hash, created_by, created_at)
       VALUES ($1, 'legacy.kind', 'Құжат', 'Документ', 'text/plain', $2, $3, $4, now())`, [id, Buffer.from('x'), 'ab'.repeat(32), me]);
    expect((await admin.get(`/api/documents/${id}/content`)).statusCode).toBe(404);
    expect((await admin.post(`/api/documents/${id}/signing`)).statusCode).toBe(404);
    // Every kind the server makes has its hook, decided on purpose.
    expect(Object.keys(SIGNING_HOOKS).sort()).toEqual([...DOCUMENT_KINDS].sort());
  });

  it('issue 11 item 9 (ENF-11): the court\'s act of an electronic writ is read by whoever sees the proceeding, signed by nobody here', async () => {
    await system().app.listen({ port: 0, host: '127.0.0.1' }).catch(() => undefined);
    const sent = await sendWrit(system());
    const proceedingId = (sent.body as { proceedingId: string }).proceedingId;
    const admin = await signedIn(PEOPLE.admin);
    const view = (await admin.get(`/api/enforcement/proceedings/${proceedingId}`)).json();
    const documentId = view.executiveDocument.courtActDocumentId as string;
    expect(documentId).toMatch(/^[0-9a-f-]{36}$/);
    const assigned = view.bailiff.id as string;
    const iin = (await system().db.query<{ iin: string }>('SELECT iin FROM users WHERE id = $1', [assigned])).rows[0]!.iin;
    const bailiff = await signedIn(iin);
    expect((await bailiff.get(`/api/documents/${documentId}/content`)).statusCode).toBe(200);
    expect((await bailiff.post(`/api/documents/${documentId}/signing`)).statusCode).toBe(403);
    const stranger = await signedIn(PEOPLE.stateBailiffAstana);
    expect((await stranger.get(`/api/documents/${documentId}/content`)).statusCode).toBe(404);
  });
}, { DEMO_KEYS: 'true' });
