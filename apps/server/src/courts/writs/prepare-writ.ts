import { randomUUID } from 'node:crypto';
import type { Database, JournalActor, Sql, WritPartyRecord } from '@oryndau/db';
import {
  countCourtWritsOfCase, findCourt, findCourtAct, findCourtCase, findDocument, findLiveWritOfAct, findUserById, insertCourtWrit, isUniqueViolation,
  listCaseJudges, listCaseParticipants,
} from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';
import { createDocument } from '../../signing/documents';
import { writCardBytes, writCardOf } from './writ-card';

export type PrepareWritInput = {
  actId: string;
  /** The sum in minor units of the currency (tiyn for KZT), as the act's operative part awards it. */
  amountMinor: number;
  currency: string;
  exchangeRate?: string | undefined;
  exchangeRateDate?: string | undefined;
  claimEssence: string;
  /** An ENF-12 category other than the one the case gives (alimony, collection for the state …). */
  category?: string | undefined;
  solidaryLiability?: boolean | undefined;
  /** Each party's region (KATO) and address where the secretary knows them; default: the court's region. */
  parties?: ReadonlyArray<{ participantId: string; regionKato: string; address?: string | undefined }> | undefined;
};

export const WRIT_CARD_TITLE = { kk: 'Электрондық атқару парағы', ru: 'Электронный исполнительный лист' } as const;
export const WRIT_ACT_COPY_TITLE = { kk: 'Сот актісінің көшірмесі (атқару парағына)', ru: 'Копия судебного акта (к исполнительному листу)' } as const;

/** Who recovers and who pays, as the card names them — participants with an IIN/BIN only (the intake checks it). */
async function writParties(sql: Sql, caseId: string, regionOf: (participantId: string) => { regionKato: string; address?: string }) {
  const participants = (await listCaseParticipants(sql, caseId)).filter((p) => p.iinBin !== null);
  const asParty = (p: (typeof participants)[number]): WritPartyRecord => ({
    kind: p.kind, identifier: p.iinBin!, name: p.name, ...regionOf(p.id),
  });
  const claimants = participants.filter((p) => courts.WRIT_CLAIMANT_CATEGORIES.includes(p.category)).map(asParty);
  const debtors = participants.filter((p) => courts.WRIT_DEBTOR_CATEGORIES.includes(p.category)).map(asParty);
  if (claimants.length === 0 || debtors.length === 0) throw new DomainError(ErrorCode.writPartiesMissing);
  return { claimants, debtors };
}

/**
 * FILE-16, seed 003 §51–56: the court secretary prepares the electronic writ
 * of execution of a case's act — only once the act is in legal force, or at
 * once when it is for immediate execution (§51). The card (claimant/debtor,
 * case number, judge, court, sum and currency — in the schema enforcement's
 * intake parses) is stored once as a `court.writ` document for the judge and
 * the secretary to sign, and the act's signed PDF as a `court.writ_act_copy`
 * document for the judge (§52). The addressee follows the category by the
 * ENF-12 rules (§54). Under the case's row lock: a second writ of the same
 * act — also two secretaries at once — is one 409 `courts.writ_exists`.
 */
export async function prepareWrit(deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor, caseId: string,
  input: PrepareWritInput): Promise<{ writId: string }> {
  const found = await findCourtCase(deps.db, caseId);
  if (!found || !can(subject, 'courts.case.read', { courtId: found.courtId })) throw new DomainError(ErrorCode.notFound);
  if (!can(subject, 'courts.writ.prepare', { courtId: found.courtId })) throw new DomainError(ErrorCode.forbidden);
  const now = deps.clock.now();
  try {
    return await deps.db.transaction(async (tx) => {
      const courtCase = (await findCourtCase(tx, caseId, { lock: true }))!;
      const act = await findCourtAct(tx, input.actId);
      if (!act || act.caseId !== courtCase.id) throw new DomainError(ErrorCode.notFound);
      courts.assertActExecutable(act);
      if (await findLiveWritOfAct(tx, act.id)) throw new DomainError(ErrorCode.writExists, { actId: act.id });
      const court = (await findCourt(tx, courtCase.courtId))!;
      const presiding = (await listCaseJudges(tx, courtCase.id)).find((j) => j.releasedAt === null && j.role === 'presiding');
      if (!presiding) throw new DomainError(ErrorCode.writJudgeMissing);
      const secretary = (await findUserById(tx, subject.id))!;
      const regions = new Map((input.parties ?? []).map((p) => [p.participantId, p]));
      const { claimants, debtors } = await writParties(tx, courtCase.id, (id) => {
        const given = regions.get(id);
        return { regionKato: given?.regionKato ?? court.regionId, ...(given?.address ? { address: given.address } : {}) };
      });
      const category = courts.writCategory({ form: courtCase.form, firstClaimantKind: claimants[0]!.kind, requested: input.category ?? null });
      const actDocument = (await findDocument(tx, act.documentId))!;
      // §51: the act's date (the last judge's signature) and the day it entered into force, in the court's zone.
      const issueDate = localDateOf(act.signedAt!, court.timeZone);
      const inForce = act.inForceAt ? act.legalForceDate ?? localDateOf(act.inForceAt, court.timeZone) : issueDate;
      const id = randomUUID();
      const writ = {
        id, caseId: courtCase.id, actId: act.id, courtId: court.id,
        number: courts.writNumber(courtCase.number, (await countCourtWritsOfCase(tx, courtCase.id)) + 1),
        externalId: id, category, addressee: courts.writAddressee(category), claimants, debtors,
        solidaryLiability: input.solidaryLiability ?? false, claimEssence: input.claimEssence.trim(), amountMinor: input.amountMinor,
        currency: input.currency, exchangeRate: input.exchangeRate ?? null, exchangeRateDate: input.exchangeRateDate ?? null,
        issueDate, entryIntoForceDate: inForce < issueDate ? issueDate : inForce, judgeUserId: presiding.userId, secretaryUserId: subject.id,
        createdBy: subject.id,
      };
      const card = writCardOf(writ, { court, caseNumber: courtCase.number, judge: { iin: presiding.iin, fullName: presiding.fullName },
        secretary: { iin: secretary.iin, fullName: secretary.fullName } });
      const cardDocument = await createDocument(tx, { kind: 'court.writ', title: WRIT_CARD_TITLE, mediaType: 'application/json',
        content: writCardBytes(card), createdBy: subject.id }, now);
      const copy = await createDocument(tx, { kind: 'court.writ_act_copy', title: WRIT_ACT_COPY_TITLE, mediaType: actDocument.mediaType,
        content: actDocument.content, createdBy: subject.id }, now);
      await insertCourtWrit(tx, { ...writ, cardDocumentId: cardDocument.id, actCopyDocumentId: copy.id }, now);
      tx.journal({ at: now, actor, action: 'court.writ_prepared', objectType: 'court_writ', objectId: id,
        details: { caseId: courtCase.id, caseNumber: courtCase.number, actId: act.id, number: writ.number, category, addressee: writ.addressee,
          cardSha256: cardDocument.contentHash, actCopySha256: copy.contentHash } });
      return { writId: id };
    });
  } catch (error) {
    // The unique index is the backstop when two preparations pass the check at once.
    if (isUniqueViolation(error)) throw new DomainError(ErrorCode.writExists, { actId: input.actId });
    throw error;
  }
}
