import { DomainError, ErrorCode, can } from '@oryndau/domain';
import { enforcementActHook } from '../enforcement/apply-act';
import { courtActHook } from '../enforcement/court-act-hook';
import { courtFilingHook } from '../courts/receive-filing';
import { courtFilingSupplementHook } from '../courts/receive-supplements';
import { powerOfAttorneyHook } from '../courts/poa-signing-hook';
import { courtWritHook } from '../courts/writs/writ-signing-hook';
import { courtCaseActHook } from '../courts/acts/court-act-signing-hook';
import { legalForceMarkHook } from '../courts/acts/mark-legal-force';
import { archiveInventoryHook } from '../courts/archive/archive-signing-hook';
import { enpApplicationHook } from '../enp/application-signing-hook';
import { licensingApplicationHook } from '../licensing/application-signing';
import { licensingLicenceHook } from '../licensing/issue-licence';
import { licensingRegisterActHook } from '../licensing/register-acts';
import type { DocumentSigningHook, SigningHooks } from './sign-document';

/**
 * SIMP-1…SIMP-6: the simplified path's acts are sealed by the system key when
 * they are made; no person signs them, and they are read through the
 * debtor's link and the public verification page, not as a user's document.
 */
const sealedActHook: DocumentSigningHook = {
  mayRead: () => Promise.resolve(false),
  maySign: () => Promise.resolve(false),
  onSigned: () => Promise.reject(new DomainError(ErrorCode.forbidden)),
};

/** Dev mode: a sample document is read and signed by the person who made it; signing it changes nothing else. */
const sampleHook: DocumentSigningHook = {
  mayRead: (_sql, subject, document) => Promise.resolve(can(subject, 'document.sign', { createdBy: document.createdBy })),
  maySign: (_sql, subject, document) => Promise.resolve(can(subject, 'document.sign', { createdBy: document.createdBy })),
  onSigned: () => Promise.resolve(),
};

/** Who reads and signs each kind of document and what its signature does — every kind decided, none by default. */
export const SIGNING_HOOKS: SigningHooks = {
  'enforcement.act': enforcementActHook,
  'court.act': courtActHook,
  'court.filing': courtFilingHook,
  'court.filing_supplement': courtFilingSupplementHook,
  'court.writ': courtWritHook,
  'court.writ_act_copy': courtWritHook,
  'simp.initiation': sealedActHook,
  'simp.termination': sealedActHook,
  'simp.cancellation': sealedActHook,
  'court.case_act': courtCaseActHook,
  'court.legal_force_mark': legalForceMarkHook,
  power_of_attorney: powerOfAttorneyHook,
  'court.archive_inventory': archiveInventoryHook,
  'enp.application': enpApplicationHook,
  'licensing.application': licensingApplicationHook,
  'licensing.licence': licensingLicenceHook,
  'licensing.register_act': licensingRegisterActHook,
  sample: sampleHook,
};
