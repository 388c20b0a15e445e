import type { EntityManager } from '@mikro-orm/postgresql';
import { formatMoney, userError, UserErrorsThrown } from '@guildhall/kernel';
import type { ContractInForce } from './resolve-price.js';

/**
 * Counts a booking against its contract's monthly spend (in the sponsor's calendar month), within the
 * cap when there is one: one conditional upsert, so concurrent bookings never pass it together.
 */
export async function spendUnderContract(em: EntityManager, contract: ContractInForce, monthStart: string, amountMinor: number, currency: string): Promise<void> {
  const cap = contract.monthlySpendCapMinor;
  const [counted] = await em.execute<{ spent_minor: string }[]>(
    `insert into "billing"."contract_spend" as s (contract_id, month_start, spent_minor) select ?, ?, ? where ?::bigint is null or ?::bigint <= ?::bigint
     on conflict (contract_id, month_start) do update set spent_minor = s.spent_minor + excluded.spent_minor
     where ?::bigint is null or s.spent_minor + excluded.spent_minor <= ?::bigint returning spent_minor`,
    [contract.id, monthStart, amountMinor, cap, amountMinor, cap, cap, cap],
  );
  if (counted) return;
  const [row] = await em.execute<{ spent_minor: string }[]>(`select spent_minor from "billing"."contract_spend" where contract_id = ? and month_start = ?`, [contract.id, monthStart]);
  const left = Math.max(0, cap! - Number(row?.spent_minor ?? 0));
  throw new UserErrorsThrown([
    userError('CONTRACT_CAP_EXHAUSTED', ['input', 'hostOrganizationId'], `The contract with this host allows ${formatMoney(cap!, currency)} a month; ${formatMoney(left, currency)} is left this month.`),
  ]);
}

/** A refund gives its amount back to the month the booking counted in (never below zero). */
export async function returnContractSpend(em: EntityManager, contractId: string, monthStart: string, amountMinor: number): Promise<void> {
  await em.execute(`update "billing"."contract_spend" set spent_minor = greatest(spent_minor - ?, 0) where contract_id = ? and month_start = ?`, [amountMinor, contractId, monthStart]);
}
