// How the card's buttons map to acts (docs/api.md "Acts and templates",
// seed 000 §1.1–1.6). The server's `availableActions` decides WHICH buttons
// show; this file decides how they are named, ordered and grouped.
import { TEMPLATE_BY_ACTION } from '@oryndau/domain';
import type { Action, AvailableAction, ArrestKind, GroundKind, Template } from '../api/enforcement-types.ts';

/** The template of each action (one map with the server, from the domain); the server's own `templateCode` wins when it sends one. */
export const actionTemplates: Readonly<Record<Action, string>> = TEMPLATE_BY_ACTION;

/** Acts without a status change, each with its own parameters. */
export const arrestTemplates = {
  accounts: 'enf.arrest_accounts',
  property: 'enf.arrest_property',
  travel: 'enf.travel_restriction',
} as const satisfies Record<ArrestKind, string>;
export const arrestLiftTemplate = 'enf.arrest_lift';
export const requestTemplate = 'enf.request';

/** Templates reached through their own buttons (they need an action or parameters), not through «Шаблоны документов». */
export const parameterisedTemplates: ReadonlySet<string> = new Set<string>([
  ...Object.values(actionTemplates), ...Object.values(arrestTemplates), arrestLiftTemplate,
]);

/** ENF-6 «Шаблоны документов»: templates reached through the card's own buttons (transitions, arrests) are not offered, they need their ground or items. */
export function pickableTemplates(templates: readonly Template[], category: Template['category']): Template[] {
  return templates.filter((tpl) => tpl.category === category && !parameterisedTemplates.has(tpl.code));
}

/** Seed 000 §1.2: «Окончить» offers a choice of how the proceeding ends. */
export const endingActions = ['terminate', 'returnToClaimant', 'recall'] as const satisfies readonly Action[];
export type EndingAction = (typeof endingActions)[number];

export function isEndingAction(action: Action): action is EndingAction {
  return (endingActions as readonly Action[]).includes(action);
}

/** One button in the card header: a single action, or «Окончить» with its choices. */
export type CardButton =
  | { key: Exclude<Action, EndingAction>; actions: [AvailableAction] }
  | { key: 'end'; actions: AvailableAction[] };
export type CardButtonKey = CardButton['key'];

// The order of the 2015 screens: refusal left of initiation, then
// suspend | resume | end | transfer | confirm execution.
const buttonOrder: readonly CardButtonKey[] = ['refuse', 'initiate', 'suspend', 'resume', 'end', 'transfer', 'confirmExecution'];

export function cardButtons(available: readonly AvailableAction[]): CardButton[] {
  const ending = available.filter((a) => isEndingAction(a.action));
  const buttons: CardButton[] = [];
  for (const key of buttonOrder) {
    if (key === 'end') {
      if (ending.length > 0) buttons.push({ key: 'end', actions: ending });
      continue;
    }
    const found = available.find((a) => a.action === key);
    if (found !== undefined) buttons.push({ key, actions: [found] });
  }
  return buttons;
}

/** The template to ask for: what the server offered, else the documented one. */
export function templateFor(available: AvailableAction): string {
  return available.templateCode === '' ? actionTemplates[available.action] : available.templateCode;
}

/** Catalog keys: the card button, the modal title. */
export const buttonLabelKey = (key: CardButtonKey) => `enf.action.${key}`;
export const endingLabelKey = (action: EndingAction) => `enf.ending.${action}`;
export const groundKindLabelKey = (kind: GroundKind) => `enf.groundKind.${kind}`;

/** A transfer names its target department (ENF-8); the others only a ground, if any. */
export const needsDepartment = (action: Action) => action === 'transfer';
