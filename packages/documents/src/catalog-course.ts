/**
 * Default templates for the course of a proceeding: suspension and
 * resumption (ENF-5) and the enforcement measures made from templates
 * (ENF-6): arrests, lifting them, the temporary ban on leaving the country.
 */
import {
  APPEAL_KK, APPEAL_RU, APPROVAL_KK, APPROVAL_RU, COPIES_KK, COPIES_RU, DOCUMENT_FACTS_KK, DOCUMENT_FACTS_RU,
  ESTABLISHED_KK, ESTABLISHED_RU, GROUND_KK, GROUND_RU, GUIDED_KK, GUIDED_RU, ON_PROCEEDING_KK, ON_PROCEEDING_RU,
  RESOLVED_KK, RESOLVED_RU, paragraphs,
} from './catalog-fragments';
import type { ResolutionTemplate } from './templates';

const UNPAID_RU = 'Требования исполнительного документа должником в полном объёме не исполнены. Обстоятельства: {{act.reason}}.';
const UNPAID_KK = 'Атқарушылық құжаттың талаптарын борышкер толық көлемде орындамаған. Мән-жайлар: {{act.reason}}.';

export const SUSPENSION: ResolutionTemplate = {
  code: 'enf.suspension',
  version: 1,
  category: 'resolution',
  kind: 'suspension',
  needsApproval: false,
  title: {
    kk: 'Атқарушылық іс жүргізуді тоқтата тұру туралы қаулы',
    ru: 'Постановление о приостановлении исполнительного производства',
  },
  body: {
    kk: paragraphs(
      ON_PROCEEDING_KK,
      ESTABLISHED_KK,
      DOCUMENT_FACTS_KK,
      'Орындау барысында атқарушылық іс жүргізуді тоқтата тұруға негіз анықталды.',
      GROUND_KK,
      GUIDED_KK,
      RESOLVED_KK,
      '1. № {{proceeding.registrationNumber}} атқарушылық іс жүргізу {{act.date}} бастап тоқтата тұруға негіз болған мән-жайлар жойылғанға дейін тоқтатыла тұрсын.',
      '2. Тоқтата тұру кезеңінде атқарушылық әрекеттер жасалмасын; бұрын қабылданған орындауды қамтамасыз ету шаралары өз күшін сақтайды.',
      `3. ${COPIES_KK}`,
      APPEAL_KK,
    ),
    ru: paragraphs(
      ON_PROCEEDING_RU,
      ESTABLISHED_RU,
      DOCUMENT_FACTS_RU,
      'В ходе исполнения установлено основание для приостановления исполнительного производства.',
      GROUND_RU,
      GUIDED_RU,
      RESOLVED_RU,
      '1. Приостановить исполнительное производство № {{proceeding.registrationNumber}} с {{act.date}} до устранения обстоятельств, послуживших основанием для приостановления.',
      '2. В период приостановления исполнительные действия не совершать; ранее принятые меры по обеспечению исполнения сохраняют силу.',
      `3. ${COPIES_RU}`,
      APPEAL_RU,
    ),
  },
};

export const RESUMPTION: ResolutionTemplate = {
  code: 'enf.resumption',
  version: 1,
  category: 'resolution',
  kind: 'resumption',
  needsApproval: false,
  title: {
    kk: 'Атқарушылық іс жүргізуді қайта бастау туралы қаулы',
    ru: 'Постановление о возобновлении исполнительного производства',
  },
  body: {
    kk: paragraphs(
      ON_PROCEEDING_KK,
      ESTABLISHED_KK,
      DOCUMENT_FACTS_KK,
      'Атқарушылық іс жүргізу мынадай негіз бойынша тоқтатыла тұрған: {{act.ground}}. Тоқтата тұруға негіз болған мән-жайлар жойылды: {{act.reason}}.',
      GUIDED_KK,
      RESOLVED_KK,
      '1. № {{proceeding.registrationNumber}} атқарушылық іс жүргізу {{act.date}} бастап қайта басталсын.',
      '2. Атқарушылық әрекеттерді жасау және мәжбүрлеп орындау шараларын қолдану жалғастырылсын.',
      `3. ${COPIES_KK}`,
      APPEAL_KK,
    ),
    ru: paragraphs(
      ON_PROCEEDING_RU,
      ESTABLISHED_RU,
      DOCUMENT_FACTS_RU,
      'Исполнительное производство было приостановлено по основанию: {{act.ground}}. Обстоятельства, послужившие основанием для приостановления, устранены: {{act.reason}}.',
      GUIDED_RU,
      RESOLVED_RU,
      '1. Возобновить исполнительное производство № {{proceeding.registrationNumber}} с {{act.date}}.',
      '2. Продолжить совершение исполнительных действий и применение мер принудительного исполнения.',
      `3. ${COPIES_RU}`,
      APPEAL_RU,
    ),
  },
};

