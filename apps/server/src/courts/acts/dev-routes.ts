import { createHash, randomUUID } from 'node:crypto';
import { errorResponses, okSchema } from '@oryndau/contracts';
import {
  devMakeDeadlinesDue, devSetLegalForceDate, findCourt, findUserByIin, insertFilingDraft, insertSignature, markFilingReceived, nextCourtSequence,
} from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { actorOf, requireSubject } from '../../http/session';
import { requireArchiveReader } from '../archive/archive-access';
import { ARCHIVE_HANDOVER } from '../archive/schedule-archive-handover';
import { courtToday } from '../court-time';
import { registerReceivedFiling } from '../register-filing';
import { requireReadableAct } from './act-context';

// Dev mode only (DEV_MODE=true; 404 otherwise), for the browser test of
// issue 15 (e2e/court-acts.spec.ts) and demos: a registered case of the demo
// citizen at the Esil court with the demo civil judge — the filing seeded as
// received (its signature row marked as a dev seed, not a real one), then
// registered by the real use-case — "the appeal term has run" for an act,
// and "the archive's handover day has come" for a case (e2e/court-chain.spec.ts).

const DEMO = { court: 'court-astana-esil', citizen: '920707300005', office: '900505400001', judge: '710830300000' } as const;

export function registerCourtActDevRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock } = deps;

  app.post('/api/dev/court-acts/demo-case', {
    schema: { tags: ['dev'], summary: 'Dev mode: a registered case of the demo citizen with the demo civil judge (browser tests)',
      response: { 200: z.object({ caseId: z.string(), filingId: z.string(), filingTitle: z.string() }), ...errorResponses } },
  }, async (request) => {
    if (!deps.config.devMode) throw new DomainError(ErrorCode.notFound);
    requireSubject(request);
    const [court, citizen, office, judge] = await Promise.all([findCourt(db, DEMO.court), findUserByIin(db, DEMO.citizen),
      findUserByIin(db, DEMO.office), findUserByIin(db, DEMO.judge)]);
    if (!court || !citizen || !office || !judge) throw new DomainError(ErrorCode.notFound);
    const now = clock.now();
    const day = courtToday(now, court.timeZone);
    const filingId = randomUUID();
    const title = `Қарызды өндіру туралы талап арыз / Иск о взыскании долга ${filingId.slice(0, 8)}`;
    const hash = createHash('sha256').update(filingId).digest('hex');
    await db.transaction(async (tx) => {
      const number = courts.filingNumber({ courtCode: court.code, receiptDate: day, sequence: await nextCourtSequence(tx, court.id, 'filing', day) });
      await insertFilingDraft(tx, { id: filingId, service: 'claim', courtId: court.id, instance: 'first', form: 'civil', category: null, targetCaseId: null,
        applicantUserId: citizen.id, applicantKind: 'individual', applicantIinBin: citizen.iin, applicantName: citizen.fullName, principalKind: null,
        principalIinBin: null, principalName: null, powerOfAttorneyId: null, title, body: 'Жауапкерден 500 000 теңге өндіруді сұраймын.',
        claimAmountTiyn: 50_000_000, dutyTiyn: 0, dutyBasis: { rule: 'dev_seed' },
        parties: [{ category: 'defendant', kind: 'individual', iinBin: '850312300002', name: 'Жақсылықов Нұрлан Серікұлы' }], appendix: [] }, now);
      const signatureId = randomUUID();
      await insertSignature(tx, { id: signatureId, challengeId: null, documentType: 'court.filing', documentId: filingId, contentHash: hash,
        signer: { iin: citizen.iin, bin: null, name: citizen.fullName, algorithm: null }, cms: new Uint8Array([0]), checkedAt: now,
        evidence: { devSeed: true } });
      await markFilingReceived(tx, filingId, 1, { number, signatureId, manifestSha256: hash, contentHash: hash, receivedAt: now, receiptDate: day,
        registrationDay: day });
    });
    const registered = await registerReceivedFiling({ db, clock }, {
      id: office.id, iin: office.iin, roles: ['court_office'], organisationId: court.id, organisationKind: 'court', regionId: court.regionId,
    }, actorOf(request), filingId, { version: 2, into: 'new', judgeUserId: judge.id });
    return { caseId: registered.case.id, filingId, filingTitle: title };
  });

  app.post('/api/dev/court-acts/:id/term-elapsed', {
    schema: { tags: ['dev'], summary: 'Dev mode: the act\'s appeal term has run — its legal-force date becomes today (browser tests)',
      params: z.object({ id: z.uuid() }), response: { 200: okSchema, ...errorResponses } },
  }, async (request) => {
    if (!deps.config.devMode) throw new DomainError(ErrorCode.notFound);
    const ctx = await requireReadableAct(db, requireSubject(request), request.params.id);
    const today = courtToday(clock.now(), ctx.court.timeZone);
    if (!(await db.transaction((tx) => devSetLegalForceDate(tx, ctx.act.id, today)))) throw new DomainError(ErrorCode.legalForceNone);
    return { ok: true as const };
  });

  app.post('/api/dev/court-cases/:id/archive-handover-due', {
    schema: { tags: ['dev'], summary: 'Dev mode: the case\'s archive handover deadline is due now — the worker fires it (browser tests)',
      params: z.object({ id: z.uuid() }), response: { 200: okSchema, ...errorResponses } },
  }, async (request) => {
    if (!deps.config.devMode) throw new DomainError(ErrorCode.notFound);
    await requireArchiveReader(db, requireSubject(request), request.params.id);
    // Only the deadline's time moves: the worker's claim and archiveHandoverHandler do the rest, as on the day itself.
    const moved = await db.transaction((tx) => devMakeDeadlinesDue(tx,
      { subjectType: 'court_case', subjectId: request.params.id, kind: ARCHIVE_HANDOVER }, clock.now()));
    if (moved === 0) throw new DomainError(ErrorCode.notFound);
    return { ok: true as const };
  });
}
