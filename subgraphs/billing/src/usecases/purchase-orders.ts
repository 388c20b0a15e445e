import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fail, formatMoney, isPositiveMinor, isUuid, notFound, recordEvent, selectRows, userError, UserErrorsThrown, type EventCause, type Outcome } from '@guildhall/kernel';
import { CANCELLABLE_STATUSES, newPurchaseOrderErrors, normalizePurchaseOrderNumber, unusableReason, type NewPurchaseOrder, type PurchaseOrderStatus } from '../domain/purchase-order.js';
import type { BillingDeps } from './deps.js';
import { requireFinanceManager } from './finance-access.js';
import { inTransaction } from './transaction.js';

export interface PurchaseOrderRow {
  id: string;
  organizationId: string;
  number: string;
  amountMinor: number;
  remainingMinor: number;
  currency: string;
  /** YYYY-MM-DD, inclusive. */
  validFrom: string;
  validUntil: string;
  status: PurchaseOrderStatus;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export type PurchaseOrderDeps = Pick<BillingDeps, 'em' | 'principal' | 'origin'>;
export interface CreatePurchaseOrderInput extends NewPurchaseOrder {
  organizationId: string;
}

const PO = '"billing"."purchase_order"';
const DRAW = '"billing"."purchase_order_draw"';
// dates as text: a calendar date must not pass through a time zone
const COLUMNS = `id, organization_id, number, amount_minor, remaining_minor, currency, to_char(valid_from, 'YYYY-MM-DD') as valid_from,
  to_char(valid_until, 'YYYY-MM-DD') as valid_until, status, created_by, created_at, updated_at`;
/** Draws and restores happen inside other flows (checkout, refunds, invoicing): billing itself is their actor. */
const BILLING_CAUSE: EventCause = { principal: { kind: 'service', service: 'billing' }, origin: null };

// bigint columns come back from the driver as text
const toRow = (raw: PurchaseOrderRow): PurchaseOrderRow => ({ ...raw, amountMinor: Number(raw.amountMinor), remainingMinor: Number(raw.remainingMinor), currency: raw.currency.trim() });

async function selectPurchaseOrders(em: EntityManager, where: string, params: unknown[]): Promise<PurchaseOrderRow[]> {
  return (await selectRows<PurchaseOrderRow>(em, `select ${COLUMNS} from ${PO} where ${where}`, params)).map(toRow);
}

function recordChange(em: EntityManager, cause: EventCause, po: Pick<PurchaseOrderRow, 'id' | 'organizationId' | 'number' | 'status'>, change: 'created' | 'drawn' | 'restored' | 'cancelled') {
  recordEvent(em, cause, {
    type: 'billing.purchase-order.changed',
    organizationId: po.organizationId,
    aggregateId: po.id,
    payload: { organizationId: po.organizationId, purchaseOrderId: po.id, number: po.number, status: po.status, change },
  });
}

/** An org's POs, newest first; `status` narrows them. */
export function listPurchaseOrders(em: EntityManager, organizationId: string, status: PurchaseOrderStatus | null): Promise<PurchaseOrderRow[]> {
  return status
    ? selectPurchaseOrders(em, `organization_id = ? and status = ? order by created_at desc, id`, [organizationId, status])
    : selectPurchaseOrders(em, `organization_id = ? order by created_at desc, id`, [organizationId]);
}

/** Finance-write only. The number is unique per org: the database's unique key decides, race-free. */
export async function createPurchaseOrder(deps: PurchaseOrderDeps, input: CreatePurchaseOrderInput): Promise<Outcome<PurchaseOrderRow>> {
  const principal = deps.principal;
  requireFinanceManager(principal, input.organizationId);
  const errors = newPurchaseOrderErrors(input);
  if (errors.length) return fail(...errors);
  const number = normalizePurchaseOrderNumber(input.number);
  return inTransaction(deps.em, async (em) => {
    const [raw] = await selectRows<PurchaseOrderRow>(
      em,
      `insert into ${PO} (id, organization_id, number, amount_minor, remaining_minor, currency, valid_from, valid_until, status, created_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?) on conflict (organization_id, number) do nothing returning ${COLUMNS}`,
      [randomUUID(), input.organizationId, number, input.amountMinor, input.amountMinor, input.currency, input.validFrom, input.validUntil, principal.userId],
    );
    if (!raw) throw new UserErrorsThrown([userError('CONFLICT', ['input', 'number'], `This organization already has a purchase order numbered ${number}.`)]);
    const po = toRow(raw);
    recordChange(em, deps, po, 'created');
    return po;
  });
}

/** Finance-write only. Ends an ACTIVE or EXHAUSTED PO (compare-and-set); its balance stays for the record. */
export async function cancelPurchaseOrder(deps: PurchaseOrderDeps, input: { organizationId: string; purchaseOrderId: string }): Promise<Outcome<PurchaseOrderRow>> {
  requireFinanceManager(deps.principal, input.organizationId);
  if (!isUuid(input.purchaseOrderId)) throw notFound('Purchase order');
  return inTransaction(deps.em, async (em) => {
    const [raw] = await selectRows<PurchaseOrderRow>(
      em,
      `update ${PO} set status = 'CANCELLED', updated_at = now() where id = ? and organization_id = ? and status in (${CANCELLABLE_STATUSES.map(() => '?').join(', ')}) returning ${COLUMNS}`,
      [input.purchaseOrderId, input.organizationId, ...CANCELLABLE_STATUSES],
    );
    if (!raw) {
      // another org's PO is as unknown as a missing one
      const [current] = await selectPurchaseOrders(em, 'id = ? and organization_id = ?', [input.purchaseOrderId, input.organizationId]);
      if (!current) throw notFound('Purchase order');
      throw new UserErrorsThrown([userError('CONFLICT', ['input', 'purchaseOrderId'], `Purchase order ${current.number} is already ${current.status.toLowerCase()}.`)]);
    }
    const po = toRow(raw);
    recordChange(em, deps, po, 'cancelled');
    return po;
  });
}

export interface DrawRequest {
  organizationId: string;
  /** null: the org's usable PO that expires first. */
  purchaseOrderId: string | null;
  amountMinor: number;
  currency: string;
  paymentId: string;
}

type Drawn = Pick<PurchaseOrderRow, 'id' | 'organizationId' | 'number' | 'status'>;

const poRequired = (message: string) => new UserErrorsThrown([userError('PO_REQUIRED', ['input', 'purchaseOrderId'], message)]);
const balanceExceeded = (message: string) => new UserErrorsThrown([userError('PO_BALANCE_EXCEEDED', ['input', 'purchaseOrderId'], message)]);
/** How often a draw looks again after losing a race (a concurrent draw or restore moved the balance). */
const ATTEMPTS = 3;

/**
 * Draws a payment's amount from a PO inside the caller's transaction (which must flush: the event
 * is persisted, not written). Returns the PO drawn; refusals throw UserErrorsThrown, so the caller's
 * transaction rolls back and nothing of the draw remains.
 */
export async function drawPurchaseOrder(em: EntityManager, request: DrawRequest, cause: EventCause = BILLING_CAUSE): Promise<string> {
  if (!isPositiveMinor(request.amountMinor)) throw new Error(`a purchase order draw needs a positive amount, not ${request.amountMinor}`);
  const drawn = request.purchaseOrderId === null ? await drawAny(em, request) : await drawNamed(em, request, request.purchaseOrderId);
  await em.execute(`insert into ${DRAW} (id, purchase_order_id, payment_id, amount_minor) values (?, ?, ?, ?)`, [randomUUID(), drawn.id, request.paymentId, request.amountMinor]);
  recordChange(em, cause, drawn, 'drawn');
  return drawn.id;
}

/**
 * The one compare-and-set of a draw: whatever another transaction did meanwhile, the row's lock and
 * these conditions decide, so a PO never goes below zero; reaching zero closes it.
 */
async function tryDraw(em: EntityManager, purchaseOrderId: string, r: DrawRequest): Promise<Drawn | null> {
  const [row] = await selectRows<Drawn>(
    em,
    `update ${PO} set remaining_minor = remaining_minor - ?, status = case when remaining_minor - ? = 0 then 'EXHAUSTED' else status end, updated_at = now()
     where id = ? and organization_id = ? and status = 'ACTIVE' and currency = ? and remaining_minor >= ? and current_date between valid_from and valid_until
     returning id, organization_id, number, status`,
    [r.amountMinor, r.amountMinor, purchaseOrderId, r.organizationId, r.currency, r.amountMinor],
  );
  return row ?? null;
}

async function drawNamed(em: EntityManager, r: DrawRequest, purchaseOrderId: string): Promise<Drawn> {
  const missing = 'There is no such purchase order in this organization.';
  if (!isUuid(purchaseOrderId)) throw poRequired(missing);
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const drawn = await tryDraw(em, purchaseOrderId, r);
    if (drawn) return drawn;
    // the update says no; read why, on the same clock the update used
    const [po] = await selectRows<PurchaseOrderRow & { today: string }>(
      em,
      `select ${COLUMNS}, to_char(current_date, 'YYYY-MM-DD') as today from ${PO} where id = ? and organization_id = ?`,
      [purchaseOrderId, r.organizationId],
    );
    if (!po) throw poRequired(missing);
    const reason = unusableReason(toRow(po), r.currency, po.today);
    if (reason) throw poRequired(`Purchase order ${po.number} cannot pay for this: ${reason}.`);
    const remaining = Number(po.remainingMinor);
    if (remaining < r.amountMinor) {
      throw balanceExceeded(`Purchase order ${po.number} has ${formatMoney(remaining, r.currency)} left; this costs ${formatMoney(r.amountMinor, r.currency)}.`);
    }
    // usable by now: a restore landed between the two statements; draw again
  }
  throw new UserErrorsThrown([userError('CONFLICT', ['input', 'purchaseOrderId'], 'The purchase order kept changing; try again.')]);
}

