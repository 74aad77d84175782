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
