// Public API of @oryndau/documents: resolution templates (kk/ru) and their
// rendering to the PDF that is signed and stored.
export type { Locale, LocalizedText, ResolutionTemplate, TemplateCategory, TemplateKind } from './templates';
export { DEFAULT_TEMPLATES, templateByCode } from './catalog';
export {
  MISSING_VALUE, TEMPLATE_PLACEHOLDERS, TemplateTextError, fillTemplate, validateTemplateText,
  type TemplatePlaceholder, type TemplateTextErrorCode, type TemplateTextProblem, type TemplateTextValidation,
} from './placeholders';
export { pdfDateOf, renderResolutionPdf, type RenderOptions, type ResolutionPdfInput } from './render-pdf';
export { attachProof, readProof, visibleFingerprint, type FoundFile, type ProofFile, type ProofMetadata, type ReadProof } from './hybrid-pdf';
export {
  ATTACHMENT_EXTENSIONS, ATTACHMENT_KINDS, ATTACHMENT_MEDIA_TYPES, DEFAULT_ATTACHMENT_MAX_BYTES, extensionOf, recogniseAttachment,
  type AttachmentKind, type AttachmentProblem, type AttachmentRecognition, type RecogniseOptions,
} from './attachments';
export { checkAttachments, type AttachmentFile, type AttachmentsCheck } from './attachments';
export { renderPlainPdf, type PlainPdfInput } from './plain-pdf';
export { renderLicensingResultPdf, type LicensingResultPdfInput } from './licensing-pdf';
export { COURT_ACT_STAMP_SPACE, renderCourtActPdf, type CourtActPdfInput } from './court-act-pdf';
export { stampLegalForce, type LegalForceStampInput } from './legal-force-stamp';
export { renderArchivePaperCopy, type ArchiveCopyInput } from './archive-copy';
export { enpSampleFileName, enpSampleHeading, renderEnpSamplePdf, type EnpSampleId, type SampleLanguage } from './enp-samples';
export { ENP_CARD_HEIGHT_PT, ENP_CARD_WIDTH_PT, renderEnpCard, type EnpCardInput } from './enp-card';
