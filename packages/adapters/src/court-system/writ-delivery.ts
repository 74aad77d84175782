import { buildTextPdf } from '../sim/pdf';
import { encodeWritCard, type WritCard, type WritParty, type WritSubmission } from './writ';
import type { WritCardOverrides } from './writ-factory';

// How the courts' simulator delivers a signed writ to Oryndau's intake
// (ENF-11). Signing is injected: this package must not depend on
// @oryndau/esign, and the server signs with the dev PKI's demo keys.

export interface WritSigner {
  /** Detached CMS over `content` with the signing key of the person with this IIN. */
  sign(iin: string, content: Uint8Array): Promise<Uint8Array>;
}

export interface CourtWritDelivery {
  /** Our intake route; a function when the server's origin is known only after it listens. */
  intakeUrl: string | (() => string);
  token: string;
  signer: WritSigner;
}

/** Which part of the submission to damage after signing, so the intake's checks can be shown refusing it. */
export const WRIT_TAMPER_MODES = ['judge_signature', 'secretary_signature', 'court_act', 'writ_bytes'] as const;
export type WritTamper = (typeof WRIT_TAMPER_MODES)[number];

export interface SendWritRequest {
  readonly overrides?: WritCardOverrides;
  readonly tamper?: WritTamper;
  /** Sign with these people's keys instead of the card's judge/secretary (a wrong signer). */
  readonly signAs?: { readonly judge?: string; readonly secretary?: string };
}

export interface WritDeliveryResult {
  readonly card: WritCard;
  /** Our intake's HTTP status (200 registered, 4xx refused). */
  readonly status: number;
  /** Our intake's answer: JSON when it sent JSON, else the text. */
  readonly body: unknown;
}

export type SentWrit = WritDeliveryResult & { readonly sentAt: string };

/** The signed submission for a card, damaged afterwards when `tamper` asks. */
export async function signedWritSubmission(
  card: WritCard,
  signer: WritSigner,
  options: Pick<SendWritRequest, 'tamper' | 'signAs'> = {},
): Promise<WritSubmission> {
  const writ = encodeWritCard(card);
  const act = courtActPdf(card);
  const judgeIin = options.signAs?.judge ?? card.judge.iin;
  const secretaryIin = options.signAs?.secretary ?? card.secretary.iin;
  const [judge, secretary, actSignature] = await Promise.all([
    signer.sign(judgeIin, writ),
    signer.sign(secretaryIin, writ),
    signer.sign(judgeIin, act),
  ]);
  const tamper = options.tamper;
  return {
    writ: base64(tamper === 'writ_bytes' ? changeDigitAfter(writ, '"amount":"') : writ),
    signatures: {
      judge: base64(tamper === 'judge_signature' ? flipLastByte(judge) : judge),
      secretary: base64(tamper === 'secretary_signature' ? flipLastByte(secretary) : secretary),
    },
    courtAct: {
      mediaType: 'application/pdf',
      content: base64(tamper === 'court_act' ? changeDigitAfter(act, 'Case No. ') : act),
      signature: base64(actSignature),
    },
  };
}

/** The court act as a small PDF; the standard PDF fonts have no Cyrillic, so names are transliterated. */
export function courtActPdf(card: WritCard): Uint8Array {
  const party = (p: WritParty): string => `${transliterate(p.name)}, ${p.kind === 'individual' ? 'IIN' : 'BIN'} ${p.identifier}`;
  return buildTextPdf({
    title: 'Решение суда / Сот шешімі',
    lines: [
      'RESHENIE SUDA / SOT SHESHIMI (court decision)',
      `Court: ${transliterate(card.court.nameRu)} (${card.court.id})`,
      `Case No. ${card.caseNumber}`,
      `Writ No. ${card.writNumber} of ${card.issueDate}, in force since ${card.entryIntoForceDate}`,
      `Claim: ${transliterate(card.claimEssence)}`,
      `Amount: ${card.amount} ${card.currency}`,
      ...card.claimants.map((p) => `Claimant: ${party(p)}`),
      ...card.debtors.map((p) => `Debtor: ${party(p)}`),
      `Judge: ${transliterate(card.judge.fullName)}, IIN ${card.judge.iin}`,
      `Secretary: ${transliterate(card.secretary.fullName)}, IIN ${card.secretary.iin}`,
    ],
  });
}

/** POSTs the submission to the intake with the bearer token; network failures throw. */
export async function postWritSubmission(
  delivery: CourtWritDelivery,
  submission: WritSubmission,
  timeoutMs = 30_000,
): Promise<{ status: number; body: unknown }> {
  const url = typeof delivery.intakeUrl === 'function' ? delivery.intakeUrl() : delivery.intakeUrl;
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${delivery.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(submission),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): the text is what the court would log.
  }
  return { status: response.status, body };
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

// A flipped last byte of a DER CMS lands in the signature value, so the
// signature still parses and fails cryptographically — the realistic case.
function flipLastByte(bytes: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(bytes);
  const last = copy.length - 1;
  if (last < 0) throw new Error('cannot tamper with an empty signature');
  copy[last] = (copy[last] ?? 0) ^ 0xff;
  return copy;
}

// Changes the first digit after `marker` into its neighbour (0↔1, 2↔3 …):
// the bytes stay well-formed JSON / PDF, only the signed meaning changes —
// like an amount or a case number edited after the judge signed.
function changeDigitAfter(bytes: Uint8Array, marker: string): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const start = text.indexOf(marker);
  const offset = start < 0 ? -1 : new TextEncoder().encode(text.slice(0, start + marker.length)).length;
  const copy = Uint8Array.from(bytes);
  for (let i = Math.max(offset, 0); offset >= 0 && i < copy.length; i++) {
    const byte = copy[i] ?? 0;
    if (byte >= 0x30 && byte <= 0x39) {
      copy[i] = byte ^ 0x01;
      return copy;
    }
  }
  throw new Error(`cannot tamper: no digit after ${JSON.stringify(marker)}`);
}

const LATIN: Readonly<Record<string, string>> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', і: 'i',
  к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u',
  ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  '«': '"', '»': '"', '—': '-', '–': '-',
};

/** Cyrillic (Kazakh and Russian letters) to ASCII, so the act's lines are readable in a PDF without embedded fonts. */
function transliterate(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = LATIN[lower];
    if (latin === undefined) out += ch;
    else out += lower !== ch && latin.length > 0 ? latin[0]?.toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}
