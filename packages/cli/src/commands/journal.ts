import { verifyJournal } from '@oryndau/db';
import type { Command } from '../main';
import { DATABASE_HELP, openFromArgs, parseDatabaseArgs } from '../database-options';

const HELP = [
  'Usage: oryndau journal verify [--database-url URL | --data-dir DIR] [--json]',
  '',
  'Walks the hash chain of the journal from its first entry and names the',
  'first entry that was changed, removed or cut off. Exit 0 intact, 1 broken.',
  '',
  DATABASE_HELP,
  '  --json              print one JSON object instead of text',
].join('\n');

export const journalCommand: Command = {
  summary: 'verify the tamper-evident journal (journal verify)',
  async run(args, out) {
    let parsed;
    try {
      parsed = parseDatabaseArgs(args, { json: { type: 'boolean' } });
    } catch (error) {
      out.error(`${(error as Error).message}\n\n${HELP}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      out.log(HELP);
      return 0;
    }
    if (positionals[0] !== 'verify' || positionals.length > 1) {
      out.error(HELP);
      return 2;
    }
    const db = await openFromArgs(values);
    try {
      const result = await verifyJournal(db);
      if (values.json) out.log(JSON.stringify(result));
      else if (result.ok) out.log(`Journal intact: ${result.checked} entries, last #${result.lastSeq} ${result.lastHash}`);
      else out.log(`Journal BROKEN at entry #${result.firstBroken.seq} (${result.firstBroken.reason}); ${result.checked} entries before it verified.`);
      return result.ok ? 0 : 1;
    } finally {
      await db.close();
    }
  },
};
