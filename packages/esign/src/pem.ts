import { fromBase64, toBase64 } from './bytes';

const PEM_RE = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

/** Every PEM block of the given label (any label when omitted), decoded. */
export function pemBlocks(text: string, label?: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const match of text.matchAll(PEM_RE)) {
    if (label === undefined || match[1] === label) out.push(fromBase64(match[2] ?? ''));
  }
  return out;
}

export function toPem(der: Uint8Array, label: string): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/**
 * Files arrive as PEM or DER (`.cer` from the NCA is DER, `.crt` PEM): a DER
 * structure starts with a SEQUENCE tag, a PEM file with text.
 */
export function derOrPem(bytes: Uint8Array, label: string): Uint8Array[] {
  if (bytes[0] === 0x30) return [bytes];
  const blocks = pemBlocks(new TextDecoder().decode(bytes), label);
  if (blocks.length === 0) throw new TypeError(`neither DER nor PEM "${label}"`);
  return blocks;
}
