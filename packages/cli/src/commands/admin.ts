import { randomUUID } from 'node:crypto';
import {
  ensureSystemOrganisation, hashPassword, insertUser, isUniqueViolation, migrate, userExists,
} from '@oryndau/db';
import { DEV_SYSTEM_ORGANISATION_BIN, PASSWORD_PROBLEM_TEXT, passwordProblems } from '@oryndau/domain';
import { isValidBin, isValidIin } from '@oryndau/kz';
import type { Command, Output } from '../main';
import { DATABASE_HELP, openFromArgs, parseDatabaseArgs } from '../database-options';
import { readNewPassword, type PasswordRead } from '../password-input';

const HELP = [
  'Usage: oryndau admin create --iin IIN --name "FULL NAME" [--locale kk|ru] [--email ADDRESS] [--phone +7XXXXXXXXXX]',
  '                            [--database-url URL | --data-dir DIR]',
  '',
  'Creates an administrator of the system organisation — in production the first',
  'administrator (production never seeds the demo one). The password is typed',
  'twice without echo on a terminal, or read from stdin when it is not one',
  '(its first line; a second line, if any, must repeat it):',
  '  printf "%s\\n" "$ADMIN_PASSWORD" | npx oryndau admin create --iin … --name …',
  'It is never taken from the command line. At least 12 characters, a letter and a',
  'digit, not the IIN, not a common word. Migrates the database and creates the',
  'system organisation (BIN: $SYSTEM_ORGANISATION_BIN) if the server has not yet.',
  'Exit 0 created, 1 refused (IIN taken, password policy), 2 usage error.',
  '',
  '  --iin IIN           12-digit IIN with a valid check digit',
  '  --name NAME         full name as in the identity document',
  '  --locale L          kk (default) or ru: the language of the interface and messages',
  '  --email ADDRESS     optional e-mail',
  '  --phone PHONE       optional phone, +7 and 10 digits',
  DATABASE_HELP,
  '  Environment: PASSWORD_HASH_LOG2N (scrypt cost, as the server: default 17).',
].join('\n');

/** kk then ru: an operator reads either. */
const both = (kk: string, ru: string) => `${kk}\n${ru}`;

const PASSWORD_ON_ARGV = both(
  'Құпиясөз командалық жолда қабылданбайды (ол қабықша тарихында және процестер тізімінде қалады): оны сұрағанда теріңіз немесе stdin арқылы беріңіз.',
  'Пароль не принимается в командной строке (он остался бы в истории оболочки и в списке процессов): введите его по запросу или передайте через stdin.',
);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Anything that looks like a password option, in any spelling; checked before parsing so it is never echoed back. */
const passwordOption = (arg: string) => /^--?(password|passwd|pass|pw|p)(=|$)/i.test(arg);

function passwordReadProblem(read: Exclude<PasswordRead, { ok: true }>): string {
  return read.problem === 'mismatch'
    ? both('Құпиясөздер сәйкес келмейді.', 'Пароли не совпадают.')
    : both('Құпиясөз берілмеді.', 'Пароль не введён.');
}

function refuse(out: Output, text: string, code: 1 | 2): number {
  out.error(text);
  return code;
}

