import type { SignerDescription } from '@oryndau/contracts';
import { findUserByIin, organisationNamesByBin, type Sql } from '@oryndau/db';
import type { SystemOrganisation } from '@oryndau/domain';
import { maskName } from './mask';

/**
 * Issue 13 item 2: who signed, as the public verification page says it —
 * never a bare masked name. A key issued to the system organisation's BIN
 * with no IIN is "the system seal of <organisation>"; another
 * organisation's key names the organisation; a person's key names the
 * person (masked: personal data law), their organisation and their roles
 * in the system when they are a user of it.
 */
export async function describeSigner(sql: Sql, signer: { iin: string | null; bin: string | null; name: string | null }, system: SystemOrganisation)
  : Promise<SignerDescription> {
  const byBin = signer.bin ? (signer.bin === system.bin ? system.name : await organisationNamesByBin(sql, signer.bin)) : null;
  if (!signer.iin) {
    if (signer.bin && signer.bin === system.bin) return { kind: 'system_seal', organisation: system.name, roles: [], name: null };
    // An organisation's own key: its name is public (the certificate's name when the organisation is not registered here).
    return { kind: 'organisation', organisation: byBin ?? (signer.name ? { kk: signer.name, ru: signer.name } : null), roles: [], name: null };
  }
  const user = await findUserByIin(sql, signer.iin);
  const organisation = byBin ?? user?.organisation?.name ?? null;
  return { kind: signer.bin ? 'employee' : 'person', organisation, roles: user?.roles ?? [], name: maskName(signer.name ?? user?.fullName ?? null) };
}
