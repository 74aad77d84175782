import type { LocalizedText } from '@oryndau/kz';

// ENP-8, ENP-9: the ЭНП e-mails, pure. Every e-mail is written in both
// languages, the recipient's first (an e-mail cannot ask which one they
// read), and names no internal code or id.

export type EnpEmailLanguage = 'kk' | 'ru';
export type EnpEmail = { subject: string; text: string };

const both = (language: EnpEmailLanguage, kk: string, ru: string) => (language === 'kk' ? [kk, ru] : [ru, kk]);
const join = (language: EnpEmailLanguage, kk: string[], ru: string[]) => both(language, kk.join('\n'), ru.join('\n')).join('\n\n— — —\n\n');

/** The password of an approved application: shown only here (the server keeps its slow hash). */
export function enpApprovedEmail(p: { language: EnpEmailLanguage; number: string; caseNumber: string; court: LocalizedText; password: string;
  portalUrl: string }): EnpEmail {
  return {
    subject: both(p.language, `ЭНП: ${p.number} өтінім қанағаттандырылды`, `ЭНП: заявка ${p.number} удовлетворена`).join(' / '),
    text: join(p.language, [
      `${p.number} өтініміңіз бойынша ${p.court.kk} ${p.caseNumber} іс бойынша мәліметтерді қарауға құпиясөз берілді.`,
      `Құпиясөз: ${p.password}`,
      `Порталда ЖСН мен құпиясөзді енгізіңіз: ${p.portalUrl}`,
      'Құпиясөзді ешкімге бермеңіз.',
    ], [
      `По вашей заявке ${p.number} выдан пароль доступа к сведениям по делу ${p.caseNumber} (${p.court.ru}).`,
      `Пароль: ${p.password}`,
      `Введите ИИН и пароль на портале: ${p.portalUrl}`,
      'Никому не сообщайте пароль.',
    ]),
  };
}

export function enpRefusedEmail(p: { language: EnpEmailLanguage; number: string; caseNumber: string; reason: LocalizedText; text: string | null })
  : EnpEmail {
  const own = p.text?.trim() ? [p.text.trim()] : [];
  return {
    subject: both(p.language, `ЭНП: ${p.number} өтінім бойынша бас тартылды`, `ЭНП: по заявке ${p.number} отказано`).join(' / '),
    text: join(p.language,
      [`${p.caseNumber} іс бойынша ${p.number} өтініміңіз бойынша құпиясөз беруден бас тартылды.`, `Себебі: ${p.reason.kk}`, ...own],
      [`По вашей заявке ${p.number} (дело ${p.caseNumber}) в выдаче пароля отказано.`, `Причина: ${p.reason.ru}`, ...own]),
  };
}

export type EnpChangeEmailKind = 'act' | 'document' | 'course';

/** A new act or document, or a move of the course; the unsubscribe link needs no sign-in (RFC 8058). */
export function enpChangeEmail(p: { language: EnpEmailLanguage; kind: EnpChangeEmailKind; caseNumber: string; what: LocalizedText; date: string;
  portalUrl: string; unsubscribeUrl: string }): EnpEmail {
  const head = {
    act: { kk: 'Жаңа сот актісі', ru: 'Новый судебный акт' },
    document: { kk: 'Жаңа құжат', ru: 'Новый документ' },
    course: { kk: 'Іс барысы өзгерді', ru: 'Изменился ход дела' },
  }[p.kind];
  return {
    subject: both(p.language, `ЭНП: ${p.caseNumber} — ${head.kk}`, `ЭНП: ${p.caseNumber} — ${head.ru}`).join(' / '),
    text: join(p.language, [
      `${p.caseNumber} іс бойынша: ${head.kk.toLowerCase()} — ${p.what.kk} (${p.date}).`,
      `Қарау үшін порталға ЖСН мен құпиясөзбен кіріңіз: ${p.portalUrl}`,
      `Хабарламалардың түрлерін порталда таңдай аласыз. Бұл іс бойынша хаттардан бас тарту: ${p.unsubscribeUrl}`,
    ], [
      `По делу ${p.caseNumber}: ${head.ru.toLowerCase()} — ${p.what.ru} (${p.date}).`,
      `Чтобы посмотреть, войдите на портал с ИИН и паролем: ${p.portalUrl}`,
      `Виды уведомлений можно выбрать на портале. Отписаться от писем по этому делу: ${p.unsubscribeUrl}`,
    ]),
  };
}
