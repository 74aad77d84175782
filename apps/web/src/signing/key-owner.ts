/** What a key may be used for: signing acts, or signing in (spec/ESIGN.md checklist 6). */
export type KeyPurpose = 'sign' | 'auth';

/** The certificate's owner, shown before anything is signed (SIG-2). */
export type KeyOwner = {
  fullName: string;
  iin: string | null;
  bin: string | null;
  organisation: string | null;
  validFrom: string;
  validUntil: string;
  purposes: KeyPurpose[];
  /** NCA roles from the certificate (first-head, sign-right, …). */
  roles: string[];
  issuer: string | null;
};

/** Why a loaded key does not fit the task, or null when it does. */
export function keyMismatch(owner: KeyOwner, purpose: KeyPurpose, now: number): 'purpose' | 'expired' | 'notYetValid' | null {
  if (Date.parse(owner.validUntil) < now) return 'expired';
  if (Date.parse(owner.validFrom) > now) return 'notYetValid';
  if (!owner.purposes.includes(purpose)) return 'purpose';
  return null;
}

/** ISSUE-13 item 9: who must sign — the signed-in person (the server checks the IIN again). */
export type ExpectedSigner = { iin: string; fullName: string };

/** The key was issued to someone else than the person signing (by IIN, as the server compares; a key without an IIN is nobody's). */
export function isSomeoneElsesKey(owner: Pick<KeyOwner, 'iin'>, expected: Pick<ExpectedSigner, 'iin'>): boolean {
  return owner.iin !== expected.iin;
}
