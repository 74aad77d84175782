import type { CourtActRecord, CourtCaseRecord, CourtRecord, CaseJudgeRecord } from '@oryndau/db';
import { recogniseAttachment, renderCourtActPdf } from '@oryndau/documents';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import { formatDate } from '@oryndau/kz';
import { courtLocalTime } from '../court-time';

// Issue 15 item 1 (FILE-14, §42–44): the bytes the judges sign — rendered
// once from the kk/ru template and the judge's four parts, or the judge's
// own PDF as uploaded (recognised by its content, not its name).

export type ActContent = {
  language: 'kk' | 'ru';
  fields?: courts.CourtActFields | undefined;
  upload?: { fileName: string; contentBase64: string } | undefined;
};

const HEADINGS: Record<courts.CourtActKind, { kk: string; ru: string }> = {
  decision: { kk: 'ШЕШІМ', ru: 'РЕШЕНИЕ' },
  ruling: { kk: 'ҰЙҒАРЫМ', ru: 'ОПРЕДЕЛЕНИЕ' },
  resolution: { kk: 'ҚАУЛЫ', ru: 'ПОСТАНОВЛЕНИЕ' },
  court_order: { kk: 'СОТ БҰЙРЫҒЫ', ru: 'СУДЕБНЫЙ ПРИКАЗ' },
  sentence: { kk: 'ҮКІМ', ru: 'ПРИГОВОР' },
  operative_part: { kk: 'ШЕШІМНІҢ ҚАРАР БӨЛІМІ', ru: 'РЕЗОЛЮТИВНАЯ ЧАСТЬ РЕШЕНИЯ' },
  hearing_record: { kk: 'СОТ ОТЫРЫСЫНЫҢ ХАТТАМАСЫ', ru: 'ПРОТОКОЛ СУДЕБНОГО ЗАСЕДАНИЯ' },
};

const WORDS = {
  kk: { judge: 'Судья', presiding: 'Төрағалық етуші судья', correction: (d: string) => `${d} күнгі актіні түзету`, inName: 'Қазақстан Республикасының атынан' },
  ru: { judge: 'Судья', presiding: 'Председательствующий судья', correction: (d: string) => `Исправление акта от ${d}`, inName: 'Именем Республики Казахстан' },
} as const;

/** The act's title in both languages: its kind and the case's number. */
export const actTitle = (kind: courts.CourtActKind, caseNumber: string) => ({
  kk: `${courts.COURT_ACT_KIND_TEXTS[kind].kk}, іс № ${caseNumber}`, ru: `${courts.COURT_ACT_KIND_TEXTS[kind].ru}, дело № ${caseNumber}`,
});

/** The PDF to store for this content; a problem is a 422 the judge reads in kk/ru. */
export async function actBytes(input: {
  kind: courts.CourtActKind; content: ActContent; courtCase: CourtCaseRecord; court: CourtRecord; judges: CaseJudgeRecord[];
  corrects: CourtActRecord | null; now: Date; maxBytes: number;
}): Promise<{ bytes: Uint8Array; source: 'template' | 'upload'; fields: courts.CourtActFields | Record<string, never> }> {
  const { content } = input;
  if (content.upload) {
    const bytes = new Uint8Array(Buffer.from(content.upload.contentBase64, 'base64'));
    const recognised = recogniseAttachment(bytes, content.upload.fileName, { maxBytes: input.maxBytes });
    if (!recognised.ok || recognised.kind !== 'pdf') throw new DomainError(ErrorCode.courtActPdfRequired);
    return { bytes, source: 'upload', fields: {} };
  }
  const fields = content.fields;
  if (!fields) throw new DomainError(ErrorCode.courtActFieldsRequired, { fields: ['operative'] });
  const missing = courts.courtActFieldsProblem(fields);
  if (missing.length > 0) throw new DomainError(ErrorCode.courtActFieldsRequired, { fields: missing });
  const lang = content.language;
  const words = WORDS[lang];
  const local = courtLocalTime(input.now, input.court.timeZone);
  const bytes = await renderCourtActPdf({
    language: lang,
    heading: `${HEADINGS[input.kind][lang]}\n${words.inName}`,
    court: input.court.name[lang], caseNumber: input.courtCase.number, dateText: formatDate(local.date, lang), place: input.court.address[lang],
    parts: courts.COURT_ACT_FIELD_NAMES.map((name) => ({ label: courts.COURT_ACT_FIELD_TEXTS[name][lang], text: fields[name] })),
    judges: input.judges.map((j) => ({ role: j.role === 'presiding' && input.judges.length > 1 ? words.presiding : words.judge, name: j.fullName })),
    ...(input.corrects ? { correctionNote: words.correction(formatDate(courtLocalTime(input.corrects.signedAt ?? input.corrects.createdAt,
      input.court.timeZone).date, lang)) } : {}),
    date: input.now,
  });
  return { bytes, source: 'template', fields };
}
