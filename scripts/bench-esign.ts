// `npm run bench:esign`: what the ЭЦП package costs next to the bare
// signature (issue 18). On one core (one loop, each call awaited before the
// next), per key type — RSA-2048 and GOST 34.10-2015 512 (keys:
// scripts/bench/esign-subjects.ts):
//   signPerSec       createSignedData: a detached CAdES-BES over an act
//   verifyPerSec     verifySignature: the whole ESIGN.md checklist (chain to
//                    the pinned anchor, CRLs of both CAs — given with every
//                    call, parsed and proven once and then remembered —,
//                    purpose, IIN binding, evidence); every verdict must be valid
//   rawSignPerSec    the bare primitive, key imported once: node:crypto for
//   rawVerifyPerSec  RSA; for GOST the project's own pure GOST 34.10 curve
//                    operation over a digest (WebCrypto and OpenSSL know no
//                    GOST): no hashing, no CMS
// measured in the same run, BENCH_ESIGN_ROUNDS (3) rounds of
// BENCH_ESIGN_SECONDS (2) per figure, interleaved; the best round counts.
// The figures are calls per second of the process's CPU time (one core's
// seconds, WebCrypto's worker threads and the GC included): on a shared
// machine wall-clock rates measure the neighbours; they are printed too.
// BENCH_ESIGN_CONTENT_BYTES (4096): the act's size.
//
// Targets: sign ≥ 50 % of raw sign; verify ≥ 25 % of two raw verifications
// (a verification checks the signer's signature and, once per CA, the
// chain's; 25 % leaves room for parsing and the checklist). Prints the
// figures, then as its LAST line one JSON object:
//   { "rsa": { signPerSec, verifyPerSec, rawSignPerSec, rawVerifyPerSec }, "gost": { … }, "ok": … }
// Exits 1 when a verification is not valid.
import { availableParallelism, loadavg } from 'node:os';
import { soloSnapshot, soloSplit } from './bench/cpu';
import { gostSubject, rsaSubject, type EsignSubject, type Operation } from './bench/esign-subjects';
import { knob } from './bench/knob';

const SECONDS = knob('BENCH_ESIGN_SECONDS', 2, 0.1);
const ROUNDS = Math.round(knob('BENCH_ESIGN_ROUNDS', 3, 1));
const CONTENT_BYTES = Math.round(knob('BENCH_ESIGN_CONTENT_BYTES', 4096, 1));
const SIGN_SHARE = 0.5;
const VERIFY_SHARE = 0.25;

const say = (line = '') => process.stdout.write(`${line}\n`);
const fmt = (value: number) => Math.round(value).toLocaleString('en');
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

type Figures = { signPerSec: number; verifyPerSec: number; rawSignPerSec: number; rawVerifyPerSec: number };
const METRICS = ['rawSignPerSec', 'signPerSec', 'rawVerifyPerSec', 'verifyPerSec'] as const;

type Rate = { cpu: number; wall: number };

/**
 * Calls of `op`, one at a time, for `seconds` after a short warm-up: per
 * second of this process's CPU time (all its threads — WebCrypto's workers
 * and the GC count too), and per second of wall-clock time. One call at a
 * time is one core; CPU time is what that core spent, whatever else the
 * shared machine was doing meanwhile.
 */
async function perSecond(op: Operation, seconds: number): Promise<Rate> {
  const warmUntil = performance.now() + Math.min(200, seconds * 250);
  while (performance.now() < warmUntil) await op();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const until = start + seconds * 1000;
  let calls = 0;
  let now = start;
  while (now < until) {
    await op();
    calls += 1;
    now = performance.now();
  }
  const used = process.cpuUsage(cpu);
  return { cpu: calls / ((used.user + used.system) / 1e6), wall: calls / ((now - start) / 1000) };
}

function act(bytes: number): Uint8Array {
  const line = new TextEncoder().encode('Сот актісі / Судебный акт: бенчмарк ЭЦП. ');
  const out = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i += 1) out[i] = line[i % line.length]!;
  return out;
}

