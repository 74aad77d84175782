import { enpAccessHistoryResponse, enpCaseResponse } from '@oryndau/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { enpCaseFixture, enpHistoryFixture } from './enp-case.fixture.ts';
import { EnpCaseView } from './enp-case-view.tsx';
import { formatFileSize, formatZone } from './enp-format.ts';
import { enpKk } from './enp-kk.ts';
import { enpRu } from './enp-ru.ts';

// ENP-4 against the coordinator's contract: the server routes are built on
// another branch, so the view is rendered from an object the contract
// accepts — the same shape the server must send.

const render = (language: 'kk' | 'ru', history = enpHistoryFixture(), historyFailed = false) => renderToStaticMarkup(
  <EnpCaseView view={enpCaseResponse.parse(enpCaseFixture())} history={enpAccessHistoryResponse.parse(history)} historyFailed={historyFailed}
    texts={language === 'kk' ? enpKk : enpRu} language={language} onSignOut={() => undefined} />,
);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#x27;/g, '\'').replace(/\s+/g, ' ');

describe('ENP-4: the participant\'s case page', () => {
  it('ENP-4: number, registration date, form, region and court; participants by category (ru)', () => {
    const page = text(render('ru'));
    expect(page).toContain('Номер судебного дела 7114-26-00-2/215');
    expect(page).toContain('Дата регистрации судебного дела в ЕАИАС СО РК 10.02.2026');
    expect(page).toContain('Форма судопроизводства Гражданское');
    expect(page).toContain('Регион судебного разбирательства город Астана');
    expect(page).toContain('Судебный орган Есильский районный суд города Астаны');
    expect(page).toContain('Истец Жақсыбеков Арман Серікұлы');
    expect(page).toContain('Ответчик ТОО «Сәуле Құрылыс», Иванов Иван Иванович');
    expect(page).toContain('Вы вошли как Жақсыбеков Арман Серікұлы (Истец)');
  });

  it('ENP-4: the course and the documents oldest first, each with date and a localized size, each downloaded on its own', () => {
    const html = render('ru');
    const page = text(html);
    expect(page.indexOf('Дата принятия к производству 12.02.2026')).toBeGreaterThan(-1);
    expect(page.indexOf('Дата принятия к производству')).toBeLessThan(page.indexOf('Дата слушания 05.03.2026'));
    expect(page.indexOf('protocol-2640-01-44.doc')).toBeLessThan(page.indexOf('Решение 7114-26-00-2/215'));
    expect(page).toMatch(/protocol-2640-01-44\.doc 12\.02\.2026 45,0 КБ/);
    expect(page).toMatch(/Решение 7114-26-00-2\/215 05\.03\.2026 27,0 КБ/);
    // One link per document, to that document only.
    expect(html).toContain('href="/api/enp/case/documents/doc:protocol-1" download=""');
    expect(html).toContain('href="/api/enp/case/documents/act:0e0f1a2b-3c4d" download=""');
    expect(html).toContain('aria-label="Скачать: protocol-2640-01-44.doc"');
  });

  it('ENP-4: a signed act links to its public verification page; a document without a signature does not', () => {
    const html = render('ru');
    expect(html).toContain('href="/verify/0e0f1a2b-3c4d"');
    expect(html.match(/href="\/verify\//g)).toHaveLength(1);
  });

  it('ENP-4 ENP-11: who viewed my case — when (ДД.ММ.ГГГГ ЧЧ:ММ:СС), by which category or office, what', () => {
    const page = text(render('ru'));
    expect(page).toContain('Кто просматривал моё дело');
    expect(page).toContain('06.03.2026 09:15:00 Ответчик Скачан документ: Решение 7114-26-00-2/215');
    expect(page).toContain('06.03.2026 09:10:00 Канцелярия суда Просмотр дела');
    expect(text(render('ru', { items: [] }))).toContain('Записей пока нет.');
    expect(text(render('ru', { items: [] }, true))).toContain('Историю просмотров сейчас не удалось загрузить.');
  });

  it('ENP-4: the same page in Kazakh, no Russian label left', () => {
    const page = text(render('kk'));
    expect(page).toContain('Сот ісінің нөмірі 7114-26-00-2/215');
    expect(page).toContain('Сот ісін жүргізу нысаны Азаматтық');
    expect(page).toContain('Жауапкер ТОО «Сәуле Құрылыс», Иванов Иван Иванович');
    expect(page).toContain('Менің ісімді кім қарады');
    for (const label of ['Номер судебного дела', 'Скачать', 'Размер файла', 'Участники']) expect(page).not.toContain(label);
  });

  it('ENP-4: sizes in bytes, KB and MB, with the decimal comma of both languages', () => {
    expect(formatFileSize(512, 'ru', enpRu.units)).toBe('512 Б');
    expect(formatFileSize(46_080, 'kk', enpKk.units)).toBe('45,0 КБ');
    expect(formatFileSize(3.5 * 1024 * 1024, 'ru', enpRu.units)).toBe('3,5 МБ');
  });

  it('ENP-3: a court\'s time zone reads as its offset (the IANA name is not shown)', () => {
    expect(formatZone('Asia/Almaty', Date.UTC(2026, 5, 1))).toBe('UTC+05:00');
    expect(formatZone('Asia/Almaty', Date.UTC(2023, 5, 1))).toBe('UTC+06:00');
    expect(formatZone('Not/AZone')).toBe('Not/AZone');
  });
});
