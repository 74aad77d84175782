import { writCardSchema } from '@oryndau/adapters';
import type { WritCard, WritReceipt, WritSubmission } from '@oryndau/adapters';
import type { Database, Sql } from '@oryndau/db';
import { findRegistrationByDedupeKey, markCourtActSigned, recordJournal } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import { createDocument, sha256Hex } from '../signing/documents';
import { storeSignature } from '../signing/signatures';
import type { SignatureVerifier, VerificationReason } from '../signing/verifier';
import { registerExecutiveDocument } from './register-executive-document';

const COURT_ACTOR = { userId: null, iin: null, role: 'court_system', requestId: null };

type Part = 'judge' | 'secretary' | 'court_act';

const dedupeKeyOf = (card: WritCard) => `${card.court.id}|${card.writNumber.trim()}|${card.debtors[0]!.identifier}`;

async function existingReceipt(sql: Sql, key: string): Promise<WritReceipt | null> {
  const found = await findRegistrationByDedupeKey(sql, key);
  return found ? { ...found, status: 'registered', duplicate: true } : null;
}

const decode = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));

/**
 * ENF-11: an electronic writ from the courts' system. The judge's and the
 * secretary's signatures over the writ bytes and the judge's signature over
 * the court act all go through the ЭЦП checklist, each bound to the IIN the
 * card names; any failure refuses the whole writ with every reason. A writ
 * already registered (same court, writ number, first debtor) is answered
 * with its first registration.
 */
export async function receiveWrit(deps: { db: Database; clock: Clock; verify: SignatureVerifier }, submission: WritSubmission): Promise<WritReceipt> {
  const now = deps.clock.now();
  const writBytes = decode(submission.writ);
  let card: WritCard;
  try {
    card = writCardSchema.parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(writBytes)));
  } catch {
    throw new DomainError(ErrorCode.validation, { fields: ['writ'] });
  }
  const act = decode(submission.courtAct.content);
  const checks: Array<{ part: Part; cms: Uint8Array; content: Uint8Array; iin: string }> = [
    { part: 'judge', cms: decode(submission.signatures.judge), content: writBytes, iin: card.judge.iin },
    { part: 'secretary', cms: decode(submission.signatures.secretary), content: writBytes, iin: card.secretary.iin },
    { part: 'court_act', cms: decode(submission.courtAct.signature), content: act, iin: card.judge.iin },
  ];
  const outcomes = await Promise.all(checks.map((c) => deps.verify({ cms: c.cms, content: c.content, purpose: 'sign', expectIin: c.iin, at: now })));
  const failures = checks.flatMap((c, i): Array<{ part: Part; reasons: VerificationReason[] }> =>
    (outcomes[i]!.valid ? [] : [{ part: c.part, reasons: outcomes[i]!.reasons }]));
  if (failures.length > 0) {
    await recordJournal(deps.db, { at: now, actor: COURT_ACTOR, action: 'enforcement.writ_refused',
      objectType: 'writ', objectId: card.externalId,
      details: { court: card.court.id, writNumber: card.writNumber, failures: failures.map((f) => ({ part: f.part, codes: f.reasons.map((r) => r.code) })) } });
    throw new DomainError(ErrorCode.writSignatureInvalid, { signatures: failures, reasons: failures.flatMap((f) => f.reasons) });
  }

  const key = dedupeKeyOf(card);
  const earlier = await existingReceipt(deps.db, key);
  if (earlier) return earlier;
  try {
    return await deps.db.transaction(async (tx) => {
      const courtAct = await createDocument(tx, { kind: 'court.act', title: { kk: `Сот актісі № ${card.caseNumber}`, ru: `Судебный акт № ${card.caseNumber}` },
        mediaType: 'application/pdf', content: act, createdBy: null }, now);
      const registration = await registerExecutiveDocument(tx, {
        arrivalOrder: 'first', claimEssence: card.claimEssence, issueDate: card.issueDate, issuingBody: card.court.nameRu,
        issuingBodyKk: card.court.nameKk,
        documentType: card.documentType, documentNumber: card.writNumber, entryIntoForceDate: card.entryIntoForceDate,
        receivedFrom: 'ЕАИАС СО', categoryCode: card.categoryCode, subcategory: card.subcategory, amount: card.amount,
        currency: card.currency, exchangeRate: card.exchangeRate, exchangeRateDate: card.exchangeRateDate,
        signerName: card.judge.fullName, claimFiledBy: card.claimants[0]!.kind, solidaryLiability: card.solidaryLiability,
        trustedPerson: false,
        parties: [...card.debtors.map((p) => ({ ...p, role: 'debtor' as const })), ...card.claimants.map((p) => ({ ...p, role: 'claimant' as const }))],
        source: 'court', externalId: card.externalId, courtId: card.court.id, dedupeKey: key, writContent: writBytes,
        courtActDocumentId: courtAct.id, createdBy: null,
      }, now, COURT_ACTOR);
      // The writ's own signatures are kept against the proceeding; the act's against its document (public /verify).
      const writHash = sha256Hex(writBytes);
      for (const i of [0, 1]) {
        await storeSignature(tx, { documentType: 'court.writ', documentId: registration.proceedingId, contentHash: writHash,
          cms: checks[i]!.cms, outcome: outcomes[i]! }, now);
      }
      await storeSignature(tx, { documentType: 'court.act', documentId: courtAct.id, contentHash: courtAct.contentHash,
        cms: checks[2]!.cms, outcome: outcomes[2]! }, now);
      await markCourtActSigned(tx, courtAct.id, now);
      return { proceedingId: registration.proceedingId, registrationNumber: registration.registrationNumber,
        registrationDate: registration.registrationDate, status: 'registered' as const, duplicate: false };
    });
  } catch (error) {
    // Two deliveries of one writ at once: the loser answers with the winner's registration.
    const again = await existingReceipt(deps.db, key);
    if (again) return again;
    throw error;
  }
}
