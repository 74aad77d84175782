import type { kkStrings } from './kk-strings.ts';

// ISSUE-13 item 3: Russian words for what screens used to show as codes; shape is kk-strings.ts's.
export const ruStrings: typeof kkStrings = {
  dist: {
    rules: 'Правила распределения, редакция {{version}}',
    noRule: 'Правила распределения нет',
  },
  dashboard: { zone: 'Дни считаются по времени Казахстана (Алматы)' },
  actor: {
    court_system: 'Информационная система судов',
    erap: 'ЕРАП',
  },
  journalDetail: {
    ip: 'IP-адрес',
    reason: 'Причина',
    registrationNumber: 'Регистрационный номер',
    erapFineId: 'Номер штрафа в ЕРАП',
    lastDay: 'Последний день оплаты',
    expiresAt: 'Срок истекает',
    bin: 'БИН',
    previousBin: 'Прежний БИН',
    days: 'Дни',
    users: 'Пользователи',
    limit: 'Предел',
    count: 'Количество',
    version: 'Версия',
    amountTiyn: 'Сумма',
    paidAt: 'Время оплаты',
    at: 'Время',
    number: 'Номер',
  },
  journalDetailsMore: 'ещё технических сведений: {{n}}',
};