/** The usable PO that expires first; a candidate lost to a concurrent draw passes to the next. */
async function drawAny(em: EntityManager, r: DrawRequest): Promise<Drawn> {
  for (let round = 0; round < ATTEMPTS; round += 1) {
    const candidates = await em.execute<{ id: string }[]>(
      `select id from ${PO} where organization_id = ? and status = 'ACTIVE' and currency = ? and remaining_minor >= ? and current_date between valid_from and valid_until
       order by valid_until, created_at, id`,
      [r.organizationId, r.currency, r.amountMinor],
    );
    if (!candidates.length) break;
    for (const candidate of candidates) {
      const drawn = await tryDraw(em, candidate.id, r);
      if (drawn) return drawn;
    }
  }
  const [usable] = await em.execute<{ n: number; most: string | null }[]>(
    `select count(*)::int as n, max(remaining_minor) as most from ${PO} where organization_id = ? and status = 'ACTIVE' and currency = ? and current_date between valid_from and valid_until`,
    [r.organizationId, r.currency],
  );
  if (!usable?.n) throw poRequired(`This organization has no active purchase order in ${r.currency}; its invoiced purchases need one.`);
  throw balanceExceeded(`No active purchase order has ${formatMoney(r.amountMinor, r.currency)} left; the most any has is ${formatMoney(Number(usable.most), r.currency)}.`);
}

