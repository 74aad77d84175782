import { reason, type Reason, type ReasonCode } from './reasons';
import { CHECK_NAMES, type Check, type CheckName } from './types';

/**
 * Collects the outcome of every checklist item. A check nobody could
 * evaluate (because an earlier one failed) is reported as not passed — the
 * verdict is valid only when every item was evaluated and passed.
 */
export class CheckBoard {
  private readonly results = new Map<CheckName, { ok: boolean; details: string[] }>();
  private readonly codes: ReasonCode[] = [];

  pass(name: CheckName, detail: string): void {
    this.record(name, true, detail);
  }

  fail(name: CheckName, detail: string, code: ReasonCode): void {
    this.record(name, false, detail);
    if (!this.codes.includes(code)) this.codes.push(code);
  }

  /** Not evaluated because something it depends on failed; the reason is already recorded there. */
  skip(name: CheckName, detail: string): void {
    this.record(name, false, `not evaluated: ${detail}`);
  }

  has(name: CheckName): boolean {
    return this.results.has(name);
  }

  get valid(): boolean {
    return CHECK_NAMES.every((name) => this.results.get(name)?.ok === true);
  }

  get reasonCodes(): ReasonCode[] {
    return [...this.codes];
  }

  reasons(): Reason[] {
    return this.codes.map(reason);
  }

  checks(): Check[] {
    return CHECK_NAMES.map((name) => {
      const result = this.results.get(name);
      return result
        ? { name, ok: result.ok, detail: result.details.join('; ') }
        : { name, ok: false, detail: 'not evaluated' };
    });
  }

  private record(name: CheckName, ok: boolean, detail: string): void {
    const existing = this.results.get(name);
    if (existing) {
      existing.ok = existing.ok && ok;
      existing.details.push(detail);
    } else {
      this.results.set(name, { ok, details: [detail] });
    }
  }
}
