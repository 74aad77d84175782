/**
 * Grounds (основания) for the acts of an enforcement proceeding, as reference
 * data in kk and ru (ENF-3, ENF-4, ENF-5). The bailiff picks one of these on
 * the card; the code is stored with the act and printed in the resolution.
 *
 * Codes are stable: they are stored in acts and sent to other systems, so a
 * ground is never renamed or reused — add a new code and retire the old one.
 *
 * Article references are to Law of RK No. 261-IV of 2 April 2010 "Об
 * исполнительном производстве и статусе судебных исполнителей". None was
 * checked against the current consolidated text (adilet.zan.kz) while this
 * was written, so every reference carries `lawRefConfirmed: false` and the
 * UI/docs must say "check against current text" until a lawyer confirms it.
 */
import type { LocalizedText } from '@oryndau/kz';

/** Which list a ground belongs to; the action decides which lists are valid. */
export type GroundKind =
  | 'refusal' // отказ в возбуждении
  | 'suspension_mandatory' // обязательное приостановление
  | 'suspension_optional' // право приостановить
  | 'termination' // прекращение
  | 'return'; // возврат исполнительного документа взыскателю

export type Ground = {
  readonly code: string;
  readonly kind: GroundKind;
  readonly text: LocalizedText;
  /** Where the ground comes from, as printed in the resolution. */
  readonly lawRef: string;
  /** False until checked against the current text of Law No. 261-IV. */
  readonly lawRefConfirmed: boolean;
};

const LAW = 'Закон РК № 261-IV от 02.04.2010';

const g = (kind: GroundKind, code: string, article: string, kk: string, ru: string): Ground =>
  Object.freeze({ code, kind, text: Object.freeze({ kk, ru }), lawRef: `${LAW}, ${article}`, lawRefConfirmed: false });

/** DOMAIN.md "Refusal to initiate" list, in the same order. */
export const REFUSAL_GROUNDS: readonly Ground[] = Object.freeze([
  g('refusal', 'refusal.no_application', 'ст. 37', 'Өтініш берілмеген немесе оған қол қойылмаған',
    'Заявление не подано или не подписано'),
  g('refusal', 'refusal.wrong_territory', 'ст. 37', 'Атқарушылық құжат орындау орны бойынша берілмеген',
    'Исполнительный документ предъявлен не по месту исполнения'),
  g('refusal', 'refusal.term_missed', 'ст. 37', 'Атқарушылық құжатты орындауға ұсыну мерзімі өтіп кеткен және қалпына келтірілмеген',
    'Пропущен срок предъявления исполнительного документа к исполнению и он не восстановлен'),
  g('refusal', 'refusal.defective_document', 'ст. 37', 'Құжат атқарушылық құжат болып табылмайды немесе заң талаптарына сәйкес келмейді',
    'Документ не является исполнительным или не соответствует требованиям закона'),
  g('refusal', 'refusal.already_terminated', 'ст. 37', 'Осы атқарушылық құжат бойынша атқарушылық іс жүргізу бұрын тоқтатылған',
    'Исполнительное производство по данному документу ранее прекращено'),
  g('refusal', 'refusal.not_in_force', 'ст. 37', 'Сот актісі заңды күшіне енбеген',
    'Судебный акт не вступил в законную силу'),
  g('refusal', 'refusal.advance_unpaid', 'ст. 37', 'Жеке сот орындаушысына аванс төленбеген',
    'Не внесён аванс частному судебному исполнителю'),
]);

/** DOMAIN.md "Suspension: mandatory grounds". */
export const MANDATORY_SUSPENSION_GROUNDS: readonly Ground[] = Object.freeze([
  g('suspension_mandatory', 'suspension.debtor_death', 'ст. 45', 'Борышкердің қайтыс болуы, егер құқық мирасқорлыққа жол берсе',
    'Смерть должника, если правоотношение допускает правопреемство'),
  g('suspension_mandatory', 'suspension.reorganisation', 'ст. 45', 'Борышкер – заңды тұлғаның қайта ұйымдастырылуы',
    'Реорганизация должника – юридического лица'),
  g('suspension_mandatory', 'suspension.bankruptcy', 'ст. 45', 'Борышкерді банкрот деп тану немесе оңалту рәсімін қолдану',
    'Признание должника банкротом или применение реабилитационной процедуры'),
  g('suspension_mandatory', 'suspension.incapacity', 'ст. 45', 'Борышкердің әрекетке қабілетсіз деп танылуы',
    'Утрата должником дееспособности'),
  g('suspension_mandatory', 'suspension.court_challenge', 'ст. 45', 'Атқарушылық құжатқа немесе сот актісіне сотта дау айтылуы',
    'Оспаривание исполнительного документа или судебного акта в суде'),
  g('suspension_mandatory', 'suspension.release_from_arrest', 'ст. 45', 'Мүлікті тыйым салудан босату туралы талап қою',
    'Предъявление иска об освобождении имущества от ареста'),
]);

