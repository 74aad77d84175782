import { randomUUID } from 'node:crypto';
import type { EnpIssueAccessBody } from '@oryndau/contracts';
import type { Database, JournalActor } from '@oryndau/db';
import { isUniqueViolation, replaceEnpAccess } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { validateIin } from '@oryndau/kz';
import type { Secret } from '../secret';
import { hashPassword } from '../identity/password';
import { renderAccessCard } from './enp-card-data';
import { enpLookupKey, newEnpPassword, requireLookupSecret } from './enp-credentials';
import { loadOfficeCase } from './office-case';

export type IssueAccessDeps = { db: Database; clock: Clock; passwordLog2N: number; lookupSecret: Secret | null; portalUrl: string };

/**
 * ENP-1, ENP-2: the office enters a participant's application and issues
 * the password — shown once, printed on the card, kept only as its slow
 * hash and keyed lookup key. A re-issue for the same IIN and case replaces
 * the earlier password (and ends its portal sessions).
 *
 * Concurrency: the case's row is locked first (the server's lock order:
 * court_cases → enp_accesses → journal), so two re-issues of one access run
 * one after the other: each replaces the one before, the later password is
 * the one that opens the case, and both are in the list with replaced_at —
 * the serial outcome a re-issue means anyway. The unique index of live
 * accesses is the backstop: if it ever fires, the answer is a clear 409.
 */
export async function issueEnpAccess(deps: IssueAccessDeps, subject: Subject, actor: JournalActor, caseId: string, body: EnpIssueAccessBody)
  : Promise<{ accessId: string; password: string; cardPdf: Uint8Array; replaced: boolean }> {
  const secret = requireLookupSecret(deps.lookupSecret);
  if (!validateIin(body.iin).ok) throw new DomainError(ErrorCode.invalidIin);
  await loadOfficeCase(deps.db, subject, caseId, 'enp.access.issue');
  const password = newEnpPassword();
  // The slow hash outside the transaction: no row lock is held while scrypt runs.
  const passwordHash = await hashPassword(password, deps.passwordLog2N);
  const now = deps.clock.now();
  const id = randomUUID();
  try {
    return await deps.db.transaction(async (tx) => {
      const { courtCase, court } = await loadOfficeCase(tx, subject, caseId, 'enp.access.issue', { lock: true });
      const replaced = await replaceEnpAccess(tx, {
        id, caseId, easdArchiveId: null, iin: body.iin, fullName: body.fullName, category: body.category, appliedOn: body.appliedOn, email: body.email,
        representedEntity: body.representedEntity, passwordHash, lookupKey: enpLookupKey(secret, body.iin, password), channel: 'office',
        issuedBy: subject.id, issuedAt: now,
      });
      tx.journal({ at: now, actor, action: replaced ? 'enp.access_reissued' : 'enp.access_issued', objectType: 'court_case', objectId: caseId,
        subjectIin: body.iin, details: { accessId: id, caseNumber: courtCase.number, category: body.category, channel: 'office',
          representedBin: body.representedEntity?.bin ?? null } });
      const cardPdf = await renderAccessCard(tx, { courtCase, court, password, portalUrl: deps.portalUrl, now });
      return { accessId: id, password, cardPdf, replaced };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError(ErrorCode.enpAccessConflict);
    throw error;
  }
}
