/**
 * Default templates for ending a proceeding (ENF-4): termination, return of
 * the document to the claimant, recall by the issuing body, actual
 * execution. All of them need a senior bailiff's approval (ENF-9): an ending
 * lifts every measure, so a second pair of eyes signs it.
 */
import {
  APPEAL_KK, APPEAL_RU, APPROVAL_KK, APPROVAL_RU, COPIES_KK, COPIES_RU, DOCUMENT_FACTS_KK, DOCUMENT_FACTS_RU,
  ESTABLISHED_KK, ESTABLISHED_RU, GROUND_KK, GROUND_RU, GUIDED_KK, GUIDED_RU, LIFT_MEASURES_KK, LIFT_MEASURES_RU,
  ON_PROCEEDING_KK, ON_PROCEEDING_RU, RESOLVED_KK, RESOLVED_RU, paragraphs,
} from './catalog-fragments';
import type { ResolutionTemplate } from './templates';

export const TERMINATION: ResolutionTemplate = {
  code: 'enf.termination',
  version: 1,
  category: 'resolution',
  kind: 'termination',
  needsApproval: true,
  title: {
    kk: 'Атқарушылық іс жүргізуді тоқтату туралы қаулы',
    ru: 'Постановление о прекращении исполнительного производства',
  },
  body: {
    kk: paragraphs(
      ON_PROCEEDING_KK,
      ESTABLISHED_KK,
      DOCUMENT_FACTS_KK,
      'Атқарушылық іс жүргізуді тоқтатуға негіз анықталды.',
      GROUND_KK,
      GUIDED_KK,
      RESOLVED_KK,
      '1. № {{proceeding.registrationNumber}} атқарушылық іс жүргізу тоқтатылсын.',
      `2. ${LIFT_MEASURES_KK}`,
      '3. Тараптарға тоқтатылған атқарушылық іс жүргізу қайта қозғалмайтыны түсіндірілсін.',
      `4. ${APPROVAL_KK}`,
      `5. ${COPIES_KK}`,
      APPEAL_KK,
    ),
    ru: paragraphs(
      ON_PROCEEDING_RU,
      ESTABLISHED_RU,
      DOCUMENT_FACTS_RU,
      'Установлено основание для прекращения исполнительного производства.',
      GROUND_RU,
      GUIDED_RU,
      RESOLVED_RU,
      '1. Прекратить исполнительное производство № {{proceeding.registrationNumber}}.',
      `2. ${LIFT_MEASURES_RU}`,
      '3. Разъяснить сторонам, что прекращённое исполнительное производство не может быть возбуждено вновь.',
      `4. ${APPROVAL_RU}`,
      `5. ${COPIES_RU}`,
      APPEAL_RU,
    ),
  },
};

export const RETURN: ResolutionTemplate = {
  code: 'enf.return',
  version: 1,
  category: 'resolution',
  kind: 'return',
  needsApproval: true,
  title: {
    kk: 'Атқарушылық құжатты өндіріп алушыға қайтару туралы қаулы',
    ru: 'Постановление о возвращении исполнительного документа взыскателю',
  },
  body: {
    kk: paragraphs(
      ON_PROCEEDING_KK,
      ESTABLISHED_KK,
      DOCUMENT_FACTS_KK,
      'Атқарушылық құжат өндіріп алушыға қайтарылуға жатады.',
      GROUND_KK,
      GUIDED_KK,
      RESOLVED_KK,
      '1. № {{proceeding.registrationNumber}} атқарушылық іс жүргізу аяқталсын, атқарушылық құжат өндіріп алушыға ({{claimant.name}}) қайтарылсын.',
      `2. ${LIFT_MEASURES_KK}`,
      '3. Өндіріп алушыға атқарушылық құжатты қайтару оны заңда белгіленген мерзім ішінде орындауға қайта ұсынуға кедергі келтірмейтіні түсіндірілсін.',
      `4. ${APPROVAL_KK}`,
      `5. ${COPIES_KK}`,
      APPEAL_KK,
    ),
    ru: paragraphs(
      ON_PROCEEDING_RU,
      ESTABLISHED_RU,
      DOCUMENT_FACTS_RU,
      'Исполнительный документ подлежит возвращению взыскателю.',
      GROUND_RU,
      GUIDED_RU,
      RESOLVED_RU,
      '1. Окончить исполнительное производство № {{proceeding.registrationNumber}}, исполнительный документ возвратить взыскателю ({{claimant.name}}).',
      `2. ${LIFT_MEASURES_RU}`,
      '3. Разъяснить взыскателю, что возвращение исполнительного документа не препятствует повторному предъявлению его к исполнению в пределах срока, установленного законом.',
      `4. ${APPROVAL_RU}`,
      `5. ${COPIES_RU}`,
      APPEAL_RU,
    ),
  },
};

