// The enforcement contract as the web sees it (docs/api.md "Enforcement
// proceedings"). Every shape is `z.infer` of the route's schema in
// @oryndau/contracts and every list is the domain's own — nothing is declared
// twice, so a field the server changes fails the web's type check (issue 11 item 12).
import { ENFORCEMENT_QUEUES, PROCEEDING_ACTIONS, PROCEEDING_STATUSES } from '@oryndau/domain';
import type { CardFieldProblem, DecisionCandidate, Localized, ProceedingQuery } from '@oryndau/contracts';

export type {
  Act, ActEffect, ActParams, ActRequest, ActStatus, Action, ApprovalItem, Arrest, ArrestItemInput, ArrestKind, ArrestedItem,
  ArrestedItemKind, AvailableAction, CardCreated, CardInput, Decision, ExecutiveDocument, Ground, Party, PartyInput, PartyKind, PartyRole,
  Person, ProceedingCard, ProceedingPage, ProceedingQuery, ProceedingSummary, QueueCount, QueueName, ReassignCandidate, Reference,
  RequestStatus, SimplifiedCredit, SimplifiedOrigin, SiopsoAnswer, SiopsoRequest, SortOrder, Status, Task, TaskKind, Template,
  TemplateInput, TemplateProblem,
} from '@oryndau/contracts';
export type { GroundKind } from '@oryndau/domain';

export type Text = Localized;
/** The queues listed as proceedings (a senior's «Входящие/Уведомления» is a list of acts, on its own page). */
export type ListQueue = ProceedingQuery['queue'];
/** A bailiff as the distribution weighed them (the card's «Распределение» tab). */
export type Candidate = DecisionCandidate;
/** One `details.fields[]` entry of 422 `enforcement.card_invalid`. */
export type FieldProblem = CardFieldProblem;

export const queueNames = ENFORCEMENT_QUEUES;
export const statuses = PROCEEDING_STATUSES;
export const actions = PROCEEDING_ACTIONS;