export const ARREST_ACCOUNTS: ResolutionTemplate = {
  code: 'enf.arrest_accounts',
  version: 1,
  category: 'resolution',
  kind: 'arrest_accounts',
  needsApproval: false,
  title: {
    kk: 'Банктік шоттардағы ақшаға тыйым салу туралы қаулы',
    ru: 'Постановление о наложении ареста на деньги, находящиеся на банковских счетах',
  },
  body: {
    kk: paragraphs(
      ON_PROCEEDING_KK,
      ESTABLISHED_KK,
      DOCUMENT_FACTS_KK,
      UNPAID_KK,
      'Атқарушылық құжаттың орындалуын қамтамасыз ету мақсатында борышкердің банктік шоттардағы ақшасына тыйым салу қажет.',
      GUIDED_KK,
      RESOLVED_KK,
      '1. Борышкердің ({{debtor.name}}, ЖСН/БСН {{debtor.identifier}}) банктік шоттардағы ақшасына өндіріп алынатын сома шегінде ({{document.amount}}) тыйым салынсын. Шоттар: {{act.arrestDetails}}.',
      '2. Банктер мен банк операцияларының жекелеген түрлерін жүзеге асыратын ұйымдар көрсетілген шоттар бойынша шығыс операцияларын тыйым салынған сома шегінде тоқтата тұрсын.',
      '3. Тыйым Қазақстан Республикасының заңнамасына сәйкес өндіріп алу қолданылмайтын ақшаға қолданылмайды.',
      '4. Осы қаулының көшірмесі орындау үшін тиісті банктерге, сондай-ақ атқарушылық іс жүргізу тараптарына жіберілсін.',
      APPEAL_KK,
    ),
    ru: paragraphs(
      ON_PROCEEDING_RU,
      ESTABLISHED_RU,
      DOCUMENT_FACTS_RU,
      UNPAID_RU,
      'В целях обеспечения исполнения исполнительного документа необходимо наложить арест на деньги должника, находящиеся на банковских счетах.',
      GUIDED_RU,
      RESOLVED_RU,
      '1. Наложить арест на деньги должника ({{debtor.name}}, ИИН/БИН {{debtor.identifier}}), находящиеся на банковских счетах, в пределах суммы взыскания ({{document.amount}}). Счета: {{act.arrestDetails}}.',
      '2. Банкам и организациям, осуществляющим отдельные виды банковских операций, приостановить расходные операции по указанным счетам в пределах арестованной суммы.',
      '3. Арест не распространяется на деньги, на которые в соответствии с законодательством Республики Казахстан не может быть обращено взыскание.',
      '4. Копию настоящего постановления направить для исполнения в соответствующие банки, а также сторонам исполнительного производства.',
      APPEAL_RU,
    ),
  },
};

export const ARREST_PROPERTY: ResolutionTemplate = {
  code: 'enf.arrest_property',
  version: 1,
  category: 'resolution',
  kind: 'arrest_property',
  needsApproval: false,
  title: {
    kk: 'Борышкердің мүлкіне тыйым салу туралы қаулы',
    ru: 'Постановление о наложении ареста на имущество должника',
  },
  body: {
    kk: paragraphs(
      ON_PROCEEDING_KK,
      ESTABLISHED_KK,
      DOCUMENT_FACTS_KK,
      UNPAID_KK,
      'Атқарушылық құжаттың орындалуын қамтамасыз ету мақсатында борышкердің мүлкіне тыйым салу қажет.',
      GUIDED_KK,
      RESOLVED_KK,
      '1. Борышкердің ({{debtor.name}}, ЖСН/БСН {{debtor.identifier}}) мүлкіне өндіріп алынатын сома ({{document.amount}}) және атқарушылық әрекеттерді жасауға жұмсалатын шығыстар шегінде тыйым салынсын. Мүлік: {{act.arrestDetails}}.',
      '2. Борышкерге және өзге де тұлғаларға тыйым салынған мүлікті иеліктен шығару және оған ауыртпалық салу жөнінде мәмілелер жасауға тыйым салынсын.',
      '3. Осы қаулының көшірмесі тыйымды тіркеу үшін тиісті тіркеуші органдарға жіберілсін.',
      '4. Борышкерге тыйым салынған мүлікті ысырап еткені, иеліктен шығарғаны немесе жасырғаны үшін Қазақстан Республикасының заңдарында белгіленген жауаптылық туралы ескертілсін.',
      `5. ${COPIES_KK}`,
      APPEAL_KK,
    ),
    ru: paragraphs(
      ON_PROCEEDING_RU,
      ESTABLISHED_RU,
      DOCUMENT_FACTS_RU,
      UNPAID_RU,
      'В целях обеспечения исполнения исполнительного документа необходимо наложить арест на имущество должника.',
      GUIDED_RU,
      RESOLVED_RU,
      '1. Наложить арест на имущество должника ({{debtor.name}}, ИИН/БИН {{debtor.identifier}}) в пределах суммы взыскания ({{document.amount}}) и расходов по совершению исполнительных действий. Имущество: {{act.arrestDetails}}.',
      '2. Запретить должнику и иным лицам совершать сделки по отчуждению и обременению арестованного имущества.',
      '3. Копию настоящего постановления направить в соответствующие регистрирующие органы для регистрации ареста.',
      '4. Предупредить должника об ответственности, установленной законами Республики Казахстан, за растрату, отчуждение или сокрытие арестованного имущества.',
      `5. ${COPIES_RU}`,
      APPEAL_RU,
    ),
  },
};

