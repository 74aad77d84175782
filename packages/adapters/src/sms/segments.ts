// How a gateway counts billable parts. Any character outside the GSM 03.38
// basic set (every Cyrillic letter, Kazakh ә ғ қ ң ө ұ ү һ і included) forces
// UCS-2: 70 characters in one part, 67 per part when split.

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€';

export function smsSegments(text: string): number {
  const chars = [...text];
  if (chars.every((c) => GSM_BASIC.includes(c) || GSM_EXTENDED.includes(c))) {
    const units = chars.reduce((n, c) => n + (GSM_EXTENDED.includes(c) ? 2 : 1), 0);
    return units <= 160 ? 1 : Math.ceil(units / 153);
  }
  // UCS-2 counts UTF-16 code units (an emoji takes two).
  return text.length <= 70 ? 1 : Math.ceil(text.length / 67);
}
