import { randomUUID } from 'node:crypto';
import type { Database, FilingRecord, JournalActor, JsonValue, Tx } from '@oryndau/db';
import {
  addCaseEvent, addCaseJudge, addCaseParticipant, addCourtCaseDocument, findCourtCase, findUserContact, insertCourtCase, listFilingAttachments,
  lockFiling, nextCourtSequence, registerFiling, saveCourtCaseStatus,
} from '@oryndau/db';
import type { CourtRecord } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import type { RegisterFilingBody, RegisterFilingResponse } from '@oryndau/contracts';
import { courtToday } from './court-time';
import { assertVersion, filingState } from './filing-state';
import { CHOSEN_BY_SPECIALIST, judgeChoice } from './judge-options';
import { notifyApplicant } from './notify-applicant';
import { loadOfficeFiling } from './office-access';

/** A case no longer open to new documents. */
const FINISHED: readonly courts.CaseStatus[] = ['returned', 'transferred', 'closed'];

/**
 * The applicant's (or their principal's) own category in a new case: a
 * claim makes them the plaintiff (private prosecutor in a criminal case),
 * anything else the applicant.
 */
function applicantCategory(service: courts.FilingService, form: courts.CaseForm): courts.ParticipantCategory {
  if (service !== 'claim') return 'applicant';
  return form === 'civil' ? 'plaintiff' : form === 'criminal' ? 'private_prosecutor' : 'applicant';
}

/**
 * FILE-11, FILE-12, issue 14 items 1 and 8: the office registers a received
 * filing into a new case (numbered now, distributed to a judge) or into an
 * existing case of its court — in ONE transaction, taking locks in the
 * server's order: the court's case counter → the filing → the case → the
 * journal (appended last by the runner). Two specialists at once: the
 * second waits for the filing's lock, then finds it registered — a 409,
 * and its case number is given back with its rollback.
 */
export async function registerReceivedFiling(
  deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor, filingId: string, body: RegisterFilingBody,
): Promise<RegisterFilingResponse> {
  const { db } = deps;
  const { filing: seen, court } = await loadOfficeFiling(db, subject, filingId, 'courts.filing.register');
  const now = deps.clock.now();
  const today = courtToday(now, court.timeZone);
  const year = Number(today.slice(0, 4));
  if (body.into === 'new' && !body.judgeUserId) throw new DomainError(ErrorCode.judgeRequired, { action: 'assign' });

  return db.transaction(async (tx) => {
    // 1. The counter (a new case only): its row lock orders concurrent registrations of the court's cases of that year and form.
    const sequence = body.into === 'new' ? await nextCourtSequence(tx, court.id, 'case', `${year}-${seen.form}`) : null;
    // 2. The filing.
    const filing = await lockFiling(tx, filingId);
    if (!filing) throw new DomainError(ErrorCode.notFound);
    const caseId = body.into === 'new' ? randomUUID() : body.into.caseId;
    const decision = courts.decideFiling(filingState(filing), { action: 'register', caseId }, now);
    if (!decision.ok) throw decision.error;
    assertVersion(filing.version, body.version);
    const outcome = sequence !== null
      ? await openCase(tx, { subject, filing, court, caseId, sequence, year, today, now, judgeUserId: body.judgeUserId!, category: body.category ?? null })
      : await addToCase(tx, { subject, filing, court, caseId, today, now });
    if (!(await registerFiling(tx, filing.id, filing.version, { caseId, officeUserId: subject.id, registeredAt: now }))) {
      throw new DomainError(ErrorCode.courtsVersionConflict);
    }
    tx.journal({ at: now, actor, action: 'courts.filing_registered', objectType: 'filing', objectId: filing.id, subjectIin: filing.applicantIinBin,
      details: { number: filing.number, caseId, caseNumber: outcome.caseNumber, newCase: sequence !== null, courtId: court.id } });
    if (outcome.judge) {
      tx.journal({ at: now, actor, action: 'courts.case_distributed', objectType: 'court_case', objectId: caseId,
        details: { judgeUserId: outcome.judge.userId, proposedJudgeUserId: outcome.judge.proposedUserId, followedProposal: outcome.judge.followed,
          reason: outcome.judge.reason, filingId: filing.id } });
    }
    const notified = await notifyApplicant(tx, { ...filing, caseId }, {
      kind: 'registered', caseNumber: outcome.caseNumber, court: court.name, judge: outcome.judge?.fullName ?? null,
    }, now);
    tx.journal({ at: now, actor, action: 'courts.applicant_notified', objectType: 'filing', objectId: filing.id,
      details: { outcome: 'registered', email: notified.email, notificationId: notified.notificationId } });
    return {
      filingId: filing.id, status: 'registered' as const, version: filing.version + 1,
      case: { id: caseId, number: outcome.caseNumber, created: sequence !== null },
      judge: outcome.judge ? { userId: outcome.judge.userId, fullName: outcome.judge.fullName, reason: outcome.judge.reason } : null,
    };
  });
}

type Distribution = { userId: string; fullName: string; reason: { kk: string; ru: string }; proposedUserId: string | null; followed: boolean };

