import { useCallback, useEffect, useRef, useState } from 'react';
import { localDeadline, remainingMs } from './countdown.ts';
import type { KeyPurpose } from './key-owner.ts';
import { needsRestart, toSigningProblem } from './signing-problem.ts';
import type { SigningProblem } from './signing-problem.ts';

/** What the server asked to be signed. `data` is the exact bytes; the key signs them in this browser. */
export type PreparedChallenge = { id: string; data: Uint8Array; startedAt: string | null; expiresAt: string };

/** One use of the signing dialog: an act (SIG-2/SIG-3) or a sign-in. */
export type SigningTask = {
  purpose: KeyPurpose;
  /** The CMS carries the data (sign-in) or not (acts: the server holds the document). */
  attached: boolean;
  /** Acts: the challenge starts when the dialog opens and the countdown runs; sign-in: at the moment of signing. */
  startOnOpen: boolean;
  start: () => Promise<PreparedChallenge>;
  /** Sends the CMS (base64). Throws ApiError when the server refuses it. */
  submit: (cms: string, challenge: PreparedChallenge) => Promise<void>;
};

export type SigningPhase =
  | { name: 'idle' }
  | { name: 'preparing' }
  | { name: 'ready'; challenge: PreparedChallenge; deadline: number }
  | { name: 'expired' }
  | { name: 'failed' }
  | { name: 'done' };

export type SignVia = 'file' | 'ncalayer';
export type MakeCms = (data: Uint8Array, attached: boolean) => Promise<string>;

export function useSigningFlow(task: SigningTask, onDone: () => void) {
  const [phase, setPhaseState] = useState<SigningPhase>(task.startOnOpen ? { name: 'preparing' } : { name: 'idle' });
  const [problem, setProblem] = useState<SigningProblem | null>(null);
  const [busy, setBusy] = useState<SignVia | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const phaseRef = useRef(phase);
  const setPhase = useCallback((next: SigningPhase) => {
    phaseRef.current = next;
    setPhaseState(next);
  }, []);

  const prepare = useCallback(async () => {
    setPhase({ name: 'preparing' });
    setProblem(null);
    try {
      const challenge = await task.start();
      const ready = { name: 'ready', challenge, deadline: localDeadline(challenge, Date.now()) } as const;
      setNow(Date.now());
      setPhase(ready);
      return ready;
    } catch (error) {
      setProblem(toSigningProblem(error));
      setPhase({ name: 'failed' });
      return null;
    }
  }, [task, setPhase]);

  useEffect(() => {
    if (task.startOnOpen) void prepare();
    // Once per opening of the dialog (it is mounted afresh each time).
  }, []);

  const ticking = phase.name === 'ready' && task.startOnOpen;
  useEffect(() => {
    if (!ticking) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [ticking]);

  const remaining = phase.name === 'ready' && task.startOnOpen ? remainingMs(phase.deadline, now) : null;
  useEffect(() => {
    // Time is up: signing is not offered any more (the server would refuse it too).
    if (remaining === 0 && busy === null) setPhase({ name: 'expired' });
  }, [remaining, busy, setPhase]);

  const sign = useCallback(async (via: SignVia, makeCms: MakeCms) => {
    setProblem(null);
    setBusy(via);
    try {
      const current = phaseRef.current;
      const ready = current.name === 'ready' ? current : await prepare();
      if (ready === null) return;
      const cms = await makeCms(ready.challenge.data, task.attached);
      await task.submit(cms, ready.challenge);
      setPhase({ name: 'done' });
      onDone();
    } catch (error) {
      const found = toSigningProblem(error);
      setProblem(found);
      if (found.kind === 'api' && found.error.code === 'signing.challenge_expired') setPhase({ name: 'expired' });
      else if (needsRestart(found) || !task.startOnOpen) setPhase(task.startOnOpen ? { name: 'failed' } : { name: 'idle' });
    } finally {
      setBusy(null);
    }
  }, [prepare, task, onDone, setPhase]);

  const restart = useCallback(() => {
    void prepare();
  }, [prepare]);

  return { phase, problem, busy, remaining, sign, restart };
}
