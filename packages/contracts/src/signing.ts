import { z } from 'zod';
import { binary, localizedSchema } from './errors';
import { base64, idParams, uuid } from './validation';

// Signing (ЭЦП): documents, challenges, signatures and ЭЦП sign-in (routes/signing.ts).

/** A detached or attached CMS, base64. */
export const cmsField = base64(2_000_000, 16);

/** GET /api/documents/:id/content: the exact bytes to sign. */
export const documentContentParams = idParams;
/**
 * `for=reading`: a person's reading copy — while an act awaits its signature,
 * its draft rendering (marked «ЖОБА»/«ПРОЕКТ», no «signed with ЭЦП» footer);
 * otherwise the exact bytes. Without it: always the exact bytes to sign.
 */
export const documentContentQuery = z.object({ for: z.enum(['reading']).optional() });
export const documentContentResponse = binary(['application/pdf', 'application/vnd.oryndau.act+json', 'text/plain'],
  'The document\'s exact bytes, in its own media type (a PDF for acts)');

/** POST /api/documents/:id/signing */
export const documentChallengeSchema = z.object({
  challengeId: z.string(), documentId: z.string(), contentHash: z.string(), startedAt: z.string(), expiresAt: z.string(),
});

/** POST /api/signing/:challengeId/signature */
export const signatureParams = z.object({ challengeId: uuid });
export const signatureBody = z.object({ cms: cmsField });
export const signatureAcceptedSchema = z.object({ signatureId: z.string(), documentId: z.string() });

/** POST /api/auth/esign/challenge */
export const signInChallengeSchema = z.object({ challengeId: z.string(), nonce: z.string(), expiresAt: z.string() });
/** POST /api/auth/esign (answers `userResponse`) */
export const esignSignInBody = z.object({ challengeId: uuid, cms: cmsField });

/** POST /api/dev/sample-document */
export const sampleDocumentSchema = z.object({ documentId: z.string(), title: localizedSchema, contentHash: z.string() });

export type DocumentChallenge = z.infer<typeof documentChallengeSchema>;
export type SignatureAccepted = z.infer<typeof signatureAcceptedSchema>;
export type SignInChallenge = z.infer<typeof signInChallengeSchema>;
export type SampleDocument = z.infer<typeof sampleDocumentSchema>;
