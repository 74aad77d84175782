import { adminCommand } from './commands/admin';
import { archiveCommand } from './commands/archive';
import { esignCommand } from './commands/esign';
import { journalCommand } from './commands/journal';
import { loadsCommand } from './commands/loads';
import { migrateCommand } from './commands/migrate';

export type Command = { summary: string; run(args: string[], out: Output): Promise<number> };
export type Output = { log(text: string): void; error(text: string): void };

const commands: Record<string, Command> = {
  admin: adminCommand,
  archive: archiveCommand,
  esign: esignCommand,
  journal: journalCommand,
  loads: loadsCommand,
  migrate: migrateCommand,
};

const usage = () => [
  'Usage: oryndau <command> [options]',
  '',
  'Commands:',
  ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
  '',
  'Run `oryndau <command> --help` for the options of a command.',
].join('\n');

/** Exit codes: 0 success, 1 the check failed, 2 usage error. */
export async function main(argv: string[], out: Output = { log: console.log, error: console.error }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out.log(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    out.error(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  return command.run(rest, out);
}
