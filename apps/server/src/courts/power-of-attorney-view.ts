import type { PowerOfAttorneyRecord } from '@oryndau/db';
import { courts } from '@oryndau/domain';
import type { PowerOfAttorneyView } from '@oryndau/contracts';

export const POA_STATUS_TEXTS = {
  draft: { kk: 'Қол қойылмаған жоба', ru: 'Черновик, не подписана' },
  active: { kk: 'Қолданыста', ru: 'Действует' },
  revoked: { kk: 'Кері қайтарып алынды', ru: 'Отозвана' },
} as const;

/** A power of attorney as the principal and its trustees read it; "expired" is derived from its last day and `today`. */
export function powerOfAttorneyView(poa: PowerOfAttorneyRecord, today: string): PowerOfAttorneyView {
  return {
    id: poa.id, number: poa.number, version: poa.version, status: poa.status, statusName: POA_STATUS_TEXTS[poa.status],
    expired: poa.status === 'active' && poa.validUntil < today,
    principal: { kind: poa.principalKind, iinBin: poa.principalIinBin, name: poa.principalName },
    powers: poa.powers.map((code) => ({ code, name: courts.POA_POWER_TEXTS[code] })),
    trustees: poa.trustees, validFrom: poa.validFrom, validUntil: poa.validUntil, summary: poa.summary,
    appointmentOrderFileId: poa.appointmentOrderFileId,
    // The signed document is stored under the power of attorney's own id (create-power-of-attorney.ts).
    documentId: poa.id,
    signedAt: poa.signedAt?.toISOString() ?? null, revokedAt: poa.revokedAt?.toISOString() ?? null, createdAt: poa.createdAt.toISOString(),
  };
}
