import type { Sql } from '@oryndau/db';
import { enqueueMessage, findUserContact } from '@oryndau/db';

// X-4, FILE-11, FILE-12: the applicant is told of the registration or the
// refusal by e-mail through the outbox (delivered after commit, retried), in
// their own language. The cabinet shows the same outcome: the filing's
// status, its case and course in «Менің істерім» / «Мои дела».

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

/** Queues the e-mail in the caller's transaction; an applicant without an e-mail address sees the outcome in the cabinet only. */
export async function notifyApplicant(tx: Sql, applicantUserId: string, filingNumber: string, outcome: Outcome, now: Date): Promise<boolean> {
  const contact = await findUserContact(tx, applicantUserId);
  if (!contact?.email) return false;
  const texts = TEXTS[contact.locale];
  const body = outcome.kind === 'registered' ? texts.registered.body(filingNumber, outcome) : texts.refused.body(filingNumber, outcome);
  await enqueueMessage(tx, { channel: 'email', recipient: contact.email, subject: texts[outcome.kind].subject(filingNumber), body }, now);
  return true;
}