/** DOMAIN.md "Suspension: optional grounds" (the bailiff may suspend). */
export const OPTIONAL_SUSPENSION_GROUNDS: readonly Ground[] = Object.freeze([
  g('suspension_optional', 'suspension.clarification_or_deferral', 'ст. 46', 'Сот актісін түсіндіру немесе орындауды кейінге қалдыру туралы өтініш',
    'Обращение за разъяснением судебного акта или об отсрочке исполнения'),
  g('suspension_optional', 'suspension.debtor_in_hospital', 'ст. 46', 'Борышкердің стационарлық емдеуде болуы',
    'Нахождение должника на стационарном лечении'),
  g('suspension_optional', 'suspension.debtor_on_duty_trip', 'ст. 46', 'Борышкердің іссапарда болуы',
    'Нахождение должника в служебной командировке'),
  g('suspension_optional', 'suspension.complaint_against_bailiff', 'ст. 46', 'Сот орындаушысының әрекетіне шағым берілуі',
    'Обжалование действий судебного исполнителя'),
]);

/** Прекращение: final, the document cannot be filed again. */
export const TERMINATION_GROUNDS: readonly Ground[] = Object.freeze([
  g('termination', 'termination.claimant_waiver', 'ст. 47', 'Өндіріп алушының өндіріп алудан бас тартуы',
    'Отказ взыскателя от взыскания'),
  g('termination', 'termination.settlement', 'ст. 47', 'Өндіріп алушы мен борышкер арасындағы татуласу келісімін сот бекітуі',
    'Утверждение судом мирового соглашения между взыскателем и должником'),
  g('termination', 'termination.death_no_succession', 'ст. 47', 'Борышкердің қайтыс болуы, егер талап мирасқорлыққа жол бермесе',
    'Смерть должника, если требование не допускает правопреемства'),
  g('termination', 'termination.liquidation', 'ст. 47', 'Борышкер – заңды тұлғаның таратылуы',
    'Ликвидация должника – юридического лица'),
  g('termination', 'termination.act_cancelled', 'ст. 47', 'Атқарушылық құжат берілген сот актісінің күшін жою',
    'Отмена судебного акта, на основании которого выдан исполнительный документ'),
]);

/** Возврат: the claimant may file the document again. */
export const RETURN_GROUNDS: readonly Ground[] = Object.freeze([
  g('return', 'return.claimant_request', 'ст. 48', 'Өндіріп алушының өтініші',
    'Заявление взыскателя'),
  g('return', 'return.no_property', 'ст. 48', 'Борышкердің өндіріп алуға болатын мүлкі мен табысы жоқ',
    'Отсутствие у должника имущества и доходов, на которые может быть обращено взыскание'),
  g('return', 'return.debtor_not_found', 'ст. 48', 'Борышкердің тұрған жері анықталмаған',
    'Местонахождение должника не установлено'),
  g('return', 'return.claimant_obstructs', 'ст. 48', 'Өндіріп алушы орындауға кедергі келтіреді',
    'Взыскатель препятствует исполнению'),
]);

export const ALL_GROUNDS: readonly Ground[] = Object.freeze([
  ...REFUSAL_GROUNDS, ...MANDATORY_SUSPENSION_GROUNDS, ...OPTIONAL_SUSPENSION_GROUNDS, ...TERMINATION_GROUNDS, ...RETURN_GROUNDS,
]);

const BY_CODE: ReadonlyMap<string, Ground> = new Map(ALL_GROUNDS.map((ground) => [ground.code, ground]));

export function groundByCode(code: string): Ground | undefined {
  return BY_CODE.get(code);
}

export function groundsOfKind(kinds: readonly GroundKind[]): readonly Ground[] {
  return ALL_GROUNDS.filter((ground) => kinds.includes(ground.kind));
}
