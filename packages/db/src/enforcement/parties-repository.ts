import type { Sql } from '../database';

export type PartyRole = 'debtor' | 'claimant';
export type PartyKind = 'individual' | 'legal_entity';
export type PartyRecord = {
  id: string; role: PartyRole; kind: PartyKind; identifier: string; name: string; address: string | null; regionKato: string;
  districtKato: string | null; position: number;
};
export type NewParty = Omit<PartyRecord, 'position'>;

type PartyRow = {
  id: string; role: PartyRole; kind: PartyKind; identifier: string; name: string; address: string | null; region_kato: string;
  district_kato: string | null; position: number;
};

/** The parties in the order given (position 0, 1, …). */
export async function insertParties(tx: Sql, proceedingId: string, parties: readonly NewParty[]): Promise<void> {
  let position = 0;
  for (const p of parties) {
    await tx.query(
      `INSERT INTO proceeding_parties (id, proceeding_id, role, kind, identifier, name, address, region_kato, district_kato, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [p.id, proceedingId, p.role, p.kind, p.identifier, p.name, p.address, p.regionKato, p.districtKato, position++]);
  }
}

/** The proceeding's parties: in registration order, or debtors first (the card). */
export async function listParties(sql: Sql, proceedingId: string, order: 'position' | 'debtorsFirst' = 'position'): Promise<PartyRecord[]> {
  const result = await sql.query<PartyRow>(
    `SELECT id, role, kind, identifier, name, address, region_kato, district_kato, position FROM proceeding_parties WHERE proceeding_id = $1
      ORDER BY ${order === 'debtorsFirst' ? 'role DESC, position' : 'position'}`, [proceedingId]);
  return result.rows.map((r) => ({ id: r.id, role: r.role, kind: r.kind, identifier: r.identifier, name: r.name, address: r.address,
    regionKato: r.region_kato, districtKato: r.district_kato, position: Number(r.position) }));
}
