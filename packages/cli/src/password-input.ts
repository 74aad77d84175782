// Reading a password for the CLI: typed on a terminal without echo, or read
// from stdin when it is not a terminal (a pipe, a secret file redirected in).
// Never from the command line, where it would stay in the shell's history
// and in every process listing.

/** Reads one line from a TTY without echoing it (raw mode; backspace works, Ctrl-C aborts). */
export function promptHidden(prompt: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string> {
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of typeof chunk === 'string' ? chunk : chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new Error('interrupted'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
    };
    output.write(prompt);
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}

/** Everything on stdin (a pipe or a redirected file), as UTF-8. */
export async function readAllStdin(input: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export type PasswordRead = { ok: true; password: string } | { ok: false; problem: 'empty' | 'mismatch' };

/**
 * The password from piped text: its first line (without the line ending).
 * A second non-empty line is taken as the confirmation and must match.
 */
export function passwordFromText(text: string): PasswordRead {
  const [first = '', second = ''] = text.split(/\r?\n/);
  if (first === '') return { ok: false, problem: 'empty' };
  if (second !== '' && second !== first) return { ok: false, problem: 'mismatch' };
  return { ok: true, password: first };
}

/** On a TTY: asked twice, without echo. Otherwise: read from stdin. */
export async function readNewPassword(): Promise<PasswordRead> {
  if (!process.stdin.isTTY) return passwordFromText(await readAllStdin());
  const first = await promptHidden('Құпиясөз / Пароль: ');
  if (first === '') return { ok: false, problem: 'empty' };
  const second = await promptHidden('Қайталаңыз / Повторите: ');
  return first === second ? { ok: true, password: first } : { ok: false, problem: 'mismatch' };
}