export const RECALL: ResolutionTemplate = {
  code: 'enf.recall',
  version: 1,
  category: 'resolution',
  kind: 'recall',
  needsApproval: true,
  title: {
    kk: 'Атқарушылық құжаттың кері қайтарып алынуына байланысты атқарушылық іс жүргізуді аяқтау туралы қаулы',
    ru: 'Постановление об окончании исполнительного производства в связи с отзывом исполнительного документа',
  },
  body: {
    kk: paragraphs(
      ON_PROCEEDING_KK,
      ESTABLISHED_KK,
      DOCUMENT_FACTS_KK,
      'Атқарушылық құжатты берген орган ({{document.issuingBody}}) оны кері қайтарып алды. Мән-жайлар: {{act.reason}}.',
      GUIDED_KK,
      RESOLVED_KK,
      '1. № {{proceeding.registrationNumber}} атқарушылық іс жүргізу атқарушылық құжаттың оны берген органның кері қайтарып алуына байланысты аяқталсын.',
      '2. Атқарушылық құжат оны берген органға қайтарылсын.',
      `3. ${LIFT_MEASURES_KK}`,
      `4. ${APPROVAL_KK}`,
      `5. ${COPIES_KK}`,
      APPEAL_KK,
    ),
    ru: paragraphs(
      ON_PROCEEDING_RU,
      ESTABLISHED_RU,
      DOCUMENT_FACTS_RU,
      'Орган, выдавший исполнительный документ ({{document.issuingBody}}), отозвал его. Обстоятельства: {{act.reason}}.',
      GUIDED_RU,
      RESOLVED_RU,
      '1. Окончить исполнительное производство № {{proceeding.registrationNumber}} в связи с отзывом исполнительного документа органом, выдавшим его.',
      '2. Возвратить исполнительный документ органу, выдавшему его.',
      `3. ${LIFT_MEASURES_RU}`,
      `4. ${APPROVAL_RU}`,
      `5. ${COPIES_RU}`,
      APPEAL_RU,
    ),
  },
};

export const EXECUTION_CONFIRMED: ResolutionTemplate = {
  code: 'enf.execution_confirmed',
  version: 1,
  category: 'resolution',
  kind: 'execution_confirmed',
  needsApproval: true,
  title: {
    kk: 'Атқарушылық құжаттың іс жүзінде орындалуына байланысты атқарушылық іс жүргізуді аяқтау туралы қаулы',
    ru: 'Постановление об окончании исполнительного производства в связи с фактическим исполнением',
  },
  body: {
    kk: paragraphs(
      ON_PROCEEDING_KK,
      ESTABLISHED_KK,
      DOCUMENT_FACTS_KK,
      'Атқарушылық құжаттың талаптары толық көлемде орындалды, бұл атқарушылық іс жүргізудің материалдарымен расталады: {{act.reason}}.',
      GUIDED_KK,
      RESOLVED_KK,
      '1. № {{proceeding.registrationNumber}} атқарушылық іс жүргізу атқарушылық құжаттың талаптарының іс жүзінде орындалуына байланысты аяқталсын.',
      `2. ${LIFT_MEASURES_KK}`,
      `3. ${APPROVAL_KK}`,
      `4. ${COPIES_KK}`,
      APPEAL_KK,
    ),
    ru: paragraphs(
      ON_PROCEEDING_RU,
      ESTABLISHED_RU,
      DOCUMENT_FACTS_RU,
      'Требования исполнительного документа исполнены в полном объёме, что подтверждается материалами исполнительного производства: {{act.reason}}.',
      GUIDED_RU,
      RESOLVED_RU,
      '1. Окончить исполнительное производство № {{proceeding.registrationNumber}} в связи с фактическим исполнением требований исполнительного документа.',
      `2. ${LIFT_MEASURES_RU}`,
      `3. ${APPROVAL_RU}`,
      `4. ${COPIES_RU}`,
      APPEAL_RU,
    ),
  },
};
