import type { ProceedingRecord, Sql } from '@oryndau/db';
import { findProceeding, listCalendarDays, saveProceedingState } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Proceeding } from '@oryndau/domain';
import { createWorkingCalendar } from '@oryndau/kz';
import type { WorkingCalendar } from '@oryndau/kz';

// The enforcement use-cases' shared reads and writes, over the repositories
// in packages/db/src/enforcement (no SQL here).

export type { ProceedingRecord } from '@oryndau/db';

/** The proceeding, or 404; `lock` takes its row lock — the first lock of any change to it. */
export async function requireProceeding(sql: Sql, id: string, lock = false): Promise<ProceedingRecord> {
  const row = await findProceeding(sql, id, { lock });
  if (!row) throw new DomainError(ErrorCode.notFound);
  return row;
}

/** Persists a decided state with the optimistic lock; another act that moved it first is a 409. */
export async function saveState(sql: Sql, state: Proceeding, expectedVersion: number): Promise<void> {
  if (!(await saveProceedingState(sql, state, expectedVersion))) throw new DomainError(ErrorCode.versionConflict);
}

/** The working-day calendar as amended by the administrator (calendar_days). */
export async function loadWorkingCalendar(sql: Sql): Promise<WorkingCalendar> {
  const days = await listCalendarDays(sql);
  return createWorkingCalendar(days.map((d) => ({ date: d.date, kind: d.kind, ...(d.name ? { name: d.name } : {}) })));
}