async function checkValid(subject: EsignSubject): Promise<void> {
  const result = await subject.verify();
  if (!result.valid) {
    const failed = result.checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`);
    throw new Error(`${subject.label}: the verification is not valid — ${failed.join('; ')}`);
  }
}

async function measure(subject: EsignSubject, best: Figures, bestWall: Figures): Promise<void> {
  const ops: Record<(typeof METRICS)[number], Operation> = {
    rawSignPerSec: subject.rawSign, signPerSec: subject.sign, rawVerifyPerSec: subject.rawVerify,
    verifyPerSec: async () => {
      const result = await subject.verify();
      if (!result.valid) throw new Error(`${subject.label}: a verification during the run was not valid`);
    },
  };
  for (const metric of METRICS) {
    const rate = await perSecond(ops[metric], SECONDS);
    best[metric] = Math.max(best[metric], rate.cpu);
    bestWall[metric] = Math.max(bestWall[metric], rate.wall);
  }
}

function report(subject: EsignSubject, f: Figures, wall: Figures): { signOk: boolean; verifyOk: boolean } {
  const signShare = f.signPerSec / f.rawSignPerSec;
  const verifyShare = f.verifyPerSec / (f.rawVerifyPerSec / 2);
  say(`${subject.label}`);
  say(`  raw: ${subject.rawWhat}`);
  say(`  sign     ${fmt(f.signPerSec).padStart(8)}/s   raw ${fmt(f.rawSignPerSec).padStart(8)}/s   ${pct(signShare)} of raw (target ≥ ${pct(SIGN_SHARE)})`);
  say(`  verify   ${fmt(f.verifyPerSec).padStart(8)}/s   raw ${fmt(f.rawVerifyPerSec).padStart(8)}/s   ${pct(verifyShare)} of two raw verifications (target ≥ ${pct(VERIFY_SHARE)})`);
  say(`  wall clock (disturbed by the rest of the machine): sign ${fmt(wall.signPerSec)}/s, raw ${fmt(wall.rawSignPerSec)}/s; verify ${fmt(wall.verifyPerSec)}/s, raw ${fmt(wall.rawVerifyPerSec)}/s`);
  say(`  per call: sign ${(1000 / f.signPerSec).toFixed(3)} ms (raw ${(1000 / f.rawSignPerSec).toFixed(3)}), verify ${(1000 / f.verifyPerSec).toFixed(3)} ms (raw ${(1000 / f.rawVerifyPerSec).toFixed(3)})`);
  return { signOk: signShare >= SIGN_SHARE, verifyOk: verifyShare >= VERIFY_SHARE };
}

async function main(): Promise<number> {
  const content = act(CONTENT_BYTES);
  say(`bench:esign — ${ROUNDS} round(s) × ${SECONDS} s per figure, one call at a time on one core, per second of CPU time; act ${fmt(CONTENT_BYTES)} bytes, detached`);
  say(`machine: ${availableParallelism()} core(s), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (shared machines disturb the figures)`);
  const subjects = { rsa: await rsaSubject(content), gost: await gostSubject(content) };
  for (const subject of Object.values(subjects)) await checkValid(subject);
  const zero = (): Figures => ({ signPerSec: 0, verifyPerSec: 0, rawSignPerSec: 0, rawVerifyPerSec: 0 });
  const best = { rsa: zero(), gost: zero() };
  const bestWall = { rsa: zero(), gost: zero() };
  const before = soloSnapshot();
  for (let round = 1; round <= ROUNDS; round += 1) {
    const roundStart = soloSnapshot();
    await measure(subjects.rsa, best.rsa, bestWall.rsa);
    await measure(subjects.gost, best.gost, bestWall.gost);
    const cpu = soloSplit(roundStart, soloSnapshot());
    say(`round ${round}/${ROUNDS}: this process ${cpu.selfCores.toFixed(2)} core(s), everything else ${cpu.otherCores.toFixed(2)} core(s)`);
  }
  const cpu = soloSplit(before, soloSnapshot());
  say();
  const rsa = report(subjects.rsa, best.rsa, bestWall.rsa);
  const gost = report(subjects.gost, best.gost, bestWall.gost);
  const ok = rsa.signOk && rsa.verifyOk && gost.signOk && gost.verifyOk;
  say();
  say(`targets ${ok ? 'met' : 'NOT met'}: RSA sign ${rsa.signOk ? 'ok' : 'no'}, verify ${rsa.verifyOk ? 'ok' : 'no'}; GOST sign ${gost.signOk ? 'ok' : 'no'}, verify ${gost.verifyOk ? 'ok' : 'no'}`);
  const rounded = (f: Figures) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Math.round(v)])) as Figures;
  say(JSON.stringify({
    rsa: rounded(best.rsa), gost: rounded(best.gost), ok,
    targets: { signShareOfRawSign: SIGN_SHARE, verifyShareOfTwoRawVerifications: VERIFY_SHARE },
    run: { rounds: ROUNDS, secondsPerFigure: SECONDS, contentBytes: CONTENT_BYTES, cores: availableParallelism(), otherCores: Number(cpu.otherCores.toFixed(2)) },
  }));
  return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`bench:esign failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
