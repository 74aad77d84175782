import { findProceedingOfCourtAct } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { DocumentSigningHook } from '../signing/sign-document';
import { mayViewProceeding } from './authorize';

/**
 * ENF-11: the court's act that came with an electronic writ. It arrives
 * signed by the court; we never sign it. Whoever may see the proceeding it
 * started reads it (the card links it).
 */
export const courtActHook: DocumentSigningHook = {
  async mayRead(sql, subject, document) {
    const row = await findProceedingOfCourtAct(sql, document.id);
    return row !== null && mayViewProceeding(subject, row);
  },
  maySign: () => Promise.resolve(false),
  onSigned: () => Promise.reject(new DomainError(ErrorCode.forbidden)),
};
