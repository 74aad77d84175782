/**
 * The placeholder language of templates: `{{ key }}` and nothing else — no
 * logic, no filters. Formatting (dates, tenge) happens before filling, in the
 * caller that knows the locale, so a template stays plain legal text an
 * administrator can edit and a lawyer can read.
 */
import type { LocalizedText } from '@oryndau/kz';

export type TemplatePlaceholder = { key: string; description: LocalizedText };

export const TEMPLATE_PLACEHOLDERS: readonly TemplatePlaceholder[] = [
  { key: 'proceeding.registrationNumber', description: { kk: 'Атқарушылық іс жүргізудің тіркеу нөмірі', ru: 'Регистрационный номер исполнительного производства' } },
  { key: 'proceeding.registrationDate', description: { kk: 'Атқарушылық іс жүргізуді тіркеу күні', ru: 'Дата регистрации исполнительного производства' } },
  { key: 'document.type', description: { kk: 'Атқарушылық құжаттың түрі', ru: 'Вид исполнительного документа' } },
  { key: 'document.number', description: { kk: 'Атқарушылық құжаттың нөмірі', ru: 'Номер исполнительного документа' } },
  { key: 'document.issueDate', description: { kk: 'Атқарушылық құжаттың берілген күні', ru: 'Дата выдачи исполнительного документа' } },
  { key: 'document.entryIntoForceDate', description: { kk: 'Сот актісінің заңды күшіне енген күні', ru: 'Дата вступления акта в законную силу' } },
  { key: 'document.issuingBody', description: { kk: 'Атқарушылық құжатты берген орган', ru: 'Орган, выдавший исполнительный документ' } },
  { key: 'document.claimEssence', description: { kk: 'Талаптардың мәні', ru: 'Сущность требований' } },
  { key: 'document.amount', description: { kk: 'Өндіріп алынатын сома (теңгемен)', ru: 'Сумма взыскания (в тенге)' } },
  { key: 'debtor.name', description: { kk: 'Борышкердің аты-жөні немесе атауы', ru: 'ФИО или наименование должника' } },
  { key: 'debtor.identifier', description: { kk: 'Борышкердің ЖСН/БСН', ru: 'ИИН/БИН должника' } },
  { key: 'debtor.address', description: { kk: 'Борышкердің мекенжайы', ru: 'Адрес должника' } },
  { key: 'claimant.name', description: { kk: 'Өндіріп алушының аты-жөні немесе атауы', ru: 'ФИО или наименование взыскателя' } },
  { key: 'claimant.identifier', description: { kk: 'Өндіріп алушының ЖСН/БСН', ru: 'ИИН/БИН взыскателя' } },
  { key: 'bailiff.name', description: { kk: 'Сот орындаушысының аты-жөні', ru: 'ФИО судебного исполнителя' } },
  { key: 'bailiff.organisation', description: { kk: 'Сот орындаушысының органы (аумақтық бөлімше немесе жеке сот орындаушысының кеңсесі)', ru: 'Орган судебного исполнителя (территориальное подразделение или контора частного судебного исполнителя)' } },
  { key: 'act.date', description: { kk: 'Актінің күні', ru: 'Дата акта' } },
  { key: 'act.ground', description: { kk: 'Таңдалған негіздің мәтіні', ru: 'Текст выбранного основания' } },
  { key: 'act.groundArticle', description: { kk: 'Негізге сәйкес заң нормасы', ru: 'Норма закона, соответствующая основанию' } },
  { key: 'act.reason', description: { kk: 'Сот орындаушысының уәжі (еркін мәтін)', ru: 'Мотивы судебного исполнителя (свободный текст)' } },
  { key: 'act.targetDepartment', description: { kk: 'Атқарушылық іс жүргізу жіберілетін аумақтық орган', ru: 'Территориальный орган, в который передаётся производство' } },
  { key: 'act.arrestDetails', description: { kk: 'Тыйым салынатын (тыйымнан босатылатын) шоттар немесе мүлік', ru: 'Счета или имущество, на которые налагается (с которых снимается) арест' } },
  { key: 'act.requestType', description: { kk: 'Сұратылатын мәліметтер', ru: 'Запрашиваемые сведения' } },
  { key: 'act.agency', description: { kk: 'Сұрау салынатын мемлекеттік орган', ru: 'Государственный орган, в который направляется запрос' } },
  { key: 'system.today', description: { kk: 'Құжат жасалған күн', ru: 'Дата формирования документа' } },
];

const KNOWN_KEYS: ReadonlySet<string> = new Set(TEMPLATE_PLACEHOLDERS.map((p) => p.key));

/** Shown where a known value is absent: a visible dash, never an empty gap a reader might fill in. */
export const MISSING_VALUE = '—';

export type TemplateTextErrorCode = 'unknown_placeholder' | 'unbalanced_braces' | 'empty';

export type TemplateTextProblem = {
  code: TemplateTextErrorCode;
  placeholder?: string;
  message: LocalizedText;
};

export type TemplateTextValidation = { ok: true } | { ok: false; errors: TemplateTextProblem[] };

// Inner part excludes braces so `{{a}}}` leaves a stray `}` to be reported.
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** Checks a template before it is saved; returns every problem at once. */
export function validateTemplateText(text: string): TemplateTextValidation {
  const errors: TemplateTextProblem[] = [];
  if (text.trim() === '') {
    errors.push({ code: 'empty', message: { kk: 'Шаблон мәтіні бос.', ru: 'Текст шаблона пуст.' } });
    return { ok: false, errors };
  }
  const reported = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const key = (match[1] ?? '').trim();
    if (KNOWN_KEYS.has(key) || reported.has(key)) continue;
    reported.add(key);
    errors.push({
      code: 'unknown_placeholder',
      placeholder: key,
      message: {
        kk: `Белгісіз толтырғыш: {{${key}}}. Тек тізімдегі толтырғыштарды пайдаланыңыз.`,
        ru: `Неизвестный заполнитель: {{${key}}}. Используйте только заполнители из списка.`,
      },
    });
  }
  // Braces are reserved for placeholders: any left after removing the
  // well-formed ones is a typo such as `{{debtor.name}` or `{debtor.name}}`.
  const rest = text.replace(PLACEHOLDER, '');
  if (/[{}]/.test(rest)) {
    errors.push({
      code: 'unbalanced_braces',
      message: {
        kk: 'Фигуралық жақшалар жұптаспаған: толтырғыш {{ кілт }} түрінде жазылады.',
        ru: 'Непарные фигурные скобки: заполнитель записывается как {{ ключ }}.',
      },
    });
  }
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

/** Thrown by fillTemplate: templates are validated when saved, so this is a bug, not user input. */
export class TemplateTextError extends Error {
  constructor(readonly errors: readonly TemplateTextProblem[]) {
    super(`Invalid template text: ${errors.map((e) => e.message.ru).join(' ')}`);
    this.name = 'TemplateTextError';
  }
}

/**
 * Replaces every `{{ key }}` in one pass, so a value that itself contains
 * braces (a debtor's name typed with `{{`) is never expanded again. A known
 * key that is absent or blank renders as an em dash.
 */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  const validation = validateTemplateText(text);
  if (!validation.ok) throw new TemplateTextError(validation.errors);
  return text.replace(PLACEHOLDER, (_whole, inner: string) => {
    const value = Object.hasOwn(values, inner.trim()) ? values[inner.trim()] : undefined;
    return value === undefined || value.trim() === '' ? MISSING_VALUE : value;
  });
}
