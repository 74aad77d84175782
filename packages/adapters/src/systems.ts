// The external systems reached over HTTP. E-mail is separate: it goes out
// over SMTP, not through a JSON contract.
export const SYSTEM_NAMES = [
  'erap',
  'mobile-citizens',
  'gbd-fl',
  'payments',
  'siopso',
  'court-system',
  'archive',
  'sms',
] as const;

export type SystemName = (typeof SYSTEM_NAMES)[number];

/** Every system an adapter talks to, e-mail included (used in errors). */
export type ExternalSystem = SystemName | 'email';

/** The base URL of each system when all of them are served by one simulator process. */
export function simulatorBaseUrls(simulatorUrl: string): Record<SystemName, string> {
  const root = simulatorUrl.replace(/\/+$/, '');
  const entries = SYSTEM_NAMES.map((name) => [name, `${root}/${name}`] as const);
  return Object.fromEntries(entries) as Record<SystemName, string>;
}
