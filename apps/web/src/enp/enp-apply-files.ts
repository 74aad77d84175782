// Issue 16 item 5 (ENP-7): the documents of an online application are
// checked before anything is sent — PDF or JPEG, 10 MB each, five at most —
// the same limits the server enforces by the files' bytes (it answers with
// its own kk/ru error if a file only pretends to be one).

export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const ACCEPTED = /\.(pdf|jpe?g)$/i;

/** '' when the file may be attached; otherwise the reason, in the texts' language. */
export function fileProblem(file: { name: string; size: number }, texts: { fileType: (name: string) => string; fileSize: (name: string) => string }): string {
  if (!ACCEPTED.test(file.name)) return texts.fileType(file.name);
  if (file.size > MAX_FILE_BYTES) return texts.fileSize(file.name);
  return '';
}
