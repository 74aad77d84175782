// Shapes of docs/api.md "Enforcement proceedings (АИС ОИП)". Amounts are
// integer tiyn carried as strings (they may exceed 2^53), dates `YYYY-MM-DD`,
// instants ISO; every text a person reads comes as { kk, ru }.
import type { UiLanguage } from '../i18n/ui-language.ts';

export type Text = { kk: string; ru: string };

export const queueNames = ['incoming', 'notInitiated', 'inExecution', 'suspended', 'forApproval', 'ended', 'transferred', 'refused'] as const;
export type QueueName = (typeof queueNames)[number];

export const statuses = ['registered', 'initiated', 'refused', 'suspended', 'ended', 'transferred'] as const;
export type Status = (typeof statuses)[number];

export const actions = [
  'initiate', 'refuse', 'suspend', 'resume', 'terminate', 'returnToClaimant', 'recall', 'confirmExecution', 'transfer',
] as const;
export type Action = (typeof actions)[number];

export type Person = { id: string; fullName: string; kind?: 'state' | 'private' };

export type QueueCount = { key: QueueName; count: number; overdue: number };

export type ProceedingSummary = {
  id: string;
  registrationNumber: string;
  registeredAt: string;
  status: Status;
  category: { code: string; name: Text };
  debtor: { name: string; identifier: string };
  amountTiyn: string;
  bailiff: Person | null;
  nextDueDate: string | null;
  overdue: boolean;
  awaitingApproval: number;
};

export type ProceedingPage = { items: ProceedingSummary[]; nextCursor: string | null };

export type SortOrder = 'registeredAt' | '-registeredAt';

/** GET /api/enforcement/proceedings query, as sent. */
export type ProceedingQuery = {
  queue: QueueName;
  status?: Status;
  category?: string;
  debtor?: string;
  from?: string;
  to?: string;
  overdue?: 'true';
  sort?: SortOrder;
  limit?: number;
  after?: string;
};

export type PartyRole = 'debtor' | 'claimant';
export type PartyKind = 'individual' | 'legal_entity';

export type Party = {
  id: string; role: PartyRole; kind: PartyKind; identifier: string; name: string; address: string | null; regionKato: string | null;
};

export type PartyInput = {
  role: PartyRole; kind: PartyKind; identifier: string; name: string; address?: string; regionKato: string; districtKato?: string;
};

export type CardInput = {
  arrivalOrder: 'first' | 'repeated';
  claimEssence: string;
  issueDate: string;
  issuingBody: string;
  documentType: string;
  documentNumber: string;
  entryIntoForceDate: string;
  receivedFrom?: string;
  copyNumber?: string;
  categoryCode: string;
  subcategory?: string;
  /** As written in the document's currency: '1 234,56'. */
  amount: string;
  currency: string;
  exchangeRate?: string;
  exchangeRateDate?: string;
  senderDocumentDate?: string;
  senderOutgoingNumber?: string;
  signerName?: string;
  claimFiledBy?: PartyKind;
  solidaryLiability: boolean;
  trustedPerson: boolean;
  parties: PartyInput[];
};

export type CardCreated = {
  proceedingId: string; registrationNumber: string; registrationDate: string; status: 'registered'; bailiff: Person | null; reason: Text;
};

/** One `details.fields[]` entry of 422 `enforcement.card_invalid`. */
export type FieldProblem = { field: string; code: string; message: Text };

export type ExecutiveDocument = Omit<CardInput, 'parties' | 'amount'> & {
  source: 'manual' | 'court' | 'erap';
  externalId: string | null;
  courtId: string | null;
  registrationNumber: string;
  registrationDate: string;
  amount: string;
  amountTiyn: string;
  courtActDocumentId: string | null;
};

export type Candidate = {
  id: string;
  fullName: string;
  kind: 'state' | 'private';
  load: number;
  eligible: boolean;
  licence: { valid: boolean; until: string | null };
  excludedBecause: Text | null;
};

export type Decision = {
  id: string;
  kind: 'automatic' | 'manual';
  decidedAt: string;
  decidedBy: Person | null;
  bailiff: Person | null;
  ruleId: string | null;
  rulesVersion: string;
  reason: Text;
  writtenReason: string | null;
  candidates: Candidate[];
};

export type ActEffect = 'transition' | 'resolution' | 'request' | 'arrest' | 'arrest_lift';
export type ActStatus = 'draft' | 'awaiting_approval' | 'applied' | 'returned' | 'rejected';

export type Act = {
  id: string;
  action: Action | null;
  effect: ActEffect;
  templateCode: string;
  templateVersion: number;
  title: Text;
  locale: UiLanguage;
  groundCode: string | null;
  documentId: string;
  needsApproval: boolean;
  status: ActStatus;
  createdAt: string;
  createdBy: Person;
  signedAt: string | null;
  approvedAt: string | null;
  approvedBy: Person | null;
  returnReason: string | null;
  rejection: Text | null;
};

