import { recogniseAttachment, type AttachmentRecognition, type RecogniseOptions } from './recognise';

// FILE-5: the number of files equals the number of documents the filing's
// appendix lists (one document per file, FILE-1). The server refuses a
// filing that breaks it; the browser warns before sending (issue 14 item 9).

export interface AttachmentFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

export interface AttachmentsCheck {
  /** Each file's recognition, in the order given (the appendix's order). */
  readonly files: readonly AttachmentRecognition[];
  /** Every file was recognised (`ok`) and their count equals the appendix's. */
  readonly ok: boolean;
  /** FILE-5: as many files as the appendix lists. */
  readonly countMatchesAppendix: boolean;
  /** Appendix entries without a file (0 when there are enough files). */
  readonly missingFiles: number;
  /** Files beyond the appendix's entries (0 when there are not too many). */
  readonly extraFiles: number;
}

export function checkAttachments(files: readonly AttachmentFile[], appendixLength: number, options: RecogniseOptions = {}): AttachmentsCheck {
  const recognised = files.map((file) => recogniseAttachment(file.bytes, file.fileName, options));
  const countMatchesAppendix = files.length === appendixLength;
  return {
    files: recognised,
    ok: countMatchesAppendix && recognised.every((r) => r.ok),
    countMatchesAppendix,
    missingFiles: Math.max(0, appendixLength - files.length),
    extraFiles: Math.max(0, files.length - appendixLength),
  };
}
