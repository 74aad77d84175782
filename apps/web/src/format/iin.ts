/**
 * The client-side shape check of an IIN (ЖСН/ИИН): exactly 12 digits. The
 * checksum is the server's business (packages/kz); here we only stop typos
 * early with a message in the user's language.
 */
export function isTwelveDigits(value: string): boolean {
  return /^\d{12}$/.test(value);
}
