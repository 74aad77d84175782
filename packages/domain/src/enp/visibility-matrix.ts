import type { LocalizedText } from '@oryndau/kz';
import { participantCategoriesFor } from '../courts/participants';
import type { ParticipantCategory } from '../courts/participants';
import { ENP_DOCUMENT_KINDS } from './document-kinds';
import type { EnpDocumentKind } from './document-kinds';

// ENP-6: which kinds of documents a participant of a case sees on the
// portal, by the form of proceedings and the participant's category. The
// matrix is DATA: version 1 below is what migration 0019 seeds into
// enp_matrix_cells (the case query joins those rows); an administrator
// edits it as new versions. Each cell names its legal basis and whether it
// was confirmed against the code's text.
//
// Sources, as COURTS-LAW.md marks them: the participants themselves are
// COURTS-LAW.md §7 (ГПК arts. 47–58, УПК art. 7 sp. 25 — C; КоАП arts.
// 744–748, 753 — U). Their RIGHTS to see the case's materials (the articles
// cited per cell below) were NOT retrieved for this work: every cell is
// `confirmed: false` until a lawyer checks it against the codes' texts. The
// restrictions follow the Law of the RK of 21 May 2013 No. 94-V «On
// personal data and their protection» (processing only in the volume the
// purpose needs) — also not checked article by article (U).

type Form = 'civil' | 'criminal' | 'administrative';
export const ENP_MATRIX_FORMS: readonly Form[] = ['civil', 'criminal', 'administrative'];

export type EnpMatrixCell = {
  form: Form; category: ParticipantCategory; kind: EnpDocumentKind; allowed: boolean; basis: LocalizedText; confirmed: boolean;
};

/** An access profile: which kinds it opens, and the basis for the cells it opens and for those it closes. */
type Profile = { kinds: readonly EnpDocumentKind[]; basis: LocalizedText; closedBasis: LocalizedText };

const ALL: readonly EnpDocumentKind[] = ENP_DOCUMENT_KINDS;
const PERSONAL_DATA: LocalizedText = {
  kk: '«Дербес деректер және оларды қорғау туралы» 2013 жылғы 21 мамырдағы № 94-V ҚР Заңы, 7-бап (мақсатқа қажетті көлемде ғана) — тексерілмеген',
  ru: 'Закон РК от 21.05.2013 № 94-V «О персональных данных и их защите», ст. 7 (только в объёме, необходимом для цели) — не проверено',
};
const basis = (kk: string, ru: string): LocalizedText => ({ kk: `${kk} — тексерілмеген`, ru: `${ru} — не проверено` });

const CIVIL_PARTY: Profile = {
  kinds: ALL,
  basis: basis('ҚР АПК 49-бап: іске қатысушы адамдар іс материалдарымен танысуға, көшірмелер алуға құқылы',
    'ГПК РК ст. 49: лица, участвующие в деле, вправе знакомиться с материалами дела, получать копии'),
  closedBasis: PERSONAL_DATA,
};
const CRIMINAL_PARTY: Profile = {
  kinds: ALL,
  basis: basis('ҚР ҚПК 65, 71, 73-баптар: айыпталушы, жәбірленуші, жеке айыптаушы іс материалдарымен танысады',
    'УПК РК ст. 65, 71, 73: обвиняемый, потерпевший, частный обвинитель знакомятся с материалами дела'),
  closedBasis: PERSONAL_DATA,
};
/** Civil claim in a criminal case: the acts and the hearing records; the others' filings stay closed. */
const CIVIL_CLAIM_IN_CRIMINAL: Profile = {
  kinds: ['court_order', 'decision', 'ruling', 'resolution', 'sentence', 'operative_part', 'hearing_record', 'archive_inventory', 'easd_scan'],
  basis: basis('ҚР ҚПК 75, 76-баптар: азаматтық талап қоюшы мен жауапкер азаматтық талапқа қатысты құжаттармен танысады',
    'УПК РК ст. 75, 76: гражданский истец и ответчик знакомятся с материалами в части гражданского иска'),
  closedBasis: PERSONAL_DATA,
};
/** Pre-trial participants: the court's decisions on their motions only (sanctions, complaints). */
const PRE_TRIAL: Profile = {
  kinds: ['ruling', 'resolution'],
  basis: basis('ҚР ҚПК 64-бап (күдікті), 60-бап (тергеуші): сот шешімдерінің көшірмелері',
    'УПК РК ст. 64 (подозреваемый), ст. 60 (следователь): копии судебных решений по их ходатайствам и жалобам'),
  closedBasis: PERSONAL_DATA,
};
const ADMINISTRATIVE_PARTY: Profile = {
  kinds: ALL,
  basis: basis('ҚР ӘҚБтК 744-бап: жауаптылыққа тартылатын тұлға іс материалдарымен танысады',
    'КоАП РК ст. 744: лицо, привлекаемое к ответственности, знакомится с материалами дела'),
  closedBasis: PERSONAL_DATA,
};
const REPRESENTATIVE: Profile = {
  kinds: ALL,
  basis: basis('ҚР АПК 57–58-баптар, ҚПК 70-бап, ӘҚБтК 748-бап: өкіл, қорғаушы сенім білдірушінің құқықтарын пайдаланады',
    'ГПК РК ст. 57–58, УПК РК ст. 70, КоАП РК ст. 748: представитель, защитник пользуются правами представляемого'),
  closedBasis: PERSONAL_DATA,
};
const PROSECUTOR: Profile = {
  kinds: ALL,
  basis: basis('ҚР АПК 54-бап, ҚПК 58-бап: прокурор іс материалдарымен танысады',
    'ГПК РК ст. 54, УПК РК ст. 58: прокурор знакомится с материалами дела'),
  closedBasis: PERSONAL_DATA,
};

