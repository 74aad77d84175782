import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChannelSender, SignedTreeHead, Sql } from '@oryndau/db';
import { enqueueMessage } from '@oryndau/db';
import type { JournalWitness } from '../config';

// Issue 12 item 3: every signed tree head also goes, through the outbox (so a
// crash loses none and a witness that is down gets it later), to each
// witness of JOURNAL_WITNESSES. Whoever keeps these copies can later prove
// that the log was cut or forked (`oryndau journal verify --against`).

export const JOURNAL_WITNESS_CHANNEL = 'journal-witness';

/** The file a directory witness keeps a head in. */
export const witnessFileName = (treeSize: number) => `tree-head-${String(treeSize).padStart(12, '0')}.json`;

/** Queues the head for every witness, in the sealing transaction. */
export async function enqueueTreeHead(tx: Sql, witnesses: readonly JournalWitness[], head: SignedTreeHead): Promise<void> {
  const now = new Date(head.timestamp);
  const json = `${JSON.stringify(head, null, 2)}\n`;
  for (const witness of witnesses) {
    if (witness.kind === 'email') {
      await enqueueMessage(tx, {
        channel: 'email', recipient: witness.address,
        subject: `Oryndau журналы / журнал Oryndau: ${head.treeSize}`,
        body: [
          `Oryndau журналының қол қойылған басы: ${head.treeSize} жазба. Тіркелген файлды сақтаңыз: ол журналдың кейін қысқартылмағанын және өзгертілмегенін дәлелдейді.`,
          '',
          `Подписанная вершина журнала Oryndau: ${head.treeSize} записей. Сохраните вложенный файл: он доказывает, что журнал позже не был укорочен или переписан.`,
        ].join('\n'),
        payload: { attachments: [{ filename: witnessFileName(head.treeSize), contentType: 'application/json',
          contentBase64: Buffer.from(json, 'utf8').toString('base64') }] },
      }, now);
    } else {
      await enqueueMessage(tx, {
        channel: JOURNAL_WITNESS_CHANNEL, recipient: witness.kind === 'http' ? witness.url : witness.path, body: json,
        payload: { kind: witness.kind, head },
      }, now);
    }
  }
}

/** Delivers a queued head to an HTTP witness (POST, JSON; any 2xx is a receipt) or writes it into a directory atomically. */
export const journalWitnessSender: ChannelSender = async (message) => {
  const head = message.payload.head as SignedTreeHead;
  if (message.payload.kind === 'http') {
    const response = await fetch(message.recipient, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(head), signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`witness ${new URL(message.recipient).host} answered ${response.status}`);
    return { externalId: null };
  }
  await mkdir(message.recipient, { recursive: true });
  const target = join(message.recipient, witnessFileName(head.treeSize));
  const temporary = `${target}.${message.id}.tmp`;
  await writeFile(temporary, message.body, { mode: 0o644 });
  await rename(temporary, target);
  return { externalId: null };
};
