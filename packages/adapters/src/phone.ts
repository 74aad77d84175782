// Kazakhstan mobile numbers are written many ways (8 701…, +7(701)…, 7701…).
// Adapters speak one display form, `+7 7xx xxx xx xx`, and send the
// E.164 digits to gateways, so a lookup result can be passed to the SMS port
// unchanged.

// Mobile codes are 70x, 74x–77x; 71x/72x are landline area codes (7172 Astana, 727 Almaty).
const KZ_MOBILE = /^7(7[04-7]\d)(\d{3})(\d{2})(\d{2})$/;

/** `+7 701 234 56 78` for any common spelling of a Kazakh mobile number, else null. */
export function formatKzMobile(raw: string): string | null {
  let digits = raw.replace(/[^\d]/g, '');
  if (digits.length === 11 && digits.startsWith('8')) digits = `7${digits.slice(1)}`;
  if (digits.length === 10 && digits.startsWith('7')) digits = `7${digits}`;
  const m = KZ_MOBILE.exec(digits);
  return m ? `+7 ${m[1]} ${m[2]} ${m[3]} ${m[4]}` : null;
}

/** `+77012345678` (E.164) for any common spelling, else null. */
export function e164KzMobile(raw: string): string | null {
  const formatted = formatKzMobile(raw);
  return formatted === null ? null : formatted.replace(/ /g, '');
}
