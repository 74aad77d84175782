/**
 * FILE-4: state duty in courts as DATA (COURTS-LAW.md §1). Tax Code in
 * force from 01.01.2026 (НК-2026, adilet K2500000214): rates art. 665,
 * exemptions art. 668 (the old 2017 code's arts. 610 and 616).
 *
 * `mark`: C confirmed in the article's text, C2 confirmed by a secondary
 * source, U unconfirmed (kept configurable, shown as such in docs/courts.md).
 * Check U items on live adilet before release.
 */
import type { LocalizedText } from '@oryndau/kz';

export type DutyMark = 'C' | 'C2' | 'U' | 'X';

export type DutyRateCode =
  | 'property_individual' | 'property_legal_entity' | 'non_property' | 'divorce'
  | 'court_order' | 'cassation' | 'appeal' | 'hearing_record';

export type DutyRate = {
  readonly code: DutyRateCode;
  /** The citation, as lawyers write it. */
  readonly article: string;
  readonly mark: DutyMark;
  /** Percent of the claim in basis points (1 % = 100). */
  readonly percentBp?: number;
  /** Cap in MRP for a percentage rate. */
  readonly capMrp?: number;
  /** A fixed amount in MRP. */
  readonly mrp?: number;
  /** Share of another rate in basis points (50 % = 5 000). */
  readonly shareBp?: number;
  /** What the duty is, in words; {amount} etc. are not used — the amount is shown apart. */
  readonly basis: LocalizedText;
};

export const DUTY_RATES: Readonly<Record<DutyRateCode, DutyRate>> = {
  property_individual: {
    code: 'property_individual', article: 'НК-2026 ст. 665 п. 1 пп. 1', mark: 'C', percentBp: 100, capMrp: 10_000,
    basis: {
      kk: 'Мүліктік талап, жеке тұлға: талап сомасының 1 %, 10 000 АЕК-тен аспайды (Салық кодексінің 665-бабы 1-тармағының 1) тармақшасы)',
      ru: 'Имущественный иск, физическое лицо: 1 % от суммы иска, не более 10 000 МРП (подпункт 1) пункта 1 статьи 665 Налогового кодекса)',
    },
  },
  property_legal_entity: {
    code: 'property_legal_entity', article: 'НК-2026 ст. 665 п. 1 пп. 1', mark: 'C', percentBp: 300, capMrp: 20_000,
    basis: {
      kk: 'Мүліктік талап, заңды тұлға: талап сомасының 3 %, 20 000 АЕК-тен аспайды (Салық кодексінің 665-бабы 1-тармағының 1) тармақшасы)',
      ru: 'Имущественный иск, юридическое лицо: 3 % от суммы иска, не более 20 000 МРП (подпункт 1) пункта 1 статьи 665 Налогового кодекса)',
    },
  },
  non_property: {
    code: 'non_property', article: 'НК-2026 ст. 665 п. 1 пп. 7', mark: 'C', mrp: 0.5,
    basis: {
      kk: 'Мүліктік емес немесе бағалауға жатпайтын талап: 0,5 АЕК (Салық кодексінің 665-бабы 1-тармағының 7) тармақшасы)',
      ru: 'Неимущественный иск или иск, не подлежащий оценке: 0,5 МРП (подпункт 7) пункта 1 статьи 665 Налогового кодекса)',
    },
  },
  divorce: {
    code: 'divorce', article: 'НК-2026 ст. 665 п. 1 пп. 5', mark: 'C', mrp: 0.3,
    basis: {
      kk: 'Некені бұзу туралы талап: 0,3 АЕК; мүлікті бөлу мүліктік талап ретінде есептеледі (Салық кодексінің 665-бабы 1-тармағының 5) тармақшасы)',
      ru: 'Иск о расторжении брака: 0,3 МРП; раздел имущества облагается как имущественный иск (подпункт 5) пункта 1 статьи 665 Налогового кодекса)',
    },
  },
  court_order: {
    code: 'court_order', article: 'НК-2026 ст. 665 п. 1 пп. 10', mark: 'C', shareBp: 5_000,
    basis: {
      kk: 'Сот бұйрығын шығару туралы арыз: мүліктік талап мөлшерлемесінің 50 % (Салық кодексінің 665-бабы 1-тармағының 10) тармақшасы)',
      ru: 'Заявление о вынесении судебного приказа: 50 % ставки имущественного иска (подпункт 10) пункта 1 статьи 665 Налогового кодекса)',
    },
  },
  cassation: {
    code: 'cassation', article: 'НК-2026 ст. 665 п. 3', mark: 'C', shareBp: 5_000,
    basis: {
      kk: 'Кассациялық шағым: шағым берушіге бірінші сатыда қолданылатын мөлшерлеменің 50 % (Салық кодексінің 665-бабының 3-тармағы)',
      ru: 'Кассационная жалоба: 50 % ставки, применяемой к подающему жалобу в первой инстанции (пункт 3 статьи 665 Налогового кодекса)',
    },
  },
  appeal: {
    code: 'appeal', article: 'НК-2026 ст. 665 (ставки нет); ГПК ст. 404', mark: 'U',
    basis: {
      kk: 'Апелляциялық шағым: баж алынбайды — Салық кодексінің 665-бабында апелляциялық мөлшерлеме жоқ, АПК 404-бабы төлем туралы құжатты талап етпейді (расталмаған, тікелей норма табылмады)',
      ru: 'Апелляционная жалоба: пошлина не взимается — в статье 665 Налогового кодекса нет ставки для апелляции, статья 404 ГПК не требует документа об оплате (не подтверждено, прямая норма не найдена)',
    },
  },
  hearing_record: {
    code: 'hearing_record', article: 'НК-2026 ст. 665 (ставки нет)', mark: 'U',
    basis: {
      kk: 'Сот отырысының хаттамасын беру туралы өтініш немесе хаттамаға ескертулер: баж алынбайды — бұл талап та, шағым да емес, Салық кодексінің 665-бабында мөлшерлеме жоқ (расталмаған)',
      ru: 'Заявление о выдаче протокола или замечания на протокол судебного заседания: пошлина не взимается — это не иск и не жалоба, ставки в статье 665 Налогового кодекса нет (не подтверждено)',
    },
  },
};