/**
 * Gives back up to `amountMinor` of what a payment drew (never more than it drew, net of earlier
 * restores) inside the caller's transaction: for refunds and voided invoices. An exhausted PO
 * re-opens; a cancelled or void one keeps the balance for the record only. Returns the amount
 * restored: 0 when the payment drew from no PO.
 */
export async function restorePurchaseOrder(em: EntityManager, request: { paymentId: string; amountMinor: number }, cause: EventCause = BILLING_CAUSE): Promise<number> {
  if (!isPositiveMinor(request.amountMinor)) throw new Error(`a purchase order restore needs a positive amount, not ${request.amountMinor}`);
  const sources = await em.execute<{ purchase_order_id: string }[]>(`select distinct purchase_order_id from ${DRAW} where payment_id = ? order by purchase_order_id`, [request.paymentId]);
  let restored = 0;
  for (const { purchase_order_id: purchaseOrderId } of sources) {
    // the PO's lock serializes restores of one payment, so its net below is never given back twice
    await em.execute(`select 1 from ${PO} where id = ? for update`, [purchaseOrderId]);
    const [drawn] = await em.execute<{ net: string }[]>(`select coalesce(sum(amount_minor), 0) as net from ${DRAW} where purchase_order_id = ? and payment_id = ?`, [purchaseOrderId, request.paymentId]);
    const amount = Math.min(request.amountMinor - restored, Number(drawn?.net ?? 0));
    if (amount <= 0) continue;
    await em.execute(`insert into ${DRAW} (id, purchase_order_id, payment_id, amount_minor) values (?, ?, ?, ?)`, [randomUUID(), purchaseOrderId, request.paymentId, -amount]);
    const [po] = await selectRows<Drawn>(
      em,
      `update ${PO} set remaining_minor = remaining_minor + ?, status = case when status = 'EXHAUSTED' then 'ACTIVE' else status end, updated_at = now()
       where id = ? returning id, organization_id, number, status`,
      [amount, purchaseOrderId],
    );
    recordChange(em, cause, po!, 'restored');
    restored += amount;
    if (restored === request.amountMinor) break;
  }
  return restored;
}