async function create(args: string[], out: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseDatabaseArgs(args, { iin: { type: 'string' }, name: { type: 'string' }, locale: { type: 'string' }, email: { type: 'string' },
      phone: { type: 'string' } });
  } catch (error) {
    return refuse(out, `${(error as Error).message}\n\n${HELP}`, 2);
  }
  const { values, positionals } = parsed;
  // Only `create` itself: a stray word could be a password typed as an argument (and is not echoed).
  if (positionals.length > 1) return refuse(out, both('Артық аргумент берілді.', 'Лишний аргумент в командной строке.'), 2);
  const iin = typeof values.iin === 'string' ? values.iin : '';
  const name = typeof values.name === 'string' ? values.name.trim().replace(/\s+/g, ' ') : '';
  const locale = typeof values.locale === 'string' ? values.locale : 'kk';
  const email = typeof values.email === 'string' ? values.email : null;
  const phone = typeof values.phone === 'string' ? values.phone : null;
  if (!iin || !name) return refuse(out, `--iin and --name are required\n\n${HELP}`, 2);
  if (!isValidIin(iin)) return refuse(out, both(`ЖСН ${iin} жарамсыз: 12 цифр және дұрыс бақылау саны қажет.`, `ИИН ${iin} неверен: нужны 12 цифр и верная контрольная цифра.`), 2);
  if (name.length > 200 || CONTROL.test(name)) return refuse(out, both('Аты-жөні жарамсыз.', 'ФИО указано неверно.'), 2);
  if (locale !== 'kk' && locale !== 'ru') return refuse(out, '--locale must be kk or ru', 2);
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return refuse(out, both('Электрондық пошта мекенжайы жарамсыз.', 'Неверный адрес электронной почты.'), 2);
  if (phone !== null && !/^\+7\d{10}$/.test(phone)) return refuse(out, both('Телефон +7 және 10 цифр түрінде болуы керек.', 'Телефон должен иметь вид +7 и 10 цифр.'), 2);
  const log2N = Number(process.env.PASSWORD_HASH_LOG2N ?? 17);
  if (!Number.isInteger(log2N) || log2N < 10 || log2N > 20) return refuse(out, 'PASSWORD_HASH_LOG2N must be an integer from 10 to 20', 2);
  const systemBin = process.env.SYSTEM_ORGANISATION_BIN || DEV_SYSTEM_ORGANISATION_BIN;
  if (!isValidBin(systemBin)) return refuse(out, 'SYSTEM_ORGANISATION_BIN is not a valid BIN', 2);

  const read = await readNewPassword();
  if (!read.ok) return refuse(out, passwordReadProblem(read), 1);
  const problems = passwordProblems(read.password, { iin });
  if (problems.length > 0) {
    return refuse(out, [both('Құпиясөз саясатқа сай емес:', 'Пароль не соответствует требованиям:'),
      ...problems.map((p) => `  - ${both(PASSWORD_PROBLEM_TEXT[p].kk, PASSWORD_PROBLEM_TEXT[p].ru).replace('\n', '\n    ')}`)].join('\n'), 1);
  }

  const db = await openFromArgs(values);
  try {
    await migrate(db);
    const taken = both(`ЖСН ${iin} бар пайдаланушыға тиесілі; жаңасы құрылмады.`, `ИИН ${iin} уже принадлежит пользователю; новый не создан.`);
    if (await userExists(db, iin)) return refuse(out, taken, 1);
    const passwordHash = await hashPassword(read.password, log2N);
    const now = new Date();
    const id = randomUUID();
    try {
      await db.transaction(async (tx) => {
        const { organisation } = await ensureSystemOrganisation(tx, systemBin, now, { reconcileBin: false });
        await insertUser(tx, { id, iin, fullName: name, email, phone, organisationId: organisation.id, locale, passwordHash, roles: ['admin'] }, now);
        tx.journal({ at: now, actor: { userId: null, iin: null, role: 'system', requestId: null }, action: 'user.create', objectType: 'user', objectId: id, details: { iin, roles: ['admin'], organisationId: organisation.id, via: 'cli' } });
      });
    } catch (error) {
      if (isUniqueViolation(error)) return refuse(out, taken, 1);
      throw error;
    }
    out.log(both(`Әкімші құрылды: ЖСН ${iin}, ${name}, «system» ұйымы. Енді ЖСН және құпиясөзбен кіре алады.`,
      `Администратор создан: ИИН ${iin}, ${name}, организация «system». Теперь он может войти по ИИН и паролю.`));
    return 0;
  } finally {
    await db.close();
  }
}

export const adminCommand: Command = {
  summary: 'administrators: create the first one (admin create)',
  async run(args, out) {
    if (args.some(passwordOption)) return refuse(out, PASSWORD_ON_ARGV, 2);
    if (args.includes('--help') || args.includes('-h')) {
      out.log(HELP);
      return 0;
    }
    if (args[0] !== 'create') return refuse(out, HELP, 2);
    return create(args, out);
  },
};