/** A new case from the filing: numbered, its participants, judge, course (registered → judge assigned) and documents. */
async function openCase(tx: Tx, input: {
  subject: Subject; filing: FilingRecord; court: CourtRecord; caseId: string; sequence: number; year: number; today: string; now: Date;
  judgeUserId: string; category: string | null;
}): Promise<{ caseNumber: string; judge: Distribution }> {
  const { filing, court, caseId, now, today } = input;
  const category = input.category ?? filing.category ?? filing.form;
  // The judge: an active judge of this court; the proposal's reason when the specialist followed it.
  const { judges, proposal } = await judgeChoice(tx, court.id, { form: filing.form, category }, now);
  const judge = judges.find((j) => j.userId === input.judgeUserId && j.active);
  if (!judge) throw new DomainError(ErrorCode.validation, { fields: [{ field: 'judgeUserId', message: {
    kk: 'бұл соттың белсенді судьяларының бірін таңдаңыз', ru: 'выберите одного из действующих судей этого суда' } }] });
  const followed = proposal?.userId === judge.userId;
  const reason = followed && proposal ? proposal.reason
    : { kk: CHOSEN_BY_SPECIALIST.kk(judge.fullName), ru: CHOSEN_BY_SPECIALIST.ru(judge.fullName) };

  const caseNumber = courts.caseNumber({ courtCode: court.code, year: input.year, form: filing.form, sequence: input.sequence });
  await insertCourtCase(tx, {
    id: caseId, courtId: court.id, number: caseNumber, year: input.year, form: filing.form, instance: filing.instance, category,
    registeredOn: today, registeredAt: now, previousCaseId: filing.targetCaseId, previousProceedings: null, filingId: filing.id,
  });

  // Participants: the parties as listed, then the applicant (or the principal they act for) unless listed already.
  const listed = new Set<string>();
  for (const party of filing.parties) {
    await addCaseParticipant(tx, { id: randomUUID(), caseId, category: party.category, kind: party.kind, iinBin: party.iinBin, name: party.name,
      email: null }, now);
    listed.add(party.iinBin);
  }
  const applicantEmail = (await findUserContact(tx, filing.applicantUserId))?.email ?? null;
  const ownCategory = applicantCategory(filing.service, filing.form);
  if (filing.principalIinBin && filing.principalKind) {
    if (!listed.has(filing.principalIinBin)) {
      await addCaseParticipant(tx, { id: randomUUID(), caseId, category: ownCategory, kind: filing.principalKind, iinBin: filing.principalIinBin,
        name: filing.principalName ?? '', email: null }, now);
    }
    if (!listed.has(filing.applicantIinBin)) {
      await addCaseParticipant(tx, { id: randomUUID(), caseId, category: 'representative', kind: filing.applicantKind,
        iinBin: filing.applicantIinBin, name: filing.applicantName, email: applicantEmail }, now);
    }
  } else if (!listed.has(filing.applicantIinBin)) {
    await addCaseParticipant(tx, { id: randomUUID(), caseId, category: ownCategory, kind: filing.applicantKind, iinBin: filing.applicantIinBin,
      name: filing.applicantName, email: applicantEmail }, now);
  }

  // The course: registered, then the judge assigned (CASE_TRANSITIONS registered → assign → assigned).
  await addCaseEvent(tx, { id: randomUUID(), caseId, kind: 'registered', occurredAt: now, localDate: today, actorUserId: input.subject.id,
    details: { filingId: filing.id, filingNumber: filing.number, caseNumber } });
  const assigned = courts.decideCase(courts.registeredCase(caseId, now), { action: 'assign', judgeUserId: judge.userId, reason }, now);
  if (!assigned.ok) throw assigned.error;
  if (!(await saveCourtCaseStatus(tx, caseId, 1, assigned.state.status, now))) throw new DomainError(ErrorCode.courtsVersionConflict);
  await addCaseJudge(tx, { id: randomUUID(), caseId, userId: judge.userId, role: 'presiding', assignedAt: now, reason });
  for (const event of assigned.events) {
    await addCaseEvent(tx, { id: randomUUID(), caseId, kind: event.kind, occurredAt: now, localDate: today, actorUserId: input.subject.id,
      details: JSON.parse(JSON.stringify({ ...event.details, judgeName: judge.fullName, followedProposal: followed })) as JsonValue });
  }
  await addDocuments(tx, filing, caseId, now);
  return { caseNumber, judge: { userId: judge.userId, fullName: judge.fullName, reason, proposedUserId: proposal?.userId ?? null, followed } };
}

/** Into an existing case of the same court: its documents and a dated entry in its course. */
async function addToCase(tx: Tx, input: { subject: Subject; filing: FilingRecord; court: CourtRecord; caseId: string; today: string; now: Date })
  : Promise<{ caseNumber: string; judge: null }> {
  const { filing, caseId, now } = input;
  const kase = await findCourtCase(tx, caseId, { lock: true });
  const invalid = (kk: string, ru: string) => new DomainError(ErrorCode.validation, { fields: [{ field: 'caseId', message: { kk, ru } }] });
  if (!kase || kase.courtId !== input.court.id) throw invalid('іс осы сотта табылмады', 'дело не найдено в этом суде');
  if (FINISHED.includes(kase.status)) throw invalid('бұл іс бойынша іс жүргізу аяқталған', 'производство по этому делу окончено');
  await addDocuments(tx, filing, caseId, now);
  await addCaseEvent(tx, { id: randomUUID(), caseId, kind: 'documents_added', occurredAt: now, localDate: input.today, actorUserId: input.subject.id,
    details: { filingId: filing.id, filingNumber: filing.number, service: filing.service } });
  return { caseNumber: kase.number, judge: null };
}

async function addDocuments(tx: Tx, filing: FilingRecord, caseId: string, now: Date): Promise<void> {
  for (const a of await listFilingAttachments(tx, filing.id)) {
    await addCourtCaseDocument(tx, { id: randomUUID(), caseId, filingId: filing.id, title: a.title, fileId: a.fileId, kind: a.file.kind,
      position: a.position, addedAt: now });
  }
}