/** НК-2026 art. 668 (= old art. 616), in part (COURTS-LAW.md §1, C). The exemption covers these persons' appeals too. */
export type DutyExemption = 'labour' | 'authorship' | 'alimony' | 'injury' | 'crime_damage' | 'veteran' | 'disability' | 'prosecutor';

export type DutyExemptionEntry = { readonly code: DutyExemption; readonly article: string; readonly mark: DutyMark; readonly text: LocalizedText };

export const DUTY_EXEMPTIONS: Readonly<Record<DutyExemption, DutyExemptionEntry>> = {
  labour: {
    code: 'labour', article: 'НК-2026 ст. 668 пп. 1', mark: 'C',
    text: { kk: 'Еңбекақы өндіріп алу және еңбек қатынастарынан туындайтын өзге талаптар', ru: 'Иски о взыскании заработной платы и иные требования из трудовых отношений' },
  },
  authorship: {
    code: 'authorship', article: 'НК-2026 ст. 668 пп. 2–3', mark: 'C',
    text: { kk: 'Авторлық құқықтан туындайтын талаптар бойынша авторлар', ru: 'Авторы по искам из авторского права' },
  },
  alimony: {
    code: 'alimony', article: 'НК-2026 ст. 668 пп. 4', mark: 'C',
    text: { kk: 'Алимент өндіріп алу туралы талаптар', ru: 'Иски о взыскании алиментов' },
  },
  injury: {
    code: 'injury', article: 'НК-2026 ст. 668 пп. 5', mark: 'C',
    text: { kk: 'Мертігу, денсаулыққа өзге зақым келтіру немесе асыраушысынан айырылу', ru: 'Увечье, иное повреждение здоровья или потеря кормильца' },
  },
  crime_damage: {
    code: 'crime_damage', article: 'НК-2026 ст. 668 пп. 6', mark: 'C',
    text: { kk: 'Қылмыспен келтірілген залалды өтеу туралы талаптар', ru: 'Иски о возмещении ущерба, причинённого преступлением' },
  },
  veteran: {
    code: 'veteran', article: 'НК-2026 ст. 668 пп. 13', mark: 'C',
    text: { kk: 'Соғыс ардагерлері және оларға теңестірілген адамдар', ru: 'Ветераны войны и приравненные к ним лица' },
  },
  disability: {
    code: 'disability', article: 'НК-2026 ст. 668 пп. 13', mark: 'C',
    text: { kk: 'Мүгедектігі бар адамдар және мүгедек баланың ата-анасы', ru: 'Лица с инвалидностью и родитель ребёнка с инвалидностью' },
  },
  prosecutor: {
    code: 'prosecutor', article: 'НК-2026 ст. 668 пп. 16', mark: 'C',
    text: { kk: 'Прокурордың талаптары', ru: 'Иски прокурора' },
  },
};