export const ARREST_LIFT: ResolutionTemplate = {
  code: 'enf.arrest_lift',
  version: 1,
  category: 'resolution',
  kind: 'arrest_lift',
  needsApproval: false,
  title: {
    kk: 'Тыйымды алып тастау туралы қаулы',
    ru: 'Постановление о снятии ареста',
  },
  body: {
    kk: paragraphs(
      ON_PROCEEDING_KK,
      ESTABLISHED_KK,
      DOCUMENT_FACTS_KK,
      'Атқарушылық іс жүргізу шеңберінде борышкердің мүлкіне (ақшасына) тыйым салынған. Тыйымды сақтауға негіздер жойылды: {{act.reason}}.',
      GUIDED_KK,
      RESOLVED_KK,
      '1. Борышкердің ({{debtor.name}}, ЖСН/БСН {{debtor.identifier}}) мынадай мүлкінен (шоттарынан) тыйым алып тасталсын: {{act.arrestDetails}}.',
      '2. Осы қаулының көшірмесі орындау үшін тиісті банктерге және (немесе) тіркеуші органдарға жіберілсін.',
      `3. ${COPIES_KK}`,
      APPEAL_KK,
    ),
    ru: paragraphs(
      ON_PROCEEDING_RU,
      ESTABLISHED_RU,
      DOCUMENT_FACTS_RU,
      'В рамках исполнительного производства на имущество (деньги) должника был наложен арест. Основания для сохранения ареста отпали: {{act.reason}}.',
      GUIDED_RU,
      RESOLVED_RU,
      '1. Снять арест со следующего имущества (счетов) должника ({{debtor.name}}, ИИН/БИН {{debtor.identifier}}): {{act.arrestDetails}}.',
      '2. Копию настоящего постановления направить для исполнения в соответствующие банки и (или) регистрирующие органы.',
      `3. ${COPIES_RU}`,
      APPEAL_RU,
    ),
  },
};

export const TRAVEL_RESTRICTION: ResolutionTemplate = {
  code: 'enf.travel_restriction',
  version: 1,
  category: 'resolution',
  kind: 'travel_restriction',
  needsApproval: true,
  title: {
    kk: 'Борышкерге Қазақстан Республикасынан шығуға уақытша шектеу қою туралы қаулы',
    ru: 'Постановление о временном ограничении на выезд должника из Республики Казахстан',
  },
  body: {
    kk: paragraphs(
      ON_PROCEEDING_KK,
      ESTABLISHED_KK,
      DOCUMENT_FACTS_KK,
      'Борышкер атқарушылық құжаттың талаптарын белгіленген мерзімде дәлелді себептерсіз орындамаған. Мән-жайлар: {{act.reason}}.',
      GUIDED_KK,
      RESOLVED_KK,
      '1. Борышкерге ({{debtor.name}}, ЖСН {{debtor.identifier}}) атқарушылық құжат бойынша міндеттемелер орындалғанға дейін Қазақстан Республикасынан шығуға уақытша шектеу қойылсын.',
      '2. Осы қаулының көшірмесі орындау үшін Қазақстан Республикасы Ұлттық қауіпсіздік комитетінің Шекара қызметіне жіберілсін.',
      '3. Борышкерге атқарушылық құжаттың талаптары орындалғаннан кейін шектеудің күші жойылатыны түсіндірілсін.',
      `4. ${APPROVAL_KK}`,
      `5. ${COPIES_KK}`,
      APPEAL_KK,
    ),
    ru: paragraphs(
      ON_PROCEEDING_RU,
      ESTABLISHED_RU,
      DOCUMENT_FACTS_RU,
      'Должник без уважительных причин не исполнил требования исполнительного документа в установленный срок. Обстоятельства: {{act.reason}}.',
      GUIDED_RU,
      RESOLVED_RU,
      '1. Временно ограничить выезд из Республики Казахстан должнику ({{debtor.name}}, ИИН {{debtor.identifier}}) до исполнения обязательств по исполнительному документу.',
      '2. Копию настоящего постановления направить для исполнения в Пограничную службу Комитета национальной безопасности Республики Казахстан.',
      '3. Разъяснить должнику, что ограничение отменяется после исполнения требований исполнительного документа.',
      `4. ${APPROVAL_RU}`,
      `5. ${COPIES_RU}`,
      APPEAL_RU,
    ),
  },
};

