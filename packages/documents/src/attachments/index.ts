// Attachments of court filings (issue 14 item 4, FILE-1, FILE-5): recognised by content.
export {
  ATTACHMENT_EXTENSIONS, ATTACHMENT_KINDS, ATTACHMENT_MEDIA_TYPES, DEFAULT_ATTACHMENT_MAX_BYTES, extensionOf, recogniseAttachment,
  type AttachmentKind, type AttachmentProblem, type AttachmentRecognition, type RecogniseOptions,
} from './recognise';
export { checkAttachments, type AttachmentFile, type AttachmentsCheck } from './appendix';
