import { randomUUID } from 'node:crypto';
import type { GbdFlPort, Person } from '@oryndau/adapters';
import { isAdapterError } from '@oryndau/adapters';
import type { Database, JournalActor, SessionActingFor } from '@oryndau/db';
import { insertUser, isUniqueViolation, recordJournal, userExists } from '@oryndau/db';
import {
  DomainError, ErrorCode, PASSWORD_PROBLEM_TEXT, assertChallengeUsable, certificateIdentity, passwordProblems,
} from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import type { Locale } from '@oryndau/kz';
import { validateIin } from '@oryndau/kz';
import { lockChallenge, markChallengeUsed } from '../signing/challenges';
import type { SignatureVerifier } from '../signing/verifier';
import { hashPassword } from './password';
import { createSession } from './sessions';
import type { SessionPolicy } from './sessions';
import { findUserByIin, toView } from './users';
import type { UserView } from './users';

// FILE-3, X-3 (ISSUE-14 item 2): a new applicant opens a «Сот кабинеті»
// account — with IIN and password, or with ЭЦП — and is signed in at once as
// a citizen. ГБД ФЛ confirms the person and gives the name; the browser never
// names anyone. Every outcome is journalled; the password never is.

export type RegisterDeps = {
  db: Database;
  clock: Clock;
  passwordLog2N: number;
  session: SessionPolicy;
  verify: SignatureVerifier;
  /** The ГБД ФЛ adapter (throws DomainError external.unavailable when there is none). */
  gbdFl: () => GbdFlPort;
};

type Client = { ip: string; userAgent: string | null; requestId: string };

export type PasswordRegistration = Client & { iin: string; email: string; password: string; locale: Locale };
export type EsignRegistration = Client & { challengeId: string; cms: Uint8Array; email: string; locale: Locale };

export type Registered = { token: string; user: UserView };

/** "Surname Name Patronymic", as the demo data and the other workspaces write a person's name. */
export const fullNameOf = (person: Person): string => [person.surname, person.name, person.patronymic].filter(Boolean).join(' ');

const anonymousActor = (client: Client, iin: string | null): JournalActor =>
  ({ userId: null, iin, role: null, requestId: client.requestId, address: client.ip });

async function refuse(deps: RegisterDeps, client: Client, iin: string | null, method: 'password' | 'esign', reason: string): Promise<void> {
  await recordJournal(deps.db, { at: deps.clock.now(), actor: anonymousActor(client, iin), action: 'auth.register_refused',
    objectType: 'user', objectId: null, details: { ip: client.ip, method, reason } });
}

/** ГБД ФЛ's person with this IIN; an unknown IIN is a refusal (journalled), an unreachable ГБД ФЛ a 503. */
async function confirmedPerson(deps: RegisterDeps, client: Client, iin: string, method: 'password' | 'esign'): Promise<Person> {
  try {
    return await deps.gbdFl().getPersonByIin(iin);
  } catch (error) {
    if (isAdapterError(error) && error.code === 'not_found') {
      await refuse(deps, client, iin, method, 'person_not_found');
      throw new DomainError(ErrorCode.personNotFound);
    }
    if (error instanceof DomainError) throw error;
    throw new DomainError(ErrorCode.externalUnavailable, { system: 'gbd-fl' });
  }
}

/** The account, its first session and the journal entry — one transaction; a lost race for the IIN is a 409. */
async function openAccount(
  deps: RegisterDeps, client: Client,
  account: { iin: string; fullName: string; email: string; locale: Locale; passwordHash: string | null },
  method: 'password' | 'esign', actingFor: SessionActingFor | null, extra: Record<string, unknown>,
): Promise<Registered> {
  const now = deps.clock.now();
  const id = randomUUID();
  try {
    const token = await deps.db.transaction(async (tx) => {
      await insertUser(tx, { id, iin: account.iin, fullName: account.fullName, email: account.email, phone: null, organisationId: null,
        locale: account.locale, passwordHash: account.passwordHash, roles: ['citizen'] }, now);
      const created = await createSession(tx, id, now, deps.session, { ip: client.ip, userAgent: client.userAgent }, actingFor);
      tx.journal({
        at: now, actor: { userId: id, iin: account.iin, role: 'citizen', requestId: client.requestId, address: client.ip },
        action: 'auth.registered', objectType: 'user', objectId: id,
        details: { ip: client.ip, method, locale: account.locale, representing: actingFor ? { bin: actingFor.bin, firstHead: actingFor.firstHead } : null, ...extra },
      });
      return created;
    });
    const user = await findUserByIin(deps.db, account.iin);
    if (!user) throw new DomainError(ErrorCode.internal);
    return { token, user: toView(user, actingFor) };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await refuse(deps, client, account.iin, method, 'already_registered');
    throw new DomainError(ErrorCode.alreadyRegistered);
  }
}

