import type { DispatchReceipt } from '@oryndau/contracts';
import { renderPlainPdf } from '@oryndau/documents';
import { formatDate } from '@oryndau/kz';
import type { Locale } from '@oryndau/kz';

const LABELS = {
  kk: {
    title: 'Электрондық өтінішті сотқа жөнелту туралы талон', number: 'Талонның бірегей нөмірі',
    receivedAt: 'Түскен күні мен уақыты (сот орналасқан жердің уақытымен)', registrationDay: 'Тіркелетін күні',
    sender: 'Жіберуші', principal: 'Кімнің атынан (сенім білдіруші)', recipient: 'Алушы сот', service: 'Өтініш түрі', subject: 'Мәні',
    attachments: 'Қосымша құжаттар саны', iin: 'ЖСН', bin: 'БСН',
    note: 'Өтініш электрондық цифрлық қолтаңбамен қол қойылып, сотқа түсті. Сот кеңсесі оны бір жұмыс күні ішінде тіркейді.',
  },
  ru: {
    title: 'Талон о направлении электронного обращения в суд', number: 'Уникальный номер талона',
    receivedAt: 'Дата и время поступления (по времени места нахождения суда)', registrationDay: 'День регистрации',
    sender: 'Отправитель', principal: 'От имени (доверитель)', recipient: 'Суд-получатель', service: 'Вид обращения', subject: 'Предмет',
    attachments: 'Количество приложенных документов', iin: 'ИИН', bin: 'БИН',
    note: 'Обращение подписано электронной цифровой подписью и поступило в суд. Канцелярия суда зарегистрирует его в течение одного рабочего дня.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * FILE-7, ISSUE-14 item 6: the талон as a one-page PDF in Kazakh or Russian —
 * dates in the project's one format, no codes or identifiers except the
 * талон's number and the sender's IIN/BIN.
 */
export function dispatchReceiptPdf(receipt: DispatchReceipt, locale: Locale): Promise<Uint8Array> {
  const l = LABELS[locale];
  const person = (p: DispatchReceipt['sender']) => `${p.name}, ${p.kind === 'legal_entity' ? l.bin : l.iin} ${p.iinBin}`;
  const rows: [string, string][] = [
    [l.number, receipt.number],
    [l.receivedAt, receipt.receivedAtText[locale]],
    [l.registrationDay, formatDate(receipt.registrationDay, locale)],
    [l.sender, person(receipt.sender)],
    ...(receipt.principal ? [[l.principal, person(receipt.principal)] as [string, string]] : []),
    [l.recipient, receipt.court.name[locale]],
    [l.service, receipt.serviceName[locale]],
    [l.subject, receipt.title],
    [l.attachments, String(receipt.attachments)],
  ];
  return renderPlainPdf({ title: l.title, rows, note: l.note, date: new Date(receipt.receivedAt) });
}
