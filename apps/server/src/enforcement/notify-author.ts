import type { Sql } from '@oryndau/db';
import { enqueueMessage, findDocument, findUserContact, findUserName } from '@oryndau/db';

// ISSUE-13 item 10: the bailiff is told when the senior approves or returns
// their resolution — by e-mail through the outbox (delivered after commit,
// retried; listed on «Отправленные сообщения» in dev mode), in the
// bailiff's own language. The card shows the outcome too.

type Outcome = { kind: 'approved' } | { kind: 'returned'; reason: string };

const TEXTS = {
  kk: {
    approved: { subject: (n: string) => `Қаулы бекітілді: № ${n} іс жүргізу`,
      body: (title: string, n: string, senior: string) => `Аға сот орындаушысы ${senior} № ${n} атқарушылық іс жүргізу бойынша «${title}» қаулысын бекітті. Қаулы күшіне енді.` },
    returned: { subject: (n: string) => `Қаулы пысықтауға қайтарылды: № ${n} іс жүргізу`,
      body: (title: string, n: string, senior: string, reason: string) => `Аға сот орындаушысы ${senior} № ${n} атқарушылық іс жүргізу бойынша «${title}» қаулысын қайтарды. Себебі: ${reason}. Түзетіп, қаулыны қайта жасаңыз.` },
  },
  ru: {
    approved: { subject: (n: string) => `Постановление утверждено: производство № ${n}`,
      body: (title: string, n: string, senior: string) => `Старший судебный исполнитель ${senior} утвердил постановление «${title}» по исполнительному производству № ${n}. Постановление вступило в силу.` },
    returned: { subject: (n: string) => `Постановление возвращено на доработку: производство № ${n}`,
      body: (title: string, n: string, senior: string, reason: string) => `Старший судебный исполнитель ${senior} вернул постановление «${title}» по исполнительному производству № ${n}. Причина: ${reason}. Исправьте и сформируйте постановление заново.` },
  },
} as const;

/** Queues the e-mail in the caller's transaction; an author without an e-mail address sees it on the card only. */
export async function notifyActAuthor(
  tx: Sql, act: { createdBy: string; documentId: string }, registrationNumber: string, seniorId: string, outcome: Outcome, now: Date,
): Promise<void> {
  const author = await findUserContact(tx, act.createdBy);
  if (!author?.email) return;
  const texts = TEXTS[author.locale];
  const title = (await findDocument(tx, act.documentId))?.title[author.locale] ?? '';
  const senior = (await findUserName(tx, seniorId)) ?? '';
  const body = outcome.kind === 'approved'
    ? texts.approved.body(title, registrationNumber, senior)
    : texts.returned.body(title, registrationNumber, senior, outcome.reason);
  await enqueueMessage(tx, { channel: 'email', recipient: author.email, subject: texts[outcome.kind].subject(registrationNumber), body }, now);
}