/**
 * FILE-3 (b): IIN (check digit), e-mail and a password under the password
 * policy; ГБД ФЛ must know the IIN and gives the name.
 */
export async function registerWithPassword(deps: RegisterDeps, input: PasswordRegistration): Promise<Registered> {
  if (!validateIin(input.iin).ok) throw new DomainError(ErrorCode.invalidIin);
  const problems = passwordProblems(input.password, { iin: input.iin });
  if (problems.length > 0) {
    throw new DomainError(ErrorCode.weakPassword, { reasons: problems.map((code) => ({ code, ...PASSWORD_PROBLEM_TEXT[code] })) });
  }
  if (await userExists(deps.db, input.iin)) {
    await refuse(deps, input, input.iin, 'password', 'already_registered');
    throw new DomainError(ErrorCode.alreadyRegistered);
  }
  const person = await confirmedPerson(deps, input, input.iin, 'password');
  const passwordHash = await hashPassword(input.password, deps.passwordLog2N);
  return openAccount(deps, input, { iin: input.iin, fullName: fullNameOf(person), email: input.email, locale: input.locale, passwordHash },
    'password', null, {});
}

/**
 * FILE-3 (a): the same proof as ЭЦП sign-in — a fresh single-use nonce
 * signed with an authentication key. The verified certificate decides the
 * IIN and, for a legal entity's certificate, the organisation the person
 * acts for (BIN, name, first head); ГБД ФЛ confirms the person and gives the
 * name. No password: the account signs in with ЭЦП.
 */
export async function registerWithEsign(deps: RegisterDeps, input: EsignRegistration): Promise<Registered> {
  const now = deps.clock.now();
  const challenge = await deps.db.transaction(async (tx) => {
    const locked = assertChallengeUsable(await lockChallenge(tx, input.challengeId), { purpose: 'sign_in' }, now);
    await markChallengeUsed(tx, locked.id, now);
    return locked;
  });
  const outcome = await deps.verify({ cms: input.cms, content: new TextEncoder().encode(challenge.nonce), purpose: 'auth', at: now });
  const identity = outcome.signer
    ? certificateIdentity({ iin: outcome.signer.iin, bin: outcome.signer.bin, name: outcome.signer.name,
        organization: outcome.signer.organization ?? null, roles: outcome.signer.roles })
    : { iin: null, representing: null };
  if (!outcome.valid || !identity.iin) {
    await refuse(deps, input, identity.iin, 'esign', outcome.valid ? 'no_iin' : 'signature_invalid');
    throw new DomainError(ErrorCode.signatureInvalid, { reasons: outcome.reasons });
  }
  const { iin, representing } = identity;
  if (await userExists(deps.db, iin)) {
    await refuse(deps, input, iin, 'esign', 'already_registered');
    throw new DomainError(ErrorCode.alreadyRegistered);
  }
  const person = await confirmedPerson(deps, input, iin, 'esign');
  const actingFor: SessionActingFor | null = representing
    ? { bin: representing.bin, organisationName: representing.organisationName, firstHead: representing.firstHead, roles: representing.roles }
    : null;
  return openAccount(deps, input, { iin, fullName: fullNameOf(person), email: input.email, locale: input.locale, passwordHash: null },
    'esign', actingFor, { certificateIin: iin, algorithm: outcome.signer?.algorithm ?? null });
}
