import { LOCALES } from '@oryndau/kz';
import { describe, expect, it } from 'vitest';
import { SMS_MAX_LINK_LENGTH, SMS_TEMPLATES, SMS_TEMPLATE_BOTH, renderSmsNotice } from './sms-text';
import { countSmsSegments } from './sms-segments';

const LINK = 'https://ory.kz/s/AbC123xyZ';
const NBSP = '\u00A0';

describe('SIMP-2: the SMS notice fits in two SMS in kk and ru', () => {
  it('SIMP-2: realistic longest values: 36 920,00 ₸ (10 MRP of 2024), the date and the short link', () => {
    for (const locale of LOCALES) {
      const notice = renderSmsNotice(locale, { amountTiyn: 3_692_000, lastDay: '2024-03-05', link: LINK });
      expect(notice.text, locale).toContain(`36${NBSP}920,00${NBSP}₸`);
      expect(notice.text, locale).toContain('05.03.2024');
      expect(notice.text.endsWith(LINK), locale).toBe(true);
      expect(notice.count.encoding, locale).toBe('ucs2');
      expect(notice.count.units, locale).toBeLessThanOrEqual(134);
      expect(notice.count.segments, locale).toBe(2);
      expect(notice.fits, locale).toBe(true);
    }
  });

  it('SIMP-2: the exact texts', () => {
    const input = { amountTiyn: 3_692_000, lastDay: '2024-03-05', link: LINK };
    expect(renderSmsNotice('ru', input).text.replaceAll(NBSP, ' ')).toBe(
      'Возбуждено упрощенное производство по штрафу 36 920,00 ₸. Оплатите по 05.03.2024 включительно: https://ory.kz/s/AbC123xyZ',
    );
    expect(renderSmsNotice('kk', input).text.replaceAll(NBSP, ' ')).toBe(
      'Айыппұл бойынша оңайлатылған іс жүргізу қозғалды: 36 920,00 ₸. 05.03.2024 қоса алғанда төлеңіз: https://ory.kz/s/AbC123xyZ',
    );
  });

  it(`SIMP-2: with an amount of 999 999,99 ₸ a link of ${SMS_MAX_LINK_LENGTH} characters still fits; one more does not (kk)`, () => {
    const longest = `https://ory.kz/s/${'Z'.repeat(SMS_MAX_LINK_LENGTH - 17)}`;
    for (const locale of LOCALES) {
      expect(renderSmsNotice(locale, { amountTiyn: 99_999_999, lastDay: '2024-12-31', link: longest }).fits, locale).toBe(true);
    }
    expect(renderSmsNotice('kk', { amountTiyn: 99_999_999, lastDay: '2024-12-31', link: `${longest}Z` })).toMatchObject({ fits: false, count: { segments: 3 } });
  });

  it('SIMP-2: both templates carry the same placeholders, once each', () => {
    for (const locale of LOCALES) {
      expect([...SMS_TEMPLATES[locale].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(), locale).toEqual(['amount', 'date', 'link']);
    }
  });

  it('SIMP-2: braces inside the link are left alone', () => {
    expect(renderSmsNotice('ru', { amountTiyn: 100, lastDay: '2024-03-05', link: 'https://x/{date}' }).text.endsWith('https://x/{date}')).toBe(true);
  });

  it('ISSUE-13 item 5: a debtor whose language is not known gets both languages, within two segments at the longest amount and link', () => {
    const longest = `https://ory.kz/s/${'Z'.repeat(SMS_MAX_LINK_LENGTH - 17)}`;
    const notice = renderSmsNotice(null, { amountTiyn: 99_999_999, lastDay: '2024-12-31', link: longest });
    expect(notice.locale).toBeNull();
    expect(notice.text.replaceAll(NBSP, ' ')).toBe(
      `Айыппұл/штраф 999 999,99 ₸: 31.12.2024 қоса алғанда төлеңіз / оплатите по 31.12.2024 вкл. ${longest}`,
    );
    expect(notice.count).toMatchObject({ encoding: 'ucs2', segments: 2 });
    expect(notice.count.units).toBeLessThanOrEqual(134);
    expect(notice.fits).toBe(true);
    expect(notice.text.endsWith(longest)).toBe(true);
  });

  it('ISSUE-13 item 5: why the bilingual text is shorter: the one-language wordings together do not fit in two segments', () => {
    const input = { amountTiyn: 3_692_000, lastDay: '2024-03-05', link: LINK };
    const joined = `${renderSmsNotice('kk', input).text.replace(LINK, '').trim()} / ${renderSmsNotice('ru', input).text}`;
    expect(countSmsSegments(joined).segments).toBeGreaterThan(2);
    expect([...SMS_TEMPLATE_BOTH.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()).toEqual(['amount', 'date', 'date', 'link']);
  });
});
