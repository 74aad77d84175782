import type { LocalizedText } from '@oryndau/kz';

// ENP-11: the words of the access history, and ENP-2: the card's labels
// (seed 002 «Печать карточки с паролем», in Kazakh and Russian).

export const ENP_ACCESS_ACTIONS = ['case_viewed', 'document_downloaded'] as const;
export type EnpAccessAction = (typeof ENP_ACCESS_ACTIONS)[number];

export const ENP_ACCESS_ACTION_TEXTS: Readonly<Record<EnpAccessAction, LocalizedText>> = {
  case_viewed: { kk: 'Іс туралы мәліметтер қаралды', ru: 'Просмотр сведений по делу' },
  document_downloaded: { kk: 'Құжат жүктеп алынды', ru: 'Скачивание документа' },
};

/** «Who» when the court's own staff looked at the case. */
export const ENP_COURT_OFFICE_TEXT: LocalizedText = { kk: 'Сот кеңсесі', ru: 'Канцелярия суда' };

/** How the password reached the participant: at the office (ENP-1) or by an online application (ENP-7, later). */
export const ENP_CHANNELS = ['office', 'online'] as const;
export type EnpChannel = (typeof ENP_CHANNELS)[number];

export const ENP_CARD_LABELS = {
  caseNumber: { kk: 'Іс нөмірі', ru: 'Номер дела' },
  previousProceedings: { kk: 'Алдыңғы іс жүргізулер', ru: 'Предыдущие производства' },
  arrivalDate: { kk: 'Түскен күні', ru: 'Дата поступления' },
  incomingNumber: { kk: 'Кіріс нөмірі', ru: 'Входящий номер' },
  applicant: { kk: 'Арыз беруші', ru: 'Заявитель' },
  arrivalOrder: { kk: 'Түсу тәртібі', ru: 'Порядок поступления' },
  parties: { kk: 'Іс бойынша тұлғалар (тараптар)', ru: 'Лица (стороны) по делу' },
  password: {
    kk: 'Сот ісі бойынша мәліметтерді порталда қарауға арналған қол жеткізу құпиясөзі',
    ru: 'Пароль доступа для просмотра сведений по судебному делу на портале',
  },
  none: { kk: 'жоқ', ru: 'нет' },
} as const satisfies Record<string, LocalizedText>;

/** «Порядок поступления»: how the case reached the court. */
export const ENP_ARRIVAL_ORDER_TEXTS = {
  electronic: { kk: 'Электрондық түрде («Сот кабинеті»)', ru: 'В электронном виде («Судебный кабинет»)' },
  transferred: { kk: 'Басқа соттан берілді', ru: 'Передано из другого суда' },
  first: { kk: 'Бірінші рет', ru: 'Впервые' },
} as const satisfies Record<string, LocalizedText>;