export type RequestStatus = 'draft' | 'signed' | 'sending' | 'sent' | 'answered' | 'failed';

export type SiopsoAnswer = {
  found: boolean;
  summary: Text;
  agency: Text;
  items: { title: Text; fields: { key: string; label: Text; value: Text }[] }[];
};

export type SiopsoRequest = {
  id: string;
  actId: string;
  type: string;
  typeName: Text;
  agency: Text;
  status: RequestStatus;
  createdAt: string;
  sentAt: string | null;
  answeredAt: string | null;
  attempts: number;
  lastError: string | null;
  /** The body's own refusal, as it wrote it; the request may be sent again. */
  agencyError: Text | null;
  answer: SiopsoAnswer | null;
};

export type ArrestKind = 'accounts' | 'property' | 'travel';

export type Arrest = {
  id: string;
  actId: string;
  kind: ArrestKind;
  status: 'active' | 'lifted';
  imposedAt: string;
  liftedAt: string | null;
  liftReason: string | null;
  details: Record<string, unknown>;
};

export type ArrestedItemKind = 'bank_account' | 'real_estate' | 'vehicle' | 'other';

export type ArrestedItem = {
  id: string;
  arrestId: string;
  kind: ArrestedItemKind;
  description: string;
  identifier: string | null;
  valueTiyn: string | null;
  status: 'arrested' | 'released';
};

export type TaskKind = 'initiation' | 'voluntary_execution' | 'execution_term';

export type Task = { kind: TaskKind; dueDate: string; status: 'open' | 'done' | 'cancelled'; overdue: boolean; title: Text };

export type AvailableAction = { action: Action; templateCode: string; groundKinds: string[]; needsApproval: boolean };

/** A payment for an ЕРАП fine that arrived after its simplified proceeding ended, credited to this proceeding (SIMP-5). */
export type SimplifiedCredit = { paymentId: string; amountTiyn: number; paidAt: string; recordedAt: string; receiptCode: string | null };

/** The simplified proceeding a proceeding came from (SIMP-2, SIMP-5, SIMP-6): cancelled, or never started at intake. */
export type SimplifiedOrigin = {
  caseId: string;
  erapFineId: string;
  outcome: 'expired' | 'disagreed' | 'ineligible' | 'no_phone';
  initiatedAt: string | null;
  closedAt: string | null;
  credits: SimplifiedCredit[];
  creditedTiyn: number;
};

export type ProceedingCard = {
  id: string;
  status: Status;
  version: number;
  registrationNumber: string;
  registeredAt: string;
  timeZone: string;
  regionKato: string;
  bailiff: Person | null;
  executiveDocument: ExecutiveDocument;
  parties: Party[];
  distribution: Decision[];
  availableActions: AvailableAction[];
  acts: Act[];
  requests: SiopsoRequest[];
  arrests: Arrest[];
  arrestedProperty: ArrestedItem[];
  tasks: Task[];
  suspensions: { from: string; until: string | null; groundCode: string }[];
  endingKind: string | null;
  groundCode: string | null;
  /** Null unless the executive document came from ЕРАП through the simplified proceedings' intake. */
  simplified: SimplifiedOrigin | null;
  /** The viewer is the assigned bailiff. */
  canAct: boolean;
  canReassign: boolean;
};

export type ArrestItemInput = { kind: ArrestedItemKind; description: string; identifier?: string; valueTiyn?: string };

export type ActParams = {
  /** The bailiff's own reasoning, free text (printed through the `act.reason` placeholder). */
  reason?: string;
  toDepartmentCode?: string;
  requestType?: string;
  arrest?: { kind: ArrestKind; items: ArrestItemInput[] };
  arrestId?: string;
};

export type ActRequest = {
  templateCode: string;
  locale: UiLanguage;
  action?: Action;
  groundCode?: string;
  params?: ActParams;
};

export type ApprovalItem = {
  act: Act;
  proceedingId: string;
  registrationNumber: string;
  debtor: { name: string; identifier: string };
  bailiff: Person;
};

export type Template = {
  code: string;
  version: number;
  category: 'resolution' | 'request';
  kind: string;
  needsApproval: boolean;
  title: Text;
  body: Text;
};

export type TemplateInput = { title: Text; body: Text; needsApproval: boolean };

/** One `details.errors[]` entry of 422 `enforcement.template_invalid`; a brace typo or an empty text names no placeholder. */
export type TemplateProblem = { placeholder?: string; code?: string; message: Text };

export type GroundKind = 'refusal' | 'suspension_mandatory' | 'suspension_optional' | 'termination' | 'return';

export type Ground = { code: string; kind: GroundKind; text: Text; article: string | null };

export type Reference = {
  categories: { code: string; name: Text }[];
  grounds: Ground[];
  documentTypes: { code: string; name: Text }[];
  requestTypes: { code: string; name: Text; agency: Text }[];
  templates: Template[];
  departments: { code: string; name: Text }[];
  placeholders: { key: string; description: Text }[];
};
