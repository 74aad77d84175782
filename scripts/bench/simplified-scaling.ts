// Issue 18 item 6 for bench:simplified: the whole run is made twice, in
// child processes of the bench script — with 1 server process, then with
// BENCH_PROCESSES — and the scaling factor (intake and expiry rates, the
// second over the first) is printed; the last line is the second run's JSON
// (its keys unchanged) with `scalingFactor` and `scaling` added.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Issue 18 item 6: this script again with 1 and with `most` server processes; the runs' output passes through. */
export async function simplifiedScalingRuns(script: string, most: number, say: (line?: string) => void): Promise<number> {
  const counts = [1, Math.max(2, most)];
  const results: Record<string, unknown>[] = [];
  for (const processes of counts) {
    say(`=== bench:simplified with ${processes} server process(es) ===`);
    const lines: string[] = [];
    const child = spawn(process.execPath, [...process.execArgv, script], {
      stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BENCH_PROCESSES: String(processes), BENCH_SCALING_CHILD: 'true' },
    });
    const forward = () => child.kill('SIGTERM');
    process.once('SIGTERM', forward);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      say(line);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    process.off('SIGTERM', forward);
    const last = lines.at(-1) ?? '';
    if (!last.startsWith('{')) {
      process.stderr.write(`bench:simplified with ${processes} process(es) failed (exit ${code}) before its figures\n`);
      return code || 1;
    }
    results.push(JSON.parse(last) as Record<string, unknown>);
  }
  const [one, many] = results as [Record<string, unknown>, Record<string, unknown>];
  const ratio = (key: string) => {
    const a = Number(one[key]);
    const b = Number(many[key]);
    return one[key] === null || many[key] === null || !(a > 0) ? null : round(b / a);
  };
  const factors = { intake: ratio('intakePerSec'), expiry: ratio('expiriesPerSec') };
  const pick = (r: Record<string, unknown>) => ({ intakePerSec: r.intakePerSec, expiriesPerSec: r.expiriesPerSec, rawSignPerSecOneCore: r.rawSignPerSecOneCore, ok: r.ok });
  say('');
  say(`scaling (${counts[1]} processes / 1): intake ×${factors.intake ?? '–'}, expiry ×${factors.expiry ?? '–'}`
    + ` (1 process: ${String(one.intakePerSec)} fines/s, ${String(one.expiriesPerSec)} expiries/s; ${counts[1]}: ${String(many.intakePerSec)}, ${String(many.expiriesPerSec)})`);
  say(JSON.stringify({
    ...many, scalingFactor: factors.intake, scaling: { processes1: pick(one), [`processes${counts[1]}`]: pick(many), factors },
    ok: one.ok === true && many.ok === true,
  }));
  return one.ok === true && many.ok === true ? 0 : 1;
}

