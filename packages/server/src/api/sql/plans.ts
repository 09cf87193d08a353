import type { Queryable } from '../../db/database';
import { irt } from '../support/wire';

export interface PlanRow {
  code: string;
  name_fa: string;
  name_en: string;
  monthly_fee_irt: number;
  included_seconds: number;
  price_per_second_480p_irt: string | null;
  price_per_second_720p_irt: string | null;
  price_per_second_1080p_irt: string | null;
  price_per_second_2160p_irt: string | null;
  queue_priority: number;
  rate_limit_per_minute: number;
  output_retention_days: number;
}

const COLUMNS = `code, name_fa, name_en, monthly_fee_irt, included_seconds, price_per_second_480p_irt, price_per_second_720p_irt,
  price_per_second_1080p_irt, price_per_second_2160p_irt, queue_priority, rate_limit_per_minute, output_retention_days`;

export async function listPlans(tx: Queryable): Promise<PlanRow[]> {
  return (await tx.query<PlanRow>(`select ${COLUMNS} from identity.plans where active order by sort_order, code`)).rows;
}

/** The tenant's plan, with its row locked: render creation is serialized per tenant so included seconds are not spent twice. */
export async function tenantPlanForUpdate(tx: Queryable, tenantId: string): Promise<{ plan: PlanRow | null; balance: number }> {
  const { rows } = await tx.query<{ balance_irt: number; plan_code: string | null }>(
    `select t.balance_irt, p.code as plan_code from identity.tenants t left join identity.plans p on p.id = t.plan_id where t.id = $1 for update of t`,
    [tenantId],
  );
  const row = rows[0];
  if (!row?.plan_code) return { plan: null, balance: row?.balance_irt ?? 0 };
  const plan = (await tx.query<PlanRow>(`select ${COLUMNS} from identity.plans where code = $1`, [row.plan_code])).rows[0] ?? null;
  return { plan, balance: row.balance_irt };
}

export function rateOf(plan: PlanRow, quality: string): string | null {
  return (plan as unknown as Record<string, string | null>)[`price_per_second_${quality}_irt`] ?? null;
}

export function planToWire(plan: PlanRow) {
  return {
    id: plan.code,
    object: 'plan' as const,
    name: { fa: plan.name_fa, en: plan.name_en },
    monthly_fee: irt(plan.monthly_fee_irt),
    included_seconds: plan.included_seconds,
    price_per_second: {
      '480p': plan.price_per_second_480p_irt,
      '720p': plan.price_per_second_720p_irt,
      '1080p': plan.price_per_second_1080p_irt,
      '2160p': plan.price_per_second_2160p_irt,
    },
    queue_priority: plan.queue_priority,
    rate_limit_per_minute: plan.rate_limit_per_minute,
    output_retention_days: plan.output_retention_days,
  };
}
