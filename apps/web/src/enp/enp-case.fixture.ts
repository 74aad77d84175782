import type { EnpAccessHistory, EnpCase } from './enp-api.ts';

/** A participant's case as GET /api/enp/case answers it (contract-valid; the test parses it), documents and dates deliberately out of order. */
export function enpCaseFixture(): EnpCase {
  return {
    case: {
      number: '7114-26-00-2/215', registeredOn: '2026-02-10',
      form: 'civil', formName: { kk: 'Азаматтық', ru: 'Гражданское' },
      instance: 'first', instanceName: { kk: 'Бірінші саты', ru: 'Первая инстанция' },
      region: { kk: 'Астана қаласы', ru: 'город Астана' },
      court: { kk: 'Астана қаласының Есіл аудандық соты', ru: 'Есильский районный суд города Астаны' },
      statusName: { kk: 'Қаралуда', ru: 'На рассмотрении' }, archived: false,
    },
    me: { fullName: 'Жақсыбеков Арман Серікұлы', category: 'plaintiff', categoryName: { kk: 'Талапкер', ru: 'Истец' } },
    participants: [
      { category: 'plaintiff', categoryName: { kk: 'Талапкер', ru: 'Истец' }, names: ['Жақсыбеков Арман Серікұлы'] },
      { category: 'defendant', categoryName: { kk: 'Жауапкер', ru: 'Ответчик' }, names: ['ТОО «Сәуле Құрылыс»', 'Иванов Иван Иванович'] },
    ],
    course: [
      { date: '2026-03-05', kind: 'hearing', name: { kk: 'Сот отырысы', ru: 'Дата слушания' } },
      { date: '2026-02-12', kind: 'accepted', name: { kk: 'Іс жүргізуге қабылданды', ru: 'Дата принятия к производству' } },
    ],
    documents: [
      { id: 'act:0e0f1a2b-3c4d', kind: 'decision', kindName: { kk: 'Шешім', ru: 'Решение' }, title: 'Решение 7114-26-00-2/215',
        date: '2026-03-05', size: 27_648, mediaType: 'application/pdf', downloadUrl: '/api/enp/case/documents/act:0e0f1a2b-3c4d',
        verifyUrl: '/verify/0e0f1a2b-3c4d' },
      { id: 'doc:protocol-1', kind: 'hearing_record', kindName: { kk: 'Сот отырысының хаттамасы', ru: 'Протокол судебного заседания' },
        title: 'protocol-2640-01-44.doc', date: '2026-02-12', size: 46_080, mediaType: 'application/msword',
        downloadUrl: '/api/enp/case/documents/doc:protocol-1', verifyUrl: null },
    ],
  };
}

export function enpHistoryFixture(): EnpAccessHistory {
  return {
    items: [
      { at: '2026-03-06T04:15:00.000Z', action: 'document_downloaded', actionName: { kk: 'Құжат жүктелді', ru: 'Скачан документ' },
        who: { kk: 'Жауапкер', ru: 'Ответчик' }, documentTitle: 'Решение 7114-26-00-2/215' },
      { at: '2026-03-06T04:10:00.000Z', action: 'case_viewed', actionName: { kk: 'Іс қаралды', ru: 'Просмотр дела' },
        who: { kk: 'Сот кеңсесі', ru: 'Канцелярия суда' }, documentTitle: null },
    ],
  };
}
