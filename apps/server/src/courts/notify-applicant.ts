import { randomUUID } from 'node:crypto';
import type { Sql } from '@oryndau/db';
import { enqueueMessage, findUserContact, insertCabinetNotification } from '@oryndau/db';

// X-4, FILE-11, FILE-12, ISSUE-14 item 8: the applicant is told of the
// registration or the refusal in the cabinet — a notice in «Хабарламалар» /
// «Уведомления», its title and text in Kazakh and Russian — and by e-mail
// through the outbox (delivered after commit, retried) in their own
// language, both in the caller's transaction. The filing's status, its case
// and course are in «Менің істерім» / «Мои дела» as well.

type Outcome =
  | { kind: 'registered'; caseNumber: string; court: { kk: string; ru: string }; judge: string | null }
  | { kind: 'refused'; court: { kk: string; ru: string }; message: { kk: string; ru: string } };

const TEXTS = {
  kk: {
    registered: {
      subject: (n: string) => `№ ${n} өтініш тіркелді`,
      body: (n: string, o: Extract<Outcome, { kind: 'registered' }>) => `${o.court.kk} № ${n} өтінішіңізді № ${o.caseNumber} іс бойынша тіркеді.`
        + (o.judge ? ` Судья: ${o.judge}.` : '') + ' Іс барысын «Менің істерім» бөлімінен қарай аласыз.',
    },
    refused: {
      subject: (n: string) => `№ ${n} өтінішті тіркеуден бас тартылды`,
      body: (n: string, o: Extract<Outcome, { kind: 'refused' }>) => `${o.court.kk} № ${n} өтінішіңізді тіркеуден бас тартты. ${o.message.kk}`,
    },
  },
  ru: {
    registered: {
      subject: (n: string) => `Обращение № ${n} зарегистрировано`,
      body: (n: string, o: Extract<Outcome, { kind: 'registered' }>) => `${o.court.ru} зарегистрировал ваше обращение № ${n} по делу № ${o.caseNumber}.`
        + (o.judge ? ` Судья: ${o.judge}.` : '') + ' Ход дела виден в разделе «Мои дела».',
    },
    refused: {
      subject: (n: string) => `В регистрации обращения № ${n} отказано`,
      body: (n: string, o: Extract<Outcome, { kind: 'refused' }>) => `${o.court.ru} отказал в регистрации вашего обращения № ${n}. ${o.message.ru}`,
    },
  },
} as const;

type Locale = keyof typeof TEXTS;

const titleOf = (locale: Locale, number: string, outcome: Outcome) => TEXTS[locale][outcome.kind].subject(number);
const textOf = (locale: Locale, number: string, outcome: Outcome) => (outcome.kind === 'registered'
  ? TEXTS[locale].registered.body(number, outcome) : TEXTS[locale].refused.body(number, outcome));

/** What the applicant was told: the cabinet notice always, the e-mail when they have an address. */
export type ApplicantNotified = { notificationId: string; email: boolean };

/**
 * Writes the cabinet notice and queues the e-mail in the caller's
 * transaction (an applicant without an e-mail address is told in the
 * cabinet only).
 */
export async function notifyApplicant(tx: Sql, filing: { id: string; applicantUserId: string; number: string | null; caseId?: string | null },
  outcome: Outcome, now: Date): Promise<ApplicantNotified> {
  const number = filing.number ?? '';
  const notificationId = randomUUID();
  await insertCabinetNotification(tx, {
    id: notificationId, userId: filing.applicantUserId, kind: outcome.kind === 'registered' ? 'filing_registered' : 'filing_refused',
    title: { kk: titleOf('kk', number, outcome), ru: titleOf('ru', number, outcome) },
    text: { kk: textOf('kk', number, outcome), ru: textOf('ru', number, outcome) },
    filingId: filing.id, caseId: filing.caseId ?? null,
  }, now);
  const contact = await findUserContact(tx, filing.applicantUserId);
  if (!contact?.email) return { notificationId, email: false };
  await enqueueMessage(tx, { channel: 'email', recipient: contact.email, subject: titleOf(contact.locale, number, outcome),
    body: textOf(contact.locale, number, outcome) }, now);
  return { notificationId, email: true };
}
