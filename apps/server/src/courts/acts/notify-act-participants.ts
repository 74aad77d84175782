import { randomUUID } from 'node:crypto';
import type { Sql } from '@oryndau/db';
import { enqueueMessage, insertCabinetNotification, listCaseCabinetUsers } from '@oryndau/db';
import { courts } from '@oryndau/domain';
import { formatDate } from '@oryndau/kz';

// FILE-14 (§47), FILE-15: the participants who use the cabinet are told that
// an act of their case was published (its publication is their receipt
// date) or entered into legal force — a cabinet notice in kk and ru, and an
// e-mail in their language through the outbox — in the caller's transaction.

type Event =
  | { kind: 'act_published'; actKind: courts.CourtActKind; caseNumber: string; court: { kk: string; ru: string }; date: string }
  | { kind: 'act_in_force'; actKind: courts.CourtActKind; caseNumber: string; court: { kk: string; ru: string }; date: string };

const TEXTS = {
  kk: {
    act_published: {
      title: (e: Event) => `№ ${e.caseNumber} іс бойынша сот актісі жарияланды`,
      text: (e: Event) => `${e.court.kk}: «${courts.COURT_ACT_KIND_TEXTS[e.actKind].kk}» ${formatDate(e.date, 'kk')} кабинетке жарияланды — бұл оны алған күніңіз. `
        + 'Актіні «Менің істерім» бөлімінен жүктеп алыңыз.',
    },
    act_in_force: {
      title: (e: Event) => `№ ${e.caseNumber} іс бойынша сот актісі заңды күшіне енді`,
      text: (e: Event) => `${e.court.kk}: «${courts.COURT_ACT_KIND_TEXTS[e.actKind].kk}» ${formatDate(e.date, 'kk')} заңды күшіне енді. `
        + 'Белгісі мен тексеру QR-коды бар актіні «Менің істерім» бөлімінен жүктеп алыңыз.',
    },
  },
  ru: {
    act_published: {
      title: (e: Event) => `По делу № ${e.caseNumber} опубликован судебный акт`,
      text: (e: Event) => `${e.court.ru}: «${courts.COURT_ACT_KIND_TEXTS[e.actKind].ru}» размещён в кабинете ${formatDate(e.date, 'ru')} — это дата его получения вами. `
        + 'Акт можно скачать в разделе «Мои дела».',
    },
    act_in_force: {
      title: (e: Event) => `Судебный акт по делу № ${e.caseNumber} вступил в законную силу`,
      text: (e: Event) => `${e.court.ru}: «${courts.COURT_ACT_KIND_TEXTS[e.actKind].ru}» вступил в законную силу ${formatDate(e.date, 'ru')}. `
        + 'Акт с отметкой и QR-кодом проверки можно скачать в разделе «Мои дела».',
    },
  },
} as const;

/** Notices and e-mails for every cabinet user of the case; returns how many were told. */
export async function notifyActParticipants(tx: Sql, caseId: string, event: Event, now: Date): Promise<number> {
  const users = await listCaseCabinetUsers(tx, caseId);
  for (const user of users) {
    await insertCabinetNotification(tx, {
      id: randomUUID(), userId: user.userId, kind: event.kind,
      title: { kk: TEXTS.kk[event.kind].title(event), ru: TEXTS.ru[event.kind].title(event) },
      text: { kk: TEXTS.kk[event.kind].text(event), ru: TEXTS.ru[event.kind].text(event) },
      filingId: null, caseId,
    }, now);
    if (user.email) {
      const texts = TEXTS[user.locale][event.kind];
      await enqueueMessage(tx, { channel: 'email', recipient: user.email, subject: texts.title(event), body: texts.text(event) }, now);
    }
  }
  return users.length;
}
