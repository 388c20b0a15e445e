import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PaymentStatus } from '../domain/purchase.js';
import { selectRows } from '@guildhall/kernel';
import { toPaymentRow, type PaymentRow } from './payment-store.js';

export type NewPayment = Pick<
  PaymentRow,
  'purpose' | 'kind' | 'reference' | 'payerKind' | 'payerUserId' | 'organizationId' | 'funding' | 'payeeId' | 'amountMinor' | 'listAmountMinor' | 'currency' | 'startsAt' | 'cancellationPolicy' | 'expiresAt'
> & { status: Extract<PaymentStatus, 'PENDING' | 'SUCCEEDED'> };

export async function insertPayment(em: EntityManager, p: NewPayment, id: string = randomUUID()): Promise<PaymentRow> {
  const [row] = await selectRows<PaymentRow>(
    em,
    `insert into "billing"."payment" (id, purpose, kind, reference, payer_kind, payer_user_id, organization_id, funding, payee_id,
       amount_minor, list_amount_minor, currency, status, starts_at, cancellation_policy, expires_at, settled_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${p.status === 'SUCCEEDED' ? 'now()' : 'null'}) returning *`,
    [id, p.purpose, p.kind, p.reference, p.payerKind, p.payerUserId, p.organizationId, p.funding, p.payeeId,
      p.amountMinor, p.listAmountMinor, p.currency, p.status, p.startsAt, p.cancellationPolicy ? JSON.stringify(p.cancellationPolicy) : null, p.expiresAt],
  );
  return toPaymentRow(row!);
}
