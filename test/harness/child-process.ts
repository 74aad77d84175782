import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export type Child = {
  process: ChildProcess; lines: string[]; waitFor(line: string, timeoutMs?: number): Promise<void>; exited: Promise<number | null>;
  /** What the child wrote to stderr so far (for failure messages). */
  stderr(): string;
};

/** Starts a TypeScript script in its own Node process (via tsx). */
export function startChild(script: string, args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'UTC' },
  });
  const lines: string[] = [];
  const waiters: Array<{ line: string; resolve: () => void }> = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const waiter of waiters.filter((w) => w.line === line)) waiter.resolve();
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    process: child,
    lines,
    exited,
    stderr: () => stderr,
    waitFor(line, timeoutMs = 30_000) {
      if (lines.includes(line)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`child did not print "${line}" in ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
        waiters.push({ line, resolve: () => { clearTimeout(timer); resolve(); } });
        void exited.then((code) => { clearTimeout(timer); if (!lines.includes(line)) reject(new Error(`child exited ${code} before "${line}": ${stderr}`)); });
      });
    },
  };
}
