import { isPdf, pdfIsReadable } from './pdf';
import { JPEG_MAGIC, jpegIsReadable } from './jpeg';
import { OLE2_MAGIC, readOle2 } from './ole2';
import { ZIP_MAGIC, readZipDirectory } from './zip';
import { startsWith } from './bytes';

// Issue 14 item 4 (FILE-1, FILE-5): an attachment is recognised by what its
// bytes are — magic bytes AND a structure a reader can open — never by its
// name. The name still has to agree: FILE-1 says the file name identifies the
// document, so a real PDF uploaded as `claim.docx` (or with no extension) is
// flagged `name_mismatch` rather than silently accepted. Pure, no Node APIs:
// the server checks every upload with it, and the browser may use it to warn
// before sending (item 9).

/** The accepted kinds (COURTS-DESIGN.md `AttachmentKind`). */
export type AttachmentKind = 'pdf' | 'docx' | 'doc' | 'xlsx' | 'jpeg';

export const ATTACHMENT_KINDS: readonly AttachmentKind[] = ['pdf', 'docx', 'doc', 'xlsx', 'jpeg'];

/**
 * Why a file is not accepted:
 * - `empty`: no bytes at all;
 * - `too_large`: more than the size limit (a setting, default 10 MB);
 * - `unknown_type`: not one of the five kinds (an `.exe`, an RTF, an `.xls`, a macro-enabled workbook, …);
 * - `unreadable`: it starts like one of the kinds but its structure is broken (truncated, corrupt) or it is encrypted;
 * - `name_mismatch`: a readable file of an accepted kind whose name's extension is missing or says another kind.
 */
export type AttachmentProblem = 'unknown_type' | 'name_mismatch' | 'unreadable' | 'too_large' | 'empty';

export type AttachmentRecognition =
  | { readonly ok: true; readonly kind: AttachmentKind; readonly mediaType: string }
  /** `kind` is what the content is, when it is known (a `name_mismatch`, or an `unreadable` file of a known kind). */
  | { readonly ok: false; readonly problem: AttachmentProblem; readonly kind?: AttachmentKind };

export interface RecogniseOptions {
  /** The size limit in bytes; default `DEFAULT_ATTACHMENT_MAX_BYTES` (the server passes its setting). */
  readonly maxBytes?: number;
}

/** FILE-1: at most 10 MB each (10 × 1024 × 1024 bytes). */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export const ATTACHMENT_MEDIA_TYPES: Readonly<Record<AttachmentKind, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpeg: 'image/jpeg',
};

/** The extensions a file name of each kind may end with (compared in lower case). */
export const ATTACHMENT_EXTENSIONS: Readonly<Record<AttachmentKind, readonly string[]>> = {
  pdf: ['pdf'],
  docx: ['docx'],
  doc: ['doc'],
  xlsx: ['xlsx'],
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
};

type Content = { kind: AttachmentKind; readable: boolean } | 'unknown' | 'unreadable_unknown';

export function recogniseAttachment(bytes: Uint8Array, fileName: string, options: RecogniseOptions = {}): AttachmentRecognition {
  const maxBytes = options.maxBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES;
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > maxBytes) return { ok: false, problem: 'too_large' };
  const content = contentOf(bytes);
  if (content === 'unknown') return { ok: false, problem: 'unknown_type' };
  if (content === 'unreadable_unknown') return { ok: false, problem: 'unreadable' };
  if (!content.readable) return { ok: false, problem: 'unreadable', kind: content.kind };
  if (!ATTACHMENT_EXTENSIONS[content.kind].includes(extensionOf(fileName))) {
    return { ok: false, problem: 'name_mismatch', kind: content.kind };
  }
  return { ok: true, kind: content.kind, mediaType: ATTACHMENT_MEDIA_TYPES[content.kind] };
}

/** The lower-case extension after the last dot of the name's last path segment; '' when there is none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).trim().toLowerCase();
}

function contentOf(bytes: Uint8Array): Content {
  if (isPdf(bytes)) return { kind: 'pdf', readable: pdfIsReadable(bytes) };
  if (startsWith(bytes, JPEG_MAGIC)) return { kind: 'jpeg', readable: jpegIsReadable(bytes) };
  if (startsWith(bytes, ZIP_MAGIC)) return ooxmlContent(bytes);
  if (startsWith(bytes, OLE2_MAGIC)) {
    const ole = readOle2(bytes);
    if (ole === 'word') return { kind: 'doc', readable: true };
    if (ole === 'other') return 'unknown';
    // A broken compound file, or an encrypted (password-protected) Office document.
    return 'unreadable_unknown';
  }
  return 'unknown';
}

function ooxmlContent(bytes: Uint8Array): Content {
  const entries = readZipDirectory(bytes);
  if (entries === null) return 'unreadable_unknown';
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('[Content_Types].xml')) return 'unknown';
  // Macro-enabled documents (.docm, .xlsm) carry a VBA project: not an accepted type.
  if (names.has('word/vbaProject.bin') || names.has('xl/vbaProject.bin')) return 'unknown';
  if (names.has('word/document.xml')) return { kind: 'docx', readable: true };
  if (names.has('xl/workbook.xml')) return { kind: 'xlsx', readable: true };
  return 'unknown';
}
