import type { Queryable } from '../../db/database';
import { afterCursor } from '../support/cursor';
import { irt, isoNow } from '../support/wire';

/**
 * identity.credit_ledger is the only way a balance moves (03_identity_billing: a trigger
 * applies each row to tenants.balance_irt). The UNIQUE (tenant, kind, reference) makes
 * every entry exactly-once: a retried insert is a no-op.
 */
export type LedgerKind = 'topup' | 'render_debit' | 'render_refund' | 'adjustment' | 'payment';

export interface LedgerRow {
  id: string;
  kind: LedgerKind;
  amount_irt: number;
  reference: string;
  description: string;
  created_at: Date;
}

export function ledgerToWire(row: LedgerRow) {
  return {
    id: row.id,
    object: 'ledger_entry' as const,
    kind: row.kind,
    amount: irt(row.amount_irt),
    reference: row.reference,
    description: row.description,
    created_at: isoNow(row.created_at),
  };
}

export interface LedgerInput {
  tenantId: string;
  kind: LedgerKind;
  amount: number;
  reference: string;
  description?: string;
  apiKeyId?: string | null;
}

/** Returns false when an entry with this (kind, reference) already exists. */
export async function appendLedger(tx: Queryable, entry: LedgerInput): Promise<boolean> {
  const { rowCount } = await tx.query(
    `insert into identity.credit_ledger (tenant_id, kind, amount_irt, reference, description, api_key_id)
     values ($1, $2, $3, $4, $5, $6) on conflict (tenant_id, kind, reference) do nothing`,
    [entry.tenantId, entry.kind, entry.amount, entry.reference, entry.description ?? '', entry.apiKeyId ?? null],
  );
  return rowCount === 1;
}

export async function listLedger(tx: Queryable, tenantId: string, limit: number, after: string | null): Promise<LedgerRow[]> {
  const { rows } = await tx.query<LedgerRow>(
    `select t.id, t.kind, t.amount_irt, t.reference, t.description, t.created_at from identity.credit_ledger t
      where t.tenant_id = $1 and ${afterCursor('identity.credit_ledger', 3)}
      order by t.created_at desc, t.id desc limit $2`,
    [tenantId, limit, after],
  );
  return rows;
}

export async function balanceOf(tx: Queryable, tenantId: string): Promise<number> {
  const { rows } = await tx.query<{ balance_irt: number }>('select balance_irt from identity.tenants where id = $1', [tenantId]);
  return rows[0]?.balance_irt ?? 0;
}
