import { DomainError, ErrorCode } from '@oryndau/domain';
import type { FastifyRequest } from 'fastify';

// Issue 14 item 4 (FILE-1): reading one uploaded file and its text fields
// from multipart/form-data. Every way an upload can be wrong answers in
// kk/ru, never 500: no multipart at all or no file part (422), a file over
// the size limit (413 naming the limit), too many parts, a broken body (400).

export type UploadedFile = { bytes: Uint8Array; fileName: string };
export type MultipartUpload = { fields: Record<string, string>; file: UploadedFile | null };

const LIMIT_CODES = new Set(['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT']);

function uploadError(error: unknown, maxBytes: number): DomainError {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new DomainError(ErrorCode.bodyTooLarge, { limit: maxBytes });
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return new DomainError(ErrorCode.attachmentFileRequired);
  if (typeof code === 'string' && LIMIT_CODES.has(code)) return new DomainError(ErrorCode.validation, { fields: ['body'] });
  // Busboy's own complaints (a truncated body, a malformed boundary) are the sender's fault.
  return new DomainError(ErrorCode.validation, { fields: ['body'] });
}

/** The text fields and the (single) file of a multipart request; the file's bytes are read whole (≤ the limit). */
export async function readMultipart(request: FastifyRequest, maxBytes: number): Promise<MultipartUpload> {
  if (!request.isMultipart()) throw new DomainError(ErrorCode.attachmentFileRequired);
  const fields: Record<string, string> = {};
  let file: UploadedFile | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (file === null) file = { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName: part.filename ?? '' };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    throw uploadError(error, maxBytes);
  }
  return { fields, file };
}
