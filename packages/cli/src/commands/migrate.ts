import { migrate } from '@oryndau/db';
import type { Command } from '../main';
import { DATABASE_HELP, openFromArgs, parseDatabaseArgs } from '../database-options';

const HELP = ['Usage: oryndau migrate [--database-url URL | --data-dir DIR]', '', 'Applies pending SQL migrations.', '', DATABASE_HELP].join('\n');

export const migrateCommand: Command = {
  summary: 'apply pending database migrations',
  async run(args, out) {
    let parsed;
    try {
      parsed = parseDatabaseArgs(args);
    } catch (error) {
      out.error(`${(error as Error).message}\n\n${HELP}`);
      return 2;
    }
    if (parsed.values.help) {
      out.log(HELP);
      return 0;
    }
    const db = await openFromArgs(parsed.values);
    try {
      const applied = await migrate(db);
      out.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
      return 0;
    } finally {
      await db.close();
    }
  },
};
