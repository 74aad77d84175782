import { SYSTEM_NAMES, type SystemName } from './systems';

export interface AdaptersConfig {
  /** Base URL per system, e.g. `{ erap: 'https://erap.gov.kz/api' }`; a missing one fails as `unavailable`. */
  readonly baseUrls: Partial<Record<SystemName, string>>;
  /** `smtp://user:pass@host:port`; without it e-mail goes to the dev outbox. */
  readonly smtpUrl?: string;
  readonly emailFrom?: string;
  /** Per request, connect to last byte. Default 10 000 ms. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  /** Where the dev e-mail outbox logs; default console.info. */
  readonly log?: (line: string) => void;
}

/**
 * Reads the adapters' configuration from the environment: `ERAP_URL`,
 * `MOBILE_CITIZENS_URL`, `GBD_FL_URL`, `PAYMENTS_URL`, `SIOPSO_URL`,
 * `COURT_SYSTEM_URL`, `ARCHIVE_URL`, `SMS_URL`, `SMTP_URL`, `EMAIL_FROM`,
 * `ADAPTER_TIMEOUT_MS`. Systems without a URL are left for the caller to
 * point at the simulators.
 */
export function adaptersConfigFromEnv(env: Readonly<Record<string, string | undefined>>): AdaptersConfig {
  const baseUrls: Partial<Record<SystemName, string>> = {};
  for (const system of SYSTEM_NAMES) {
    const value = env[`${system.toUpperCase().replace(/-/g, '_')}_URL`];
    if (value) baseUrls[system] = value;
  }
  const timeout = Number(env.ADAPTER_TIMEOUT_MS);
  return {
    baseUrls,
    ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    ...(env.EMAIL_FROM ? { emailFrom: env.EMAIL_FROM } : {}),
    ...(Number.isFinite(timeout) && timeout > 0 ? { timeoutMs: timeout } : {}),
  };
}
