/**
 * Personal data on the public verification page (law of RK on personal
 * data): enough to recognise a signer one already knows, not enough to
 * identify a stranger. "Ахметова Айгүл Нұрланқызы" → "А******а А. Н.";
 * IIN "880415400004" → "8804********".
 */
export function maskName(fullName: string | null): string | null {
  if (!fullName) return null;
  const [surname = '', ...rest] = fullName.trim().split(/\s+/);
  const chars = [...surname];
  const maskedSurname = chars.length <= 2 ? `${chars[0] ?? ''}*` : `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
  const initials = rest.map((part) => `${[...part][0] ?? ''}.`).join(' ');
  return initials ? `${maskedSurname} ${initials}` : maskedSurname;
}

export function maskIdentifier(value: string | null): string | null {
  return value ? `${value.slice(0, 4)}${'*'.repeat(Math.max(0, value.length - 4))}` : null;
}
