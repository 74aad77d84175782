import { randomUUID } from 'node:crypto';
import { findStoredIntakeOutcomes } from '@oryndau/db';
import { DomainError, ErrorCode, simplified } from '@oryndau/domain';
import { isValidBin, isValidIin } from '@oryndau/kz';
import { isInputDataError } from '../http/errors';
import { parseFineItem, type ErapFineInput } from './fine-input';
import type { IntakeDeps } from './intake-deps';
import { prepareInitiation, storeInitiations, type PreparedInitiation } from './intake-initiation';
import { routeToOrdinary } from './intake-ordinary';
import { reasonOfEligibility, reasonOfError, refused, storedOutcome, type IntakeOutcome } from './intake-outcome';
import { lookupPhones } from './intake-phones';

export type { IntakeDeps } from './intake-deps';

/**
 * Fines of one call are taken in by chunks of this many (issue 18 item 3):
 * one look-up of their phones, one transaction for their initiations. Large
 * enough that a round trip serves many fines; small enough that a chunk's
 * transaction is short and several chunks overlap (one seals while another
 * waits on the phone base or the database).
 */
export const INTAKE_CHUNK = 100;
/** How many chunks of one call are in flight at once. */
export const INTAKE_CHUNK_CONCURRENCY = 3;

type Pending = { index: number; fine: ErapFineInput };
type Answers = Map<number, IntakeOutcome>;

/** An ordinary-path fine (its own transaction): as before, a lost race answers the winner's outcome, a bad value refuses it alone. */
async function takeOrdinary(deps: IntakeDeps, fine: ErapFineInput, run: () => Promise<IntakeOutcome>): Promise<IntakeOutcome> {
  try {
    return await run();
  } catch (error) {
    return settleFailure(deps, fine, error);
  }
}

/** A fine whose storing failed: the stored outcome when another delivery won, else refused with its reason; an unexpected failure is thrown. */
async function settleFailure(deps: IntakeDeps, fine: ErapFineInput, error: unknown): Promise<IntakeOutcome> {
  const again = await storedOutcome(deps.db, fine.erapFineId);
  if (again) return again;
  if (error instanceof DomainError) return refused(fine.erapFineId, [reasonOfError(error)]);
  // A value of this fine PostgreSQL cannot hold (its transaction rolled back): this fine is refused, the batch goes on.
  if (isInputDataError(error)) return refused(fine.erapFineId, [reasonOfError(new DomainError(ErrorCode.validation))]);
  throw error;
}

/**
 * The initiations of a chunk, stored together. Should the batch's
 * transaction fail on one fine's value (or lose every retry), each fine is
 * stored alone, so that fine alone is refused and the others are taken in.
 */
async function storeChunk(deps: IntakeDeps, list: readonly { index: number; prepared: PreparedInitiation }[], now: Date, answers: Answers) {
  if (list.length === 0) return;
  const byId = new Map(list.map((p) => [p.prepared.fine.erapFineId, p.index]));
  try {
    const { stored, taken } = await storeInitiations(deps, list.map((p) => p.prepared), now);
    for (const p of stored) answers.set(byId.get(p.fine.erapFineId)!, { ...p.outcome, replay: false });
    const winners = await findStoredIntakeOutcomes(deps.db, taken);
    for (const id of taken) {
      const winner = winners.get(id);
      answers.set(byId.get(id)!, winner ? { ...winner, replay: true } : refused(id, [reasonOfError(new DomainError(ErrorCode.concurrentUpdate))]));
    }
  } catch (error) {
    if (!(error instanceof DomainError) && !isInputDataError(error)) throw error;
    if (list.length === 1) {
      answers.set(list[0]!.index, await settleFailure(deps, list[0]!.prepared.fine, error));
      return;
    }
    for (const one of list) await storeChunk(deps, [one], now, answers);
  }
}

