/**
 * SHA-256 in the browser, hex. WebCrypto where the page is a secure context;
 * elsewhere (plain http on a LAN address) a small pure implementation,
 * loaded only then. The bytes never leave the browser either way.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  let digest: Uint8Array;
  if (subtle !== undefined) {
    digest = new Uint8Array(await subtle.digest('SHA-256', bytes.slice().buffer));
  } else {
    const { sha256 } = await import('@noble/hashes/sha2.js');
    digest = sha256(bytes);
  }
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hashes compare case-insensitively; the server may write hex in either case. */
export function sameHash(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
