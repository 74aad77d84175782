import { enpApplicationSchema } from '@oryndau/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { enpApplyTexts } from './enp-apply-texts.ts';
import { EnpMyApplications } from './enp-my-applications.tsx';

// ENP-7, ENP-9: the applicant's list, rendered from objects the contract accepts (the shape the server sends).

const base = {
  id: '6d7012a5-d5d8-4ac3-a5a2-22f494661de2', court: { kk: 'Астана қаласы Есіл аудандық соты', ru: 'Есильский районный суд города Астаны' },
  courtId: 'court-esil', caseNumber: '7114-26-00-2/215', caseFound: null, applicantIin: '920707300005', fullName: 'Қасымов Бауыржан',
  category: 'representative', categoryName: { kk: 'Өкіл', ru: 'Представитель' }, email: 'rep@example.kz', language: 'kk', version: 3,
  createdAt: '2026-03-02T05:00:00.000Z', submittedAt: '2026-03-02T05:01:00.000Z', attachments: [], signature: null,
};
const items = [
  enpApplicationSchema.parse({ ...base, number: 'ЭНП-2026-000002', status: 'refused', statusName: { kk: 'Бас тартылды', ru: 'Отказано' },
    decidedAt: '2026-03-03T05:00:00.000Z', refusal: { reason: 'no_such_case', text: 'Проверьте номер дела.',
      reasonName: { kk: 'Көрсетілген нөмірлі іс осы сотта жоқ', ru: 'Дела с указанным номером в этом суде нет' } } }),
  enpApplicationSchema.parse({ ...base, id: 'a95089f8-8209-4865-9d53-886e23063e2d', number: null, status: 'draft',
    statusName: { kk: 'Жоба (қол қойылмаған)', ru: 'Черновик (не подписана)' }, submittedAt: null, decidedAt: null, refusal: null }),
];
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('ENP-7, ENP-9: «my applications» on the portal', () => {
  it('ENP-9: a refusal shows its reference reason in the language on screen with the court\'s words; a draft is not listed', () => {
    const ru = text(renderToStaticMarkup(<EnpMyApplications items={items} t={enpApplyTexts.ru} language="ru" />));
    expect(ru).toContain('ЭНП-2026-000002');
    expect(ru).toContain('Отказано');
    expect(ru).toContain('Причина отказа: Дела с указанным номером в этом суде нет — Проверьте номер дела.');
    expect(ru).not.toContain('Черновик');
    const kk = text(renderToStaticMarkup(<EnpMyApplications items={items} t={enpApplyTexts.kk} language="kk" />));
    expect(kk).toContain('Бас тарту себебі: Көрсетілген нөмірлі іс осы сотта жоқ');
    expect(kk).not.toContain('Дела с указанным номером');
  });

  it('ENP-7: nothing filed yet — a sentence says so, in each language', () => {
    expect(text(renderToStaticMarkup(<EnpMyApplications items={[]} t={enpApplyTexts.kk} language="kk" />))).toContain(enpApplyTexts.kk.mineEmpty);
    expect(text(renderToStaticMarkup(<EnpMyApplications items={null} t={enpApplyTexts.ru} language="ru" />))).toContain(enpApplyTexts.ru.mineEmpty);
  });
});
