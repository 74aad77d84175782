import { z } from 'zod';
import { binary, localizedSchema } from './errors';
import { integer, uuid } from './validation';

// The court's electronic archive (issue 15 items 4-5, FILE-17, SIG-7):
// apps/server/src/courts/archive/archive-routes.ts. Every text a person
// reads comes in kk and ru; codes (status, source) are for the program only.

export const archiveCaseParams = z.object({ id: uuid });
export const archiveEntryParams = z.object({ id: uuid, position: integer(1, 100_000) });
export const legacyArchiveParams = z.object({ archiveId: z.string().min(1).max(200).regex(/^[A-Za-z0-9._:-]+$/) });
export const legacyArchiveFileParams = legacyArchiveParams.extend({ fileId: z.string().min(1).max(200).regex(/^[A-Za-z0-9._:-]+$/) });

const archiveStatus = z.enum(['due', 'inventory_prepared', 'archived']);

export const archiveSignatureSchema = z.object({
  id: z.string(),
  /** The signer's name as the certificate gave it (staff and participants of the case read it; the public page masks it). */
  signerName: z.string().nullable(),
  signedAt: z.string(),
  algorithm: z.string().nullable(),
});

export const archiveEntrySchema = z.object({
  position: z.number().int(),
  source: z.string(),
  sourceName: localizedSchema,
  title: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  signatures: z.array(archiveSignatureSchema),
  /** Download of the original bytes and the stamped paper copy (archived cases only). */
  downloadUrl: z.string().nullable(),
  paperCopyUrl: z.string().nullable(),
});

export const caseArchiveSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  /** null: the case is not (yet) on its way to the archive (its handover deadline has not fired). */
  status: archiveStatus.nullable(),
  statusName: localizedSchema,
  version: z.number().int().nullable(),
  inForceOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  inventory: z.object({
    documentId: z.string(),
    sha256: z.string(),
    preparedAt: z.string(),
    entries: z.array(archiveEntrySchema),
  }).nullable(),
  archivedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  retention: z.object({
    years: z.number().int().nullable(),
    until: z.string().nullable(),
    ruleName: localizedSchema,
    confirmed: z.boolean(),
    source: z.string(),
  }).nullable(),
  may: z.object({ prepare: z.boolean(), sign: z.boolean(), export: z.boolean() }),
  exportUrl: z.string().nullable(),
  verificationUrl: z.string().nullable(),
});
export type CaseArchiveView = z.infer<typeof caseArchiveSchema>;

export const prepareArchiveBody = z.object({
  /** The archive row's version the secretary saw (null: none was shown); another secretary's work in between is a 409. */
  version: z.number().int().min(1).nullable(),
});
export const prepareArchiveResponse = z.object({
  archive: caseArchiveSchema,
  /** The inventory document the judge signs (POST /api/documents/:id/signing). */
  documentId: z.string(),
});

export const archiveQueueResponse = z.object({
  items: z.array(z.object({
    caseId: z.string(), number: z.string(), status: archiveStatus, statusName: localizedSchema, inForceOn: z.string(), dueOn: z.string(),
    overdue: z.boolean(),
  })),
});

export type ArchiveQueue = z.infer<typeof archiveQueueResponse>;

/** SIG-7: per document and signature, the verdict as of signing time from the stored evidence. */
export const archiveVerificationSchema = z.object({
  caseId: z.string(),
  checkedAt: z.string(),
  allValid: z.boolean(),
  documents: z.array(z.object({
    position: z.number().int().nullable(),
    title: z.string(),
    sha256: z.string(),
    /** The stored bytes still hash to what the inventory lists. */
    bytesIntact: z.boolean(),
    signatures: z.array(z.object({
      id: z.string(),
      signerName: z.string().nullable(),
      signedAt: z.string(),
      evidencePresent: z.boolean(),
      validAtSigningTime: z.boolean(),
      certificateValidUntil: z.string().nullable(),
      certificateExpired: z.boolean(),
      reasons: z.array(localizedSchema),
    })),
  })),
});
export type ArchiveVerification = z.infer<typeof archiveVerificationSchema>;

// A signed JSON manifest is sent as a file (octet-stream, .json name): a byte route never declares JSON.
export const archiveFileResponse = binary(['application/pdf', 'application/octet-stream', 'image/jpeg', 'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], 'The archived document\'s original bytes');
export const archivePaperCopyResponse = binary(['application/pdf'], 'A paper copy: the document stamped with who signed it, when, and the verification QR');
export const archiveExportResponse = binary(['application/zip'],
  'The archived case: documents in original format, each signature as .p7s with its evidence, the signed inventory and manifest.json');

export const legacyArchiveSchema = z.object({
  archiveId: z.string(),
  caseNumber: z.string(),
  title: localizedSchema,
  depositedAt: z.string(),
  retentionYears: z.number().int().nullable(),
  court: localizedSchema.nullable(),
  files: z.array(z.object({ fileId: z.string(), filename: z.string(), contentType: z.string(), size: z.number().int(), sha256: z.string(),
    downloadUrl: z.string() })),
});
export const legacyArchiveFileResponse = binary(['application/pdf', 'image/jpeg', 'image/tiff', 'application/octet-stream'],
  'A file of an old scanned case from the archive system (ЭАСД), as the archive holds it');
