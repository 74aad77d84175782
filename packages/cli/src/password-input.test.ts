import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { passwordFromText, promptHidden } from './password-input';

/** A stand-in terminal: records raw mode and everything written to it. */
function fakeTty() {
  const input = Object.assign(new PassThrough(), { rawModes: [] as boolean[], isTTY: true,
    setRawMode(mode: boolean) { this.rawModes.push(mode); return this; } });
  let written = '';
  const output = Object.assign(new PassThrough(), { write: (text: string) => { written += text; return true; } });
  return { input, output, written: () => written };
}

describe('issue 11 item 2: the password of `oryndau admin create` is typed without echo or read from stdin (X-3)', () => {
  it('X-3: on a terminal nothing typed is echoed; backspace edits; raw mode is restored', async () => {
    const tty = fakeTty();
    const answer = promptHidden('Пароль: ', tty.input as unknown as NodeJS.ReadStream, tty.output as unknown as NodeJS.WriteStream);
    tty.input.write('Secretx\u007f-pass 42\r');
    expect(await answer).toBe('Secret-pass 42');
    expect(tty.written()).toBe('Пароль: \n');
    expect(tty.input.rawModes).toEqual([true, false]);
  });

  it('X-3: Ctrl-C aborts', async () => {
    const tty = fakeTty();
    const answer = promptHidden('Пароль: ', tty.input as unknown as NodeJS.ReadStream, tty.output as unknown as NodeJS.WriteStream);
    tty.input.write('abc\u0003');
    await expect(answer).rejects.toThrow('interrupted');
  });

  it('X-3: from stdin: the first line; a second line must repeat it; empty is refused', () => {
    expect(passwordFromText('Secret-pass 42\n')).toEqual({ ok: true, password: 'Secret-pass 42' });
    expect(passwordFromText('Secret-pass 42\r\nSecret-pass 42\r\n')).toEqual({ ok: true, password: 'Secret-pass 42' });
    expect(passwordFromText('Secret-pass 42')).toEqual({ ok: true, password: 'Secret-pass 42' });
    expect(passwordFromText('Secret-pass 42\nother\n')).toEqual({ ok: false, problem: 'mismatch' });
    expect(passwordFromText('\n')).toEqual({ ok: false, problem: 'empty' });
    expect(passwordFromText('')).toEqual({ ok: false, problem: 'empty' });
  });
});
