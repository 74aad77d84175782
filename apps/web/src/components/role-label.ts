import type { TFunction } from 'i18next';
import { roles } from '../api/types.ts';
import type { Role } from '../api/types.ts';

export function isRole(value: unknown): value is Role {
  return (roles as readonly unknown[]).includes(value);
}

/** The role's name in the current language; unknown codes are shown as they are. */
export function roleLabel(t: TFunction, role: string): string {
  if (role === 'system') return t('journal.system');
  return isRole(role) ? t(`role.${role}`) : role;
}
