import type { WritsToSign } from '@oryndau/contracts';
import type { Database } from '@oryndau/db';
import { listWritsToSignBySecretary } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { writsToSignScope } from './work-scopes';

/** FILE-16: the writs the secretary prepared that still lack their signature (home queue courts.writsToSign). */
export async function writsToSign(db: Database, subject: Subject): Promise<WritsToSign> {
  const scope = writsToSignScope(subject);
  if (scope === null) throw new DomainError(ErrorCode.forbidden);
  return {
    items: (await listWritsToSignBySecretary(db, scope.secretaryUserId)).map((w) => ({
      writId: w.writId, caseId: w.caseId, caseNumber: w.caseNumber, number: w.number, status: w.status,
      statusName: courts.WRIT_STATUS_TEXTS[w.status], debtors: w.debtors.map((d) => d.name), amount: courts.minorToDecimal(w.amountMinor),
      currency: w.currency, issueDate: w.issueDate,
    })),
  };
}
