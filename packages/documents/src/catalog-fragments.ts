/**
 * Wording shared by the default templates. Kept in one place so every act
 * cites the law and describes the executive document in the same words; the
 * templates themselves are still stored as full texts (an administrator
 * edits the text, never these constants).
 *
 * Names and organisations go after a colon or in brackets rather than into
 * a sentence, because a value cannot be declined: "Судебный исполнитель
 * {{bailiff.organisation}}" would need the genitive of whatever was typed.
 * Article numbers are deliberately absent: the ground's own text and article
 * come in through {{act.ground}} / {{act.groundArticle}} (see
 * docs/enforcement.md, "Unconfirmed").
 */

/** A template body: paragraphs separated by one blank line. */
export function paragraphs(...parts: readonly string[]): string {
  return parts.join('\n\n');
}

export const LAW_RU = 'Законом Республики Казахстан от 2 апреля 2010 года № 261-IV «Об исполнительном производстве и статусе судебных исполнителей»';
export const LAW_KK = 'Қазақстан Республикасының 2010 жылғы 2 сәуірдегі № 261-IV «Атқарушылық іс жүргізу және сот орындаушыларының мәртебесі туралы» Заңын';

export const GUIDED_RU = `На основании изложенного, руководствуясь ${LAW_RU},`;
export const GUIDED_KK = `Баяндалғанның негізінде, ${LAW_KK} басшылыққа ала отырып,`;

export const ESTABLISHED_RU = 'УСТАНОВИЛ:';
export const ESTABLISHED_KK = 'АНЫҚТАДЫ:';
export const RESOLVED_RU = 'ПОСТАНОВИЛ:';
export const RESOLVED_KK = 'ҚАУЛЫ ЕТТІ:';

/** Opening of an act on a proceeding that already exists. */
export const ON_PROCEEDING_RU =
  'Судебный исполнитель {{bailiff.name}} ({{bailiff.organisation}}), рассмотрев материалы исполнительного производства № {{proceeding.registrationNumber}} от {{proceeding.registrationDate}},';
export const ON_PROCEEDING_KK =
  'Сот орындаушысы {{bailiff.name}} ({{bailiff.organisation}}) № {{proceeding.registrationNumber}} атқарушылық іс жүргізудің (тіркелген күні: {{proceeding.registrationDate}}) материалдарын қарап,';

export const DOCUMENT_FACTS_RU =
  'Исполнительный документ: {{document.type}} № {{document.number}}, дата выдачи: {{document.issueDate}}, орган, выдавший документ: {{document.issuingBody}}, дата вступления в законную силу: {{document.entryIntoForceDate}}. '
  + 'Должник: {{debtor.name}}, ИИН/БИН {{debtor.identifier}}, адрес: {{debtor.address}}. '
  + 'Взыскатель: {{claimant.name}}, ИИН/БИН {{claimant.identifier}}. '
  + 'Сущность требований: {{document.claimEssence}}; сумма взыскания: {{document.amount}}.';
export const DOCUMENT_FACTS_KK =
  'Атқарушылық құжат: {{document.type}} № {{document.number}}, берілген күні: {{document.issueDate}}, құжатты берген орган: {{document.issuingBody}}, заңды күшіне енген күні: {{document.entryIntoForceDate}}. '
  + 'Борышкер: {{debtor.name}}, ЖСН/БСН {{debtor.identifier}}, мекенжайы: {{debtor.address}}. '
  + 'Өндіріп алушы: {{claimant.name}}, ЖСН/БСН {{claimant.identifier}}. '
  + 'Талаптардың мәні: {{document.claimEssence}}; өндіріп алынатын сома: {{document.amount}}.';

export const GROUND_RU = 'Основание: {{act.ground}} ({{act.groundArticle}}). Обстоятельства: {{act.reason}}.';
export const GROUND_KK = 'Негіз: {{act.ground}} ({{act.groundArticle}}). Мән-жайлар: {{act.reason}}.';

export const LIFT_MEASURES_RU =
  'Отменить меры принудительного исполнения, принятые в рамках исполнительного производства (снять наложенные аресты, отменить временное ограничение на выезд), если законом не предусмотрено иное.';
export const LIFT_MEASURES_KK =
  'Заңда өзгеше көзделмесе, атқарушылық іс жүргізу шеңберінде қолданылған мәжбүрлеп орындау шаралары, оның ішінде салынған тыйымдар мен шығуға уақытша шектеу жойылсын.';

export const APPROVAL_RU = 'Настоящее постановление подлежит утверждению старшим судебным исполнителем.';
export const APPROVAL_KK = 'Осы қаулы аға сот орындаушысының бекітуіне жатады.';

export const COPIES_RU = 'Копию настоящего постановления направить сторонам исполнительного производства.';
export const COPIES_KK = 'Осы қаулының көшірмесі атқарушылық іс жүргізу тараптарына жіберілсін.';

export const APPEAL_RU = 'Настоящее постановление может быть обжаловано в порядке, установленном законодательством Республики Казахстан.';
export const APPEAL_KK = 'Осы қаулыға Қазақстан Республикасының заңнамасында белгіленген тәртіппен шағым жасалуы мүмкін.';