/** SIMP-1, SIMP-2 for a chunk of distinct, well-formed fines. */
async function intakeChunk(deps: IntakeDeps, chunk: readonly Pending[], answers: Answers): Promise<void> {
  const earlier = await findStoredIntakeOutcomes(deps.db, chunk.map((p) => p.fine.erapFineId));
  // One instant for the chunk: its fines arrived together.
  const now = deps.clock.now();
  const open: (Pending & { eligibility: simplified.Eligibility; command: ReturnType<typeof simplified.intakeCommand> })[] = [];
  for (const p of chunk) {
    const stored = earlier.get(p.fine.erapFineId);
    if (stored) {
      answers.set(p.index, { ...stored, replay: true });
      continue;
    }
    const eligibility = simplified.checkEligibility(p.fine, deps.settings);
    if (!isValidIin(p.fine.debtorIin) && !isValidBin(p.fine.debtorIin)) {
      // Neither the simplified nor the ordinary path can act against an identifier nobody has.
      answers.set(p.index, refused(p.fine.erapFineId, eligibility.eligible ? []
        : eligibility.reasons.filter((r) => r.code === simplified.IneligibilityCode.debtorIdInvalid).map(reasonOfEligibility)));
      continue;
    }
    open.push({ ...p, eligibility, command: simplified.intakeCommand(eligibility, undefined) });
  }
  const phones = await lookupPhones(deps, open.filter((o) => o.command === 'lookup_phone').map((o) => o.fine.debtorIin));
  const initiations: { index: number; prepared: PreparedInitiation }[] = [];
  const ordinary: { index: number; run: () => Promise<IntakeOutcome>; fine: ErapFineInput }[] = [];
  for (const o of open) {
    try {
      let { command } = o;
      if (command === 'lookup_phone') {
        const phone = phones.get(o.fine.debtorIin);
        if (phone instanceof DomainError) throw phone;
        command = simplified.intakeCommand(o.eligibility, phone ?? null);
      }
      if (command === 'lookup_phone') throw new Error('phone lookup did not settle the command');
      const received = simplified.receivedCase({ id: randomUUID(), erapFineId: o.fine.erapFineId, amountTiyn: o.fine.amountTiyn,
        territoryKato: o.fine.territoryKato, receivedAt: now });
      const decision = simplified.decide(received, command, now);
      if (!decision.ok) {
        answers.set(o.index, refused(o.fine.erapFineId, [reasonOfError(decision.error)]));
      } else if (command.action === 'initiate') {
        initiations.push({ index: o.index, prepared: await prepareInitiation(deps, o.fine, decision, now) });
      } else if (command.action === 'routeToOrdinary') {
        const { cause } = command;
        ordinary.push({ index: o.index, fine: o.fine, run: () => routeToOrdinary(deps, o.fine, decision, cause, o.eligibility, now) });
      } else {
        throw new Error(`unexpected intake command ${command.action}`);
      }
    } catch (error) {
      // Refused before anything was stored (no phone answer, a seal that does not verify): this fine only.
      if (!(error instanceof DomainError)) throw error;
      answers.set(o.index, refused(o.fine.erapFineId, [reasonOfError(error)]));
    }
  }
  await storeChunk(deps, initiations, now, answers);
  for (const o of ordinary) answers.set(o.index, await takeOrdinary(deps, o.fine, o.run));
}

/**
 * SIMP-1, SIMP-2: a batch from ЕРАП, answered in the order of its items. Each
 * fine keeps its own outcome: a malformed or invalid fine is refused with its
 * reasons and nothing of it is stored (ЕРАП may send it again); a known ЕРАП
 * id — earlier, in a concurrent call, or twice in this one — is answered with
 * its stored outcome. The work is shared by the batch (issue 18 item 3):
 * chunks of INTAKE_CHUNK fines, one phone look-up and one transaction of
 * multi-row writes each, INTAKE_CHUNK_CONCURRENCY chunks at a time. A chunk
 * that fails unexpectedly (the database is gone) stops the batch — no further
 * chunk is started — and the error is thrown once the chunks in flight have
 * settled; fines already taken in stay taken in (their transaction committed
 * whole or not at all), and ЕРАП's resend gets their stored outcomes.
 */
export async function intakeFines(deps: IntakeDeps, items: readonly unknown[], chunkSize = INTAKE_CHUNK): Promise<IntakeOutcome[]> {
  const answers: Answers = new Map();
  const firstIndex = new Map<string, number>();
  const copies: [number, number][] = [];
  const pending: Pending[] = [];
  items.forEach((raw, index) => {
    const parsed = parseFineItem(raw);
    if (!parsed.ok) {
      answers.set(index, refused(parsed.erapFineId, [reasonOfError(new DomainError(ErrorCode.validation, { fields: parsed.fields }))]));
      return;
    }
    const first = firstIndex.get(parsed.fine.erapFineId);
    if (first !== undefined) copies.push([index, first]);
    else {
      firstIndex.set(parsed.fine.erapFineId, index);
      pending.push({ index, fine: parsed.fine });
    }
  });
  const chunks: Pending[][] = [];
  for (let start = 0; start < pending.length; start += chunkSize) chunks.push(pending.slice(start, start + chunkSize));
  let next = 0;
  let failure: { error: unknown } | null = null;
  const lane = async () => {
    while (!failure && next < chunks.length) {
      const chunk = chunks[next++]!;
      try {
        await intakeChunk(deps, chunk, answers);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(INTAKE_CHUNK_CONCURRENCY, chunks.length)) }, lane));
  if (failure) throw (failure as { error: unknown }).error;
  // The same fine twice in one call: the later copy is answered as a resend of the first.
  for (const [index, first] of copies) {
    const outcome = answers.get(first)!;
    answers.set(index, outcome.outcome === 'refused' ? outcome : { ...outcome, replay: true });
  }
  return items.map((_, index) => answers.get(index)!);
}

/** SIMP-1, SIMP-2: one fine (the dev page's "new fine"): a batch of one. */
export async function intakeFine(deps: IntakeDeps, raw: unknown): Promise<IntakeOutcome> {
  return (await intakeFines(deps, [raw]))[0]!;
}
