import type { ChildProcess } from 'node:child_process';

/** A benchmark's server process stops its system once, on SIGTERM or SIGINT (or whatever else calls the returned function), and exits. */
export function stopOnSignals(system: { stop(): Promise<void> }): () => void {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    system.stop().then(() => process.exit(0), (error: unknown) => {
      process.stderr.write(`stop failed: ${String(error)}\n`);
      process.exit(1);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return stop;
}

/**
 * A benchmark's parent process, interrupted (SIGINT or SIGTERM, once), says
 * what it stops, runs its cleanup (child processes, the throwaway cluster,
 * the scratch directory) and exits 130.
 */
export function cleanUpOnInterrupt(what: string, cleanup: () => Promise<void>): void {
  const interrupted = () => {
    process.stderr.write(`interrupted: stopping ${what}\n`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
}

/** SIGTERM, then SIGKILL after 10 s; resolves when the process has exited. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
