/**
 * Resolution and request templates (ENF-6, ENF-7). A template is data, not
 * code: administrators add new *versions* of a code instead of editing a
 * published one, so a signed act can always name the exact text it came from.
 */
import type { Locale, LocalizedText } from '@oryndau/kz';

export type { Locale, LocalizedText };

/** "Постановление" (a bailiff's resolution) | "Запрос" (request to another state body). */
export type TemplateCategory = 'resolution' | 'request';

export type TemplateKind =
  | 'initiation'          // о возбуждении
  | 'refusal'             // об отказе в возбуждении
  | 'suspension'          // о приостановлении
  | 'resumption'          // о возобновлении
  | 'termination'         // о прекращении
  | 'return'              // о возвращении исполнительного документа взыскателю
  | 'recall'              // об окончании в связи с отзывом
  | 'execution_confirmed' // об окончании в связи с фактическим исполнением
  | 'transfer'            // о передаче в другой территориальный орган
  | 'arrest_accounts'     // арест денег на банковских счетах
  | 'arrest_property'     // арест имущества
  | 'arrest_lift'         // снятие ареста
  | 'travel_restriction'  // временное ограничение на выезд
  | 'request'             // запрос (СИОПСО)
  | 'other';

export type ResolutionTemplate = {
  /** Stable across versions, e.g. 'enf.initiation'. */
  code: string;
  /** 1 for the built-in defaults; administrators publish higher versions. */
  version: number;
  category: TemplateCategory;
  kind: TemplateKind;
  /** ENF-9: the act takes effect only after a senior bailiff signs it too. */
  needsApproval: boolean;
  title: LocalizedText;
  /** Text with {{placeholders}}; a blank line separates paragraphs. */
  body: LocalizedText;
};
