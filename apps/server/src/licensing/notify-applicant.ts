import type { LicensingApplicationRecord, Tx } from '@oryndau/db';
import { enqueueMessage } from '@oryndau/db';
import { licensing } from '@oryndau/domain';

export type ApplicantNews = 'issued' | 'refused' | 'returned';

const SUBJECT: Record<ApplicantNews, { kk: string; ru: string }> = {
  issued: { kk: 'Жеке сот орындаушысының лицензиясы берілді', ru: 'Выдана лицензия частного судебного исполнителя' },
  refused: { kk: 'Лицензия беруден бас тартылды', ru: 'Отказано в выдаче лицензии' },
  returned: { kk: 'Өтініш түзетуге қайтарылды', ru: 'Заявление возвращено на доработку' },
};

const BODY: Record<ApplicantNews, { kk: string; ru: string }> = {
  issued: { kk: 'Лицензияны «Менің өтініштерім» бөлімінен PDF түрінде жүктеп алуға болады.',
    ru: 'Лицензию можно скачать в PDF в разделе «Мои заявления».' },
  refused: { kk: 'Бас тарту себептері «Менің өтініштерім» бөлімінде көрсетілген.', ru: 'Причины отказа указаны в разделе «Мои заявления».' },
  returned: { kk: 'Нені түзету керектігі «Менің өтініштерім» бөлімінде көрсетілген. Түзетіп, қайта жіберіңіз.',
    ru: 'Что нужно исправить, указано в разделе «Мои заявления». Исправьте и отправьте повторно.' },
};

/** LIC-4, X-4: the applicant is told by e-mail (kk and ru, the chosen language first) through the outbox, sent after commit. */
export async function notifyApplicant(tx: Tx, a: LicensingApplicationRecord, news: ApplicantNews, now: Date): Promise<void> {
  if (!a.email) return;
  const order = a.language === 'kk' ? (['kk', 'ru'] as const) : (['ru', 'kk'] as const);
  const service = licensing.LICENSING_SERVICE_TEXTS[a.service];
  const text = order.map((l) => `${SUBJECT[news][l]}: ${service[l]}, № ${a.number ?? ''}.\n${BODY[news][l]}`).join('\n\n');
  await enqueueMessage(tx, { channel: 'email', recipient: a.email, subject: `${SUBJECT[news][order[0]]} / ${SUBJECT[news][order[1]]}`, body: text }, now);
}
