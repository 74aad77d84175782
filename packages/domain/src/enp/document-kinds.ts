import type { LocalizedText } from '@oryndau/kz';

// ENP-4, ENP-6: the kinds of documents the portal shows. A kind is what the
// visibility matrix has a cell for. Court acts keep the kinds of
// court_acts.kind (COURTS-LAW.md §8); the documents the parties filed
// (case_documents) are one kind; the archive's signed inventory (FILE-17)
// another; scans from the archive system ЭАСД (ENP-10, a later issue) the last.
// The portal's document ids carry a prefix per source: `act:`, `doc:`,
// `arc:`, `easd:` (contracts enpDocumentId).

export const ENP_ACT_KINDS = ['court_order', 'decision', 'ruling', 'resolution', 'sentence', 'operative_part', 'hearing_record'] as const;

export const ENP_DOCUMENT_KINDS = [...ENP_ACT_KINDS, 'case_document', 'archive_inventory', 'easd_scan'] as const;
export type EnpDocumentKind = (typeof ENP_DOCUMENT_KINDS)[number];

export function isEnpDocumentKind(value: string): value is EnpDocumentKind {
  return (ENP_DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** The names people read (acts: COURTS-LAW.md §8, marked C there). */
export const ENP_DOCUMENT_KIND_TEXTS: Readonly<Record<EnpDocumentKind, LocalizedText>> = {
  court_order: { kk: 'Сот бұйрығы', ru: 'Судебный приказ' },
  decision: { kk: 'Шешім', ru: 'Решение' },
  ruling: { kk: 'Ұйғарым', ru: 'Определение' },
  resolution: { kk: 'Қаулы', ru: 'Постановление' },
  sentence: { kk: 'Үкім', ru: 'Приговор' },
  operative_part: { kk: 'Шешімнің қарар бөлімі', ru: 'Резолютивная часть' },
  hearing_record: { kk: 'Сот отырысының хаттамасы', ru: 'Протокол судебного заседания' },
  case_document: { kk: 'Іске қатысушының құжаты', ru: 'Документ участника дела' },
  archive_inventory: { kk: 'Мұрағаттық іс құжаттарының тізімдемесі', ru: 'Опись документов архивного дела' },
  easd_scan: { kk: 'Мұрағаттық құжаттың сканерленген көшірмесі (ЭАСД)', ru: 'Скан-копия архивного документа (ЭАСД)' },
};

/** The prefix of a portal document id by source. */
export const ENP_DOCUMENT_SOURCES = ['act', 'doc', 'arc', 'easd'] as const;
export type EnpDocumentSource = (typeof ENP_DOCUMENT_SOURCES)[number];

/** `act:<uuid>` → { source: 'act', key: '<uuid>' }; null when it is no portal id. */
export function parseEnpDocumentId(id: string): { source: EnpDocumentSource; key: string } | null {
  const at = id.indexOf(':');
  const source = id.slice(0, at);
  const key = id.slice(at + 1);
  if (at < 1 || key === '' || !(ENP_DOCUMENT_SOURCES as readonly string[]).includes(source)) return null;
  return { source: source as EnpDocumentSource, key };
}
