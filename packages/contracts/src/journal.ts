import { z } from 'zod';
import { iin, integer, isoDateTime, text } from './validation';

// The journal (routes/journal.ts): the administrators' browser, and the
// public side of the verifiable log (issue 12, docs/journal.md) — signed tree
// heads, inclusion and consistency proofs (RFC 9162 §2.1).

const MAX = Number.MAX_SAFE_INTEGER;
/** A SHA-256 value, lowercase hex. */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'sha256');

/** GET /api/journal */
export const journalQuery = z.object({
  /** Who acted (IIN). */
  actor: iin.optional(),
  /** The person concerned: who acted or whose personal data was read or changed (IIN). */
  person: iin.optional(),
  action: text(100).optional(),
  objectType: text(100).optional(),
  objectId: text(200).optional(),
  from: isoDateTime().optional(),
  to: isoDateTime().optional(),
  before: integer(1, MAX).optional(),
  limit: integer(1, 200).default(50),
});

export const journalEntrySchema = z.object({
  seq: z.number().int(), at: z.string(), actorIin: z.string().nullable(), actorName: z.string().nullable(),
  role: z.string().nullable(), organisation: z.string().nullable(), address: z.string().nullable(),
  subjectIin: z.string().nullable(), action: z.string(), objectType: z.string(), objectId: z.string().nullable(),
  requestId: z.string().nullable(), details: z.unknown(),
  /** The entry's position in the Merkle tree; null until the sealer has sealed it (normally within seconds). */
  leafIndex: z.number().int().nullable(),
});

export const journalResponse = z.object({ entries: z.array(journalEntrySchema), nextBefore: z.number().int().nullable() });

/**
 * A signed tree head. The signature is a detached CMS (base64) by the system
 * organisation's key over the UTF-8 bytes of the canonical JSON (keys sorted,
 * no spaces) of `{ log, rootHash, timestamp, treeSize }`.
 */
export const signedTreeHeadSchema = z.object({
  log: z.string(), treeSize: z.number().int().min(0), rootHash: sha256Hex, timestamp: z.string(), signature: z.string(),
});

/** GET /api/journal/tree-heads/:size */
export const treeHeadParams = z.object({ size: integer(0, MAX) });

/** GET /api/journal/entries/:id/proof */
export const entryProofParams = z.object({ id: integer(1, MAX) });
export const entryProofQuery = z.object({ treeSize: integer(1, MAX).optional() });

/**
 * An inclusion proof. `entry` is the leaf's canonical bytes (UTF-8 JSON; the
 * personal fields enter it only as a salted hash, so it names no one):
 * `leafHash` = SHA-256(0x00 ‖ entry), and the audit path leads from it to
 * `treeHead.rootHash`.
 */
export const inclusionProofSchema = z.object({
  entryId: z.number().int(), leafIndex: z.number().int(), treeSize: z.number().int(), entry: z.string(), leafHash: sha256Hex,
  auditPath: z.array(sha256Hex), treeHead: signedTreeHeadSchema,
});

/** GET /api/journal/consistency?from=M&to=N */
export const consistencyQuery = z.object({ from: integer(0, MAX), to: integer(1, MAX) });
export const consistencyProofSchema = z.object({
  from: z.number().int(), to: z.number().int(), proof: z.array(sha256Hex),
  /** The signed heads of those sizes, when the log signed one of exactly that size. */
  fromHead: signedTreeHeadSchema.nullable(), toHead: signedTreeHeadSchema.nullable(),
});

/** GET /api/journal/my-views: who read or changed the signed-in person's data (ENP-11). */
export const myViewsQuery = z.object({ before: integer(1, MAX).optional(), limit: integer(1, 200).default(50) });
export const myViewSchema = z.object({
  seq: z.number().int(), at: z.string(), action: z.string(), role: z.string().nullable(), organisation: z.string().nullable(),
  objectType: z.string(),
});
export const myViewsResponse = z.object({ entries: z.array(myViewSchema), nextBefore: z.number().int().nullable() });

export type JournalEntry = z.infer<typeof journalEntrySchema>;
export type JournalPage = z.infer<typeof journalResponse>;
/** The query as the web sends it (the server coerces the numbers from the query string). */
export type JournalQuery = Omit<z.input<typeof journalQuery>, 'before' | 'limit'> & { before?: number; limit?: number };
export type SignedTreeHead = z.infer<typeof signedTreeHeadSchema>;
export type InclusionProof = z.infer<typeof inclusionProofSchema>;
export type ConsistencyProof = z.infer<typeof consistencyProofSchema>;
export type MyView = z.infer<typeof myViewSchema>;
