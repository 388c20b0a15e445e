import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PaymentStatus } from '../domain/purchase.js';
import { selectRows } from '@guildhall/kernel';
import { toPaymentRow, type BookingTerms, type PaymentRow } from './payment-store.js';

export type NewPayment = Pick<
  PaymentRow,
  'purpose' | 'kind' | 'reference' | 'payerKind' | 'payerUserId' | 'organizationId' | 'funding' | 'payeeId' | 'amountMinor' | 'listAmountMinor' | 'currency' | 'startsAt' | 'cancellationPolicy' | 'expiresAt'
> & { status: Extract<PaymentStatus, 'PENDING' | 'SUCCEEDED'>; booking?: BookingTerms | null };

export async function insertPayment(em: EntityManager, p: NewPayment, id: string = randomUUID()): Promise<PaymentRow> {
  const [row] = await selectRows<PaymentRow>(
    em,
    `insert into "billing"."payment" (id, purpose, kind, reference, payer_kind, payer_user_id, organization_id, funding, payee_id,
       amount_minor, list_amount_minor, currency, status, starts_at, cancellation_policy, expires_at, settled_at,
       host_organization_id, program_id, contract_id, contract_version, contract_month, rate_price_id, price_source,
       split_platform_bps, split_host_bps, split_expert_bps, split_platform_minor, split_host_minor, split_expert_minor)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${p.status === 'SUCCEEDED' ? 'now()' : 'null'}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning *`,
    [id, p.purpose, p.kind, p.reference, p.payerKind, p.payerUserId, p.organizationId, p.funding, p.payeeId,
      p.amountMinor, p.listAmountMinor, p.currency, p.status, p.startsAt, p.cancellationPolicy ? JSON.stringify(p.cancellationPolicy) : null, p.expiresAt,
      ...bookingColumns(p.booking ?? null)],
  );
  return toPaymentRow(row!);
}

const BOOKING_COLUMNS = ['hostOrganizationId', 'programId', 'contractId', 'contractVersion', 'contractMonth', 'ratePriceId', 'priceSource',
  'splitPlatformBps', 'splitHostBps', 'splitExpertBps', 'splitPlatformMinor', 'splitHostMinor', 'splitExpertMinor'] as const satisfies readonly (keyof BookingTerms)[];

const bookingColumns = (booking: BookingTerms | null) => BOOKING_COLUMNS.map((column) => (booking ? booking[column] : null));
