// ISSUE-13 item 3 (X-1): what a person reads carries no technical strings.
// A pure scan of visible text for identifier-like tokens — code names
// (snake_case, camelCase, dotted codes such as `auth.login`), ISO dates and
// timestamps, IANA zone names (`Asia/Almaty`), raw amounts with a currency
// code (`1058000.00 KZT`) and raw JSON. What people legitimately read is left
// alone: kk/ru words, case numbers (`2-5840/2026`), IINs and BINs, dates as
// ДД.ММ.ГГГГ, e-mail addresses, URLs and domain names (`ory.kz`).

// Removed before the scan: legitimately shown, and full of dots and slashes.
const URL = /\b(?:https?|ftp):\/\/[^\s<>"')\]]+/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// A host name with a real top-level domain: `ory.kz`, `egov.kz`, `www.gov.kz`.
const DOMAIN = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:kz|қаз|ru|com|org|net|gov|edu|io|рф)\b/giu;

/** The patterns; each match is one token. Order does not matter: tokens are deduplicated by position. */
const PATTERNS: readonly RegExp[] = [
  // ISO 8601 date or date-time: 2026-12-03, 2026-12-03 14:21:48, 2026-12-03T09:21:48.000Z
  /(?<![\p{N}\p{L}-])\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\p{N}-])/gu,
  // IANA zone names: Asia/Almaty, Europe/Moscow, Etc/UTC
  /\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?/g,
  // An amount as a machine writes it with a currency code: 1058000.00 KZT, KZT 1058000.00
  /(?<![\p{N}])\d+(?:[.,]\d+)?\s?(?:KZT|USD|EUR|RUB)\b|\b(?:KZT|USD|EUR|RUB)\s?\d+(?:[.,]\d+)?/gu,
  // Dotted codes: auth.login, enforcement.act_generated, enf12.citizens
  /(?<![\p{L}\p{N}_.@/-])[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])/gu,
  // snake_case: court_system, writ_of_execution
  /(?<![\p{L}\p{N}_.@/-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\p{L}\p{N}_@/-])/gu,
  // camelCase: returnToClaimant, vdefault (no), registrationNumber
  /(?<![\p{L}\p{N}_.@/-])[a-z]+(?:[A-Z][a-z0-9]+)+(?![\p{L}\p{N}_@/-])/gu,
  // Raw JSON: {"from":"registered"} or [{"code":
  /[{[]\s*"[^"\n]{1,60}"\s*:/g,
];

function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (whole) => ' '.repeat(whole.length));
}

/** The identifier-like tokens in a visible text, in order of appearance, each once. */
export function findIdentifierTokens(text: string): string[] {
  let scan = blank(blank(blank(text, URL), EMAIL), DOMAIN);
  const found: { at: number; token: string }[] = [];
  for (const pattern of PATTERNS) {
    for (const match of scan.matchAll(new RegExp(pattern.source, pattern.flags))) {
      found.push({ at: match.index, token: match[0] });
    }
    // A matched stretch is not scanned again by a later pattern (a timestamp is one token, not three).
    scan = blank(scan, new RegExp(pattern.source, pattern.flags));
  }
  const seen = new Set<string>();
  return found.sort((a, b) => a.at - b.at).map((f) => f.token.trim()).filter((token) => (seen.has(token) ? false : (seen.add(token), true)));
}