const PROFILES: Readonly<Record<ParticipantCategory, Profile>> = {
  plaintiff: CIVIL_PARTY, defendant: CIVIL_PARTY, third_party: CIVIL_PARTY, applicant: CIVIL_PARTY, interested_person: CIVIL_PARTY,
  accused: CRIMINAL_PARTY, victim: CRIMINAL_PARTY, private_prosecutor: CRIMINAL_PARTY,
  civil_plaintiff: CIVIL_CLAIM_IN_CRIMINAL, civil_defendant: CIVIL_CLAIM_IN_CRIMINAL,
  suspect: PRE_TRIAL, investigator: PRE_TRIAL,
  person_prosecuted: ADMINISTRATIVE_PARTY,
  representative: REPRESENTATIVE, legal_representative: REPRESENTATIVE, lawyer: REPRESENTATIVE, prosecutor: PROSECUTOR,
};

/**
 * Version 1 of the matrix: one cell per form × category of that form
 * (participantCategoriesFor) × kind. A category outside the form has no
 * cell, and no cell means nothing is shown.
 */
export const ENP_VISIBILITY_MATRIX_V1: readonly EnpMatrixCell[] = ENP_MATRIX_FORMS.flatMap((form) =>
  participantCategoriesFor(form).flatMap((category) => {
    const profile = PROFILES[category];
    return ENP_DOCUMENT_KINDS.map((kind): EnpMatrixCell => {
      const allowed = profile.kinds.includes(kind);
      return { form, category, kind, allowed, basis: allowed ? profile.basis : profile.closedBasis, confirmed: false };
    });
  }));

/** The kinds a category sees in a case of that form under the given cells (the SQL applies the same rule). */
export function visibleKinds(cells: readonly EnpMatrixCell[], form: Form, category: ParticipantCategory): EnpDocumentKind[] {
  return cells.filter((c) => c.form === form && c.category === category && c.allowed).map((c) => c.kind);
}

/**
 * A new version's cells must be whole: every cell of the grid exactly once,
 * and a basis in both languages. Returns what is wrong (empty = fine).
 */
export function matrixProblems(cells: readonly EnpMatrixCell[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of cells) {
    const key = `${c.form}/${c.category}/${c.kind}`;
    if (seen.has(key)) problems.push(`${key}: twice`);
    seen.add(key);
    if (!participantCategoriesFor(c.form).includes(c.category)) problems.push(`${key}: category not of this form`);
    if (c.basis.kk.trim() === '' || c.basis.ru.trim() === '') problems.push(`${key}: basis missing`);
  }
  for (const c of ENP_VISIBILITY_MATRIX_V1) {
    if (!seen.has(`${c.form}/${c.category}/${c.kind}`)) problems.push(`${c.form}/${c.category}/${c.kind}: missing`);
  }
  return problems;
}
