import { z } from 'zod';
import { localizedSchema } from './errors';
import { enpAccessSchema, enpDocumentId, enpParticipantCategorySchema, enpStaffDocumentSchema } from './enp';

// ENP-10: old cases of the archive system ИС «ЭАСД» on the ЭНП portal — the
// court office's side (staff session), by the package's archive id: the
// case as ЭАСД describes it with its scans and their blocks, the accesses,
// issuing a password (POST …/accesses with enpIssueAccessBody, answered with
// enpIssueAccessResponse), blocking a scan (…/block, …/unblock with
// enpBlockBody). The participant's side is the portal's usual
// /api/enp/case: a password opens either a court case or an ЭАСД case.

export const enpEasdParams = z.object({ archiveId: z.string().min(1).max(200).regex(/^[A-Za-z0-9._:-]+$/, 'archive id') });
export const enpEasdBlockParams = enpEasdParams.extend({ documentId: enpDocumentId });

/** GET /api/enp/office/easd/:archiveId — the ЭАСД case for the office's ЭНП section. */
export const enpEasdCaseResponse = z.object({
  archiveId: z.string(),
  caseNumber: z.string(),
  court: localizedSchema,
  formName: localizedSchema,
  registeredOn: z.string().nullable(),
  /** The participants ЭАСД names (with IIN: staff only), for the application's form. */
  participants: z.array(z.object({ iin: z.string(), name: z.string(), category: enpParticipantCategorySchema, categoryName: localizedSchema })),
  /** Its scans as the portal names them (easd:…), oldest first, with the open block. */
  documents: z.array(enpStaffDocumentSchema),
  accesses: z.array(enpAccessSchema),
});
export type EnpEasdCaseResponse = z.infer<typeof enpEasdCaseResponse>;
