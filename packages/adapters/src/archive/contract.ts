import { z } from 'zod';
import { instantSchema, localizedSchema } from '../contract-common';
import type { ArchiveReceipt } from './port';

// Wire format: POST /packages (files as base64 with their SHA-256),
// GET /packages/:archiveId.

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

const fileInfoSchema = z.object({
  fileId: z.string().min(1),
  filename: z.string().min(1),
  contentType: z.string().min(1),
  size: z.int().nonnegative(),
  sha256: sha256Schema,
});

export const depositBodySchema = z.object({
  packageRef: z.string().min(1).max(200),
  caseNumber: z.string().min(1),
  title: localizedSchema,
  metadata: z.record(z.string(), z.string()),
  retentionYears: z.int().positive().nullable(),
  files: z
    .array(
      z.object({
        filename: z.string().min(1).max(255),
        contentType: z.string().min(1),
        contentBase64: z.base64(),
        sha256: sha256Schema,
      }),
    )
    .min(1),
});

export type DepositBody = z.infer<typeof depositBodySchema>;

export const archiveReceiptSchema: z.ZodType<ArchiveReceipt> = z.object({
  archiveId: z.string().min(1),
  depositedAt: instantSchema,
  files: z.array(fileInfoSchema),
});

export const archivedPackageWireSchema = z.object({
  archiveId: z.string().min(1),
  packageRef: z.string(),
  caseNumber: z.string(),
  title: localizedSchema,
  metadata: z.record(z.string(), z.string()),
  retentionYears: z.int().positive().nullable(),
  depositedAt: instantSchema,
  files: z.array(fileInfoSchema.extend({ contentBase64: z.base64() })),
});
