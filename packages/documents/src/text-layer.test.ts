/**
 * ISSUE-13 item 1: the text layer of an act is what was rendered. Copying
 * or searching a PDF reads its ToUnicode maps; when a glyph lost its code
 * points there, «Региональная палата» came out as «Рег онал ная палата».
 * pdftotext (poppler-utils, installed by .ci/run) reads the PDF the way a
 * viewer does, and every letter of every piece must be there.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMoney } from '@oryndau/kz';
import { DEFAULT_TEMPLATES } from './catalog';
import { fillTemplate } from './placeholders';
import { renderResolutionPdf, type ResolutionPdfInput } from './render-pdf';

const dir = mkdtempSync(join(tmpdir(), 'oryndau-text-layer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(bytes: Uint8Array, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Whitespace and line breaks are layout, not text: compare what remains. */
const squeeze = (text: string) => text.replace(/\s+/gu, '');

const KAZAKH = 'ӘҒҚҢӨҰҮҺІ әғқңөұүһі';
const RUSSIAN = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789 № ₸ «» — ( ) ; : , . /';

function input(locale: 'kk' | 'ru', index: number): ResolutionPdfInput {
  const template = DEFAULT_TEMPLATES[index % DEFAULT_TEMPLATES.length]!;
  const values = {
    'bailiff.name': 'Нұрланова Үміт Ізбасарқызы',
    'bailiff.organisation': locale === 'kk' ? 'Жамбыл облысы бойынша Аумақтық бөлімше' : 'Региональная палата частных судебных исполнителей',
    'debtor.name': 'Әбдірахманов Ғалым Қайратұлы',
    'debtor.identifier': '850412300512',
    'claimant.name': 'ТОО «Өркен Һолдинг» (Orken Holding LLP)',
    'document.amount': formatMoney(105_800_000 + index, locale),
    'document.number': `2-58${index}/2026`,
    'act.reason': `Мотивы: ${RUSSIAN}; ${KAZAKH}; ${LATIN}; ${DIGITS}`,
  };
  return {
    locale,
    organisation: `${values['bailiff.organisation']}\n${KAZAKH} ${RUSSIAN}`,
    title: `${template.title[locale]} ${LATIN}`,
    place: 'Тараз',
    date: '02.03.2026',
    registrationNumber: `310000000-2026-00004${index}-3`,
    body: `${fillTemplate(template.body[locale], values)}\n\n${RUSSIAN}\n\n${LATIN} ${DIGITS}`,
    facts: [
      { label: 'Борышкер / Должник', value: values['debtor.name'] },
      { label: 'Сома / Сумма', value: values['document.amount'] },
      { label: 'Әріптер / Буквы', value: `${KAZAKH} ${RUSSIAN} ${LATIN}` },
    ],
    signer: { position: locale === 'kk' ? 'Сот орындаушысы' : 'Судебный исполнитель', name: `${KAZAKH} ёъь Region Ййи` },
    verifyUrl: 'https://oryndau.example/verify/6f1c2a9e-0b7d-4c55-9a10-3e2f4d5b6c7a',
    documentId: '6f1c2a9e-0b7d-4c55-9a10-3e2f4d5b6c7a',
  };
}

/** Every piece a reader sees, in the order the PDF draws it (per piece; pieces may interleave with layout). */
function pieces(act: ResolutionPdfInput): string[] {
  return [
    ...act.organisation.split('\n'), act.title, act.place, act.date, act.registrationNumber,
    ...act.body.split(/\n+/), ...act.facts.flatMap((f) => [f.label, f.value]), act.signer.position, act.signer.name, act.documentId,
  ];
}

describe('ISSUE-13 item 1: the PDF text layer (pdftotext)', () => {
  // First in this file (vitest gives each file a fresh process-wide font cache): the bold «и», «е», «ь» must
  // not have been laid out yet when the first act embeds «й», «ё», «ы», whose glyphs are built from them.
  it('ENF-6: «Региональная палата» in bold after a document whose composite glyphs («й», «ё», «ы») were embedded first', async () => {
    const first = { ...input('ru', 5), organisation: 'Йошкар ёлка ы й ё Ё Й', title: 'Ёй ыЙ', body: 'йёы', facts: [], signer: { position: 'й', name: 'Ёлкий Йы' } };
    await renderResolutionPdf(first);
    const second = { ...first, organisation: 'Региональная палата', title: 'Региональная палата', body: 'Региональная палата', signer: { position: 'Региональная палата', name: 'Региональная палата' } };
    const text = pdfText(await renderResolutionPdf(second), 'second');
    expect(text.match(/Региональная палата/g)?.length).toBe(5);
  }, 60_000);

  it('ENF-6: every letter of every act (kk and ru, regular and bold, Latin, digits, ₸, әғқңөұүһі, ёъь) is in the extracted text', async () => {
    // Several acts in one process: the fonts are shared, and the bug showed from the second document on.
    const acts = [input('ru', 0), input('kk', 1), input('ru', 2), input('kk', 3), input('ru', 4)];
    for (const [n, act] of acts.entries()) {
      const text = squeeze(pdfText(await renderResolutionPdf(act), `act-${n}`));
      for (const piece of pieces(act)) expect(text, `act ${n} (${act.locale}): «${piece}»`).toContain(squeeze(piece));
    }
  }, 60_000);

  for (const locale of ['kk', 'ru'] as const) {
    it(`ENF-6, SIG-1: an unsigned draft carries the draft mark and not «signed with ЭЦП»; the act to sign the reverse (${locale})`, async () => {
      const act = input(locale, 6);
      const mark = locale === 'kk' ? 'ЖОБА' : 'ПРОЕКТ';
      const signedFooter = locale === 'kk' ? 'Электрондық құжат ЭЦҚ-мен қол қойылған' : 'Электронный документ подписан ЭЦП';
      const draft = pdfText(await renderResolutionPdf(act, { draft: true }), `draft-${locale}`);
      const final = pdfText(await renderResolutionPdf(act), `final-${locale}`);
      expect(draft).toContain(mark);
      expect(squeeze(draft)).not.toContain(squeeze(signedFooter));
      expect(squeeze(draft)).toContain(squeeze(act.title)); // the same act underneath
      expect(squeeze(final)).toContain(squeeze(signedFooter));
      expect(final).not.toContain(mark);
    }, 60_000);
  }
});
