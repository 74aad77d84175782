import { checkBailiffLoads, rebuildBailiffLoads } from '@oryndau/db';
import type { Command } from '../main';
import { DATABASE_HELP, openFromArgs, parseDatabaseArgs } from '../database-options';

const HELP = [
  'Usage: oryndau loads check [--database-url URL | --data-dir DIR] [--repair] [--json]',
  '',
  'ENF-12, issue 18 item 4: recounts the bailiffs\' load counters (open proceedings,',
  'decisions per day) from the proceedings and the decisions and names every one',
  'that differs. --repair then sets them all to the recount. A full scan: run it',
  'off-peak. Exit 0 consistent (or repaired), 1 differences found, 2 usage error.',
  '',
  DATABASE_HELP,
  '  --repair            set every counter to the recount when one differs',
  '  --json              print one JSON object instead of text',
].join('\n');

export const loadsCommand: Command = {
  summary: 'check (and repair) the bailiffs\' load counters',
  async run(args, out) {
    let parsed;
    try {
      parsed = parseDatabaseArgs(args, { repair: { type: 'boolean' }, json: { type: 'boolean' } });
    } catch (error) {
      out.error(`${(error as Error).message}\n\n${HELP}`);
      return 2;
    }
    if (parsed.values.help) {
      out.log(HELP);
      return 0;
    }
    if (parsed.positionals.join(' ') !== 'check') {
      out.error(HELP);
      return 2;
    }
    const db = await openFromArgs(parsed.values);
    try {
      const found = await checkBailiffLoads(db);
      const repaired = !found.ok && parsed.values.repair === true;
      if (repaired) await db.transaction((tx) => rebuildBailiffLoads(tx));
      if (parsed.values.json) {
        out.log(JSON.stringify({ ...found, repaired }));
      } else if (found.ok) {
        out.log('Bailiff load counters agree with a recount.');
      } else {
        for (const m of found.mismatches) {
          out.log(`${m.bailiffId} ${m.counter}${m.day ? ` ${m.day}` : ''}: kept ${m.kept}, recounted ${m.recounted}`);
        }
        out.log(`${found.mismatches.length} counter(s) differ${repaired ? '; all set to the recount' : ' (--repair sets them to the recount)'}.`);
      }
      return found.ok || repaired ? 0 : 1;
    } finally {
      await db.close();
    }
  },
};
