import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@oryndau/db';
import type { Database } from '@oryndau/db';

export const DATABASE_HELP = [
  '  --database-url URL  PostgreSQL server (default: $DATABASE_URL)',
  '  --data-dir DIR      embedded database directory when no URL is given (default: $DATA_DIR or ./data);',
  '                      stop the server first — PGlite admits one process at a time',
].join('\n');

export type ParsedArgs = { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };

export function parseDatabaseArgs(args: string[], extra: Record<string, { type: 'boolean' | 'string'; multiple?: boolean }> = {}): ParsedArgs {
  return parseArgs({
    args,
    options: { 'database-url': { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...extra },
    allowPositionals: true,
    strict: true,
  });
}

export function openFromArgs(values: { 'database-url'?: string | boolean | undefined; 'data-dir'?: string | boolean | undefined }): Promise<Database> {
  const databaseUrl = typeof values['database-url'] === 'string' ? values['database-url'] : process.env.DATABASE_URL;
  const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : process.env.DATA_DIR ?? './data';
  return openDatabase({ databaseUrl, dataDir: join(resolve(dataDir), 'pglite') });
}
