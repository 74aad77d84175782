import type { SiopsoRequestType } from './port';

// The request types the simulator publishes. Kept as data: the real list
// comes from СИОПСО (GET /request-types) and may grow without a code change.
export const SIOPSO_REQUEST_TYPES: readonly SiopsoRequestType[] = [
  {
    code: 'real_estate',
    name: { kk: 'Жылжымайтын мүлік туралы сұрау', ru: 'Запрос о недвижимом имуществе' },
    agency: { kk: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы', ru: 'Госкорпорация «Правительство для граждан»' },
  },
  {
    code: 'vehicles',
    name: { kk: 'Көлік құралдары туралы сұрау', ru: 'Запрос о транспортных средствах' },
    agency: { kk: 'ҚР Ішкі істер министрлігі', ru: 'Министерство внутренних дел РК' },
  },
  {
    code: 'bank_accounts',
    name: { kk: 'Банк шоттары туралы сұрау', ru: 'Запрос о банковских счетах' },
    agency: { kk: 'Екінші деңгейдегі банктер', ru: 'Банки второго уровня' },
  },
  {
    code: 'employer_income',
    name: { kk: 'Жұмыс орны және табыс туралы сұрау', ru: 'Запрос о месте работы и доходах' },
    agency: { kk: 'Бірыңғай жинақтаушы зейнетақы қоры', ru: 'Единый накопительный пенсионный фонд' },
  },
  {
    code: 'civil_status',
    name: { kk: 'Азаматтық хал актілері туралы сұрау', ru: 'Запрос об актах гражданского состояния' },
    agency: { kk: 'ҚР Әділет министрлігі', ru: 'Министерство юстиции РК' },
  },
  {
    code: 'gbd_fl_person',
    name: { kk: 'ЖТ МДБ-дан жеке тұлға туралы мәліметтерді сұрау', ru: 'Запрос сведений о физическом лице из ГБД ФЛ' },
    // ГБД ФЛ belongs to the Ministry of Digital Development (МЦРИАП), and the
    // Госкорпорация keeps it: it registers people, addresses and documents
    // and answers the gateway's queries. The Ministry of Justice, which
    // created the base, no longer runs it, so it would be the wrong sender.
    agency: { kk: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы', ru: 'Госкорпорация «Правительство для граждан»' },
  },
  {
    code: 'pension_contributions',
    name: { kk: 'Зейнетақы жарналары туралы сұрау', ru: 'Запрос о пенсионных взносах' },
    agency: { kk: '«Бірыңғай жинақтаушы зейнетақы қоры» АҚ', ru: 'АО «Единый накопительный пенсионный фонд»' },
  },
];
