import type { SignerDescription } from './pdf-check.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * Issue 13 item 2: who signed, as a citizen reads it — "the system seal of
 * the Ministry of Justice", an organisation's key, or a person (masked) with
 * their organisation — and their roles in the system, in words.
 */
export function signerWords(who: SignerDescription, language: 'kk' | 'ru', t: T): { who: string; roles: string | null } {
  const organisation = who.organisation ? who.organisation[language] : t('verifyFile.who.unknownOrganisation');
  const name = who.name ?? '—';
  const line = who.kind === 'system_seal' ? t('verifyFile.who.systemSeal', { organisation })
    : who.kind === 'organisation' ? t('verifyFile.who.organisation', { organisation })
      : who.organisation ? t('verifyFile.who.employee', { name, organisation }) : t('verifyFile.who.person', { name });
  const roles = who.roles.map((role) => t(`role.${role}`)).join(', ');
  return { who: line, roles: roles ? t('verifyFile.who.roles', { roles }) : null };
}
