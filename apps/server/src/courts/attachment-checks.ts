import { recogniseAttachment } from '@oryndau/documents/attachments';
import type { AttachmentKind } from '@oryndau/documents/attachments';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { UploadedFile } from './multipart';

// FILE-1: a file is accepted by what its bytes are, never by its name; each
// problem has its own kk/ru message (422), an oversize file is a 413 naming
// the limit.

const PROBLEM_CODES = {
  unknown_type: ErrorCode.attachmentUnknownType,
  name_mismatch: ErrorCode.attachmentNameMismatch,
  unreadable: ErrorCode.attachmentUnreadable,
  empty: ErrorCode.attachmentEmpty,
} as const;

/** The kind of an uploaded file, or the DomainError that says what is wrong with it. */
export function requireAcceptableFile(file: UploadedFile | null, maxBytes: number): { file: UploadedFile; kind: AttachmentKind } {
  if (file === null) throw new DomainError(ErrorCode.attachmentFileRequired, { fields: ['file'] });
  const recognised = recogniseAttachment(file.bytes, file.fileName, { maxBytes });
  if (recognised.ok) return { file, kind: recognised.kind };
  if (recognised.problem === 'too_large') throw new DomainError(ErrorCode.bodyTooLarge, { limit: maxBytes });
  throw new DomainError(PROBLEM_CODES[recognised.problem], { problem: recognised.problem, ...(recognised.kind ? { kind: recognised.kind } : {}) });
}

/** A name safe to keep and to send back in Content-Disposition (no path, no control characters, at most 200 characters). */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base.slice(-200) || 'file';
}
