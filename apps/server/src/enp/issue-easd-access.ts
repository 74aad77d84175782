import { randomUUID } from 'node:crypto';
import type { EnpIssueAccessBody } from '@oryndau/contracts';
import type { Database, JournalActor } from '@oryndau/db';
import { isUniqueViolation, lockEasdCase, replaceEnpAccess } from '@oryndau/db';
import { DomainError, ErrorCode, courts, enp } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { renderEnpCard } from '@oryndau/documents';
import { formatDate, validateIin } from '@oryndau/kz';
import type { Secret } from '../secret';
import { hashPassword } from '../identity/password';
import { loadEasdOfficeCase } from './easd-case';
import type { EasdCaseData, EasdDeps } from './easd-case';
import { enpLookupKey, newEnpPassword, requireLookupSecret } from './enp-credentials';

export type IssueEasdAccessDeps = EasdDeps & { db: Database; clock: Clock; passwordLog2N: number; lookupSecret: Secret | null; portalUrl: string };

const both = (t: { kk: string; ru: string }) => `${t.kk} / ${t.ru}`;
const L = enp.ENP_CARD_LABELS;
/** How an ЭАСД case came to the portal, for the card's «arrival order» line. */
const FROM_ARCHIVE = { kk: 'Мұрағаттан (ЭАСД ақпараттық жүйесі)', ru: 'Из архива (ИС «ЭАСД»)' };

/** ENP-2: the card of an ЭАСД case — what its package tells (no filing of ours: incoming number and applicant are «none»). */
function easdCard(data: EasdCaseData, password: string, portalUrl: string, now: Date): Promise<Uint8Array> {
  const none = both(L.none);
  const parties = data.info.participants.map((p) => `${both(courts.PARTICIPANT_CATEGORY_TEXTS[p.category])}: ${p.name}`).join('; ');
  const rows: [string, string][] = [
    [both(L.caseNumber), data.pkg.caseNumber],
    [both(L.previousProceedings), none],
    [both(L.arrivalDate), data.info.registeredOn ? formatDate(data.info.registeredOn, 'ru') : none],
    [both(L.incomingNumber), none],
    [both(L.applicant), none],
    [both(L.arrivalOrder), both(FROM_ARCHIVE)],
    [both(L.parties), parties || none],
  ];
  return renderEnpCard({
    court: data.court.name, rows, passwordLabel: both(L.password), password, portalUrl,
    marginLeftMm: data.court.cardMarginLeftMm, marginTopMm: data.court.cardMarginTopMm, date: now,
  });
}

/**
 * ENP-10 with ENP-1, ENP-2: the office issues a participant's password for
 * an old case of the archive system ЭАСД, named by its archive id — the
 * court the package names is the office's own. Like a court case's issue:
 * shown once, printed on the card, kept as a slow hash and a keyed lookup
 * key; a re-issue replaces the earlier password. With no court_cases row to
 * lock, the archive id's advisory lock serialises re-issues (lock order:
 * that lock → enp_accesses → journal); the live-access unique index is the
 * backstop (409 enp.access_conflict).
 */
export async function issueEasdAccess(deps: IssueEasdAccessDeps, subject: Subject, actor: JournalActor, archiveId: string, body: EnpIssueAccessBody)
  : Promise<{ accessId: string; password: string; cardPdf: Uint8Array; replaced: boolean }> {
  const secret = requireLookupSecret(deps.lookupSecret);
  if (!validateIin(body.iin).ok) throw new DomainError(ErrorCode.invalidIin);
  const data = await loadEasdOfficeCase(deps, subject, archiveId, 'enp.access.issue');
  if (!courts.participantCategoriesFor(data.info.form).includes(body.category)) throw new DomainError(ErrorCode.validation);
  const password = newEnpPassword();
  const passwordHash = await hashPassword(password, deps.passwordLog2N);
  const now = deps.clock.now();
  const id = randomUUID();
  try {
    return await deps.db.transaction(async (tx) => {
      await lockEasdCase(tx, data.pkg.archiveId);
      const replaced = await replaceEnpAccess(tx, {
        id, caseId: null, easdArchiveId: data.pkg.archiveId, iin: body.iin, fullName: body.fullName, category: body.category,
        appliedOn: body.appliedOn, email: body.email, representedEntity: body.representedEntity, passwordHash,
        lookupKey: enpLookupKey(secret, body.iin, password), channel: 'office', issuedBy: subject.id, issuedAt: now,
      });
      tx.journal({ at: now, actor, action: replaced ? 'enp.access_reissued' : 'enp.access_issued', objectType: 'easd_case', objectId: data.pkg.archiveId,
        subjectIin: body.iin, details: { accessId: id, caseNumber: data.pkg.caseNumber, courtId: data.court.id, category: body.category, channel: 'office',
          source: 'easd', representedBin: body.representedEntity?.bin ?? null } });
      const cardPdf = await easdCard(data, password, deps.portalUrl, now);
      return { accessId: id, password, cardPdf, replaced };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError(ErrorCode.enpAccessConflict);
    throw error;
  }
}
