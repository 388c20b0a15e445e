import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type EventCause, fail, isUuid, notFound, type Outcome, recordEvent, requireCapability, selectRows, userError, UserErrorsThrown } from '@guildhall/kernel';
import type { PurchaseKind } from '../domain/purchase.js';
import { newRateCardErrors, newRatePriceErrors, normalizeRateCardName, type NewRatePrice } from '../domain/rate-card.js';
import type { SplitBps } from '../domain/revenue-split.js';
import type { BillingDeps } from '../usecases/deps.js';
import { knownMember } from '../usecases/member-directory.js';
import { inTransaction } from '../usecases/transaction.js';
import { partyAccounts } from './party-accounts.js';
import { findRateCard, RATE_CARD, RATE_CARD_COLUMNS, RATE_CARD_PRICE, selectPrices, toRateCardRow, type RateCardPriceRow, type RateCardRow } from './rate-card-store.js';

export type RateCardDeps = Pick<BillingDeps, 'em' | 'principal' | 'origin'>;

export interface CreateRateCardInput {
  organizationId: string;
  name: string;
  currency: string;
  isDefault: boolean;
}

export interface SetRateCardPriceInput {
  organizationId: string;
  rateCardId: string;
  kind: PurchaseKind;
  expertUserId: string | null;
  unitPriceMinor: number;
  split: SplitBps;
  /** null: now. */
  effectiveFrom: Date | null;
  effectiveUntil: Date | null;
}

export interface RateCardRef {
  organizationId: string;
  rateCardId: string;
}

type Change = 'created' | 'price-set' | 'default-set' | 'archived';

function recordChange(em: EntityManager, cause: EventCause, card: RateCardRow, change: Change, price: Pick<RateCardPriceRow, 'kind' | 'effectiveFrom'> | null = null) {
  recordEvent(em, cause, {
    type: 'billing.rate-card.changed',
    organizationId: card.organizationId,
    aggregateId: card.id,
    payload: { organizationId: card.organizationId, rateCardId: card.id, change, kind: price?.kind ?? null, effectiveFrom: price?.effectiveFrom.toISOString() ?? null },
  });
}

/** Which card is the default moves one change at a time per org (the partial unique index is the backstop). */
const lockDefaultOf = (em: EntityManager, organizationId: string) => em.execute(`select pg_advisory_xact_lock(hashtext('billing.rate-card-default:' || ?))`, [organizationId]);

const unsetDefault = (em: EntityManager, organizationId: string) =>
  em.execute(`update ${RATE_CARD} set is_default = false, updated_at = now() where organization_id = ? and is_default`, [organizationId]);

const conflict = (field: string, message: string) => new UserErrorsThrown([userError('CONFLICT', ['input', field], message)]);

async function lockLiveCard(em: EntityManager, ref: RateCardRef): Promise<RateCardRow> {
  const card = await findRateCard(em, ref.organizationId, ref.rateCardId, true);
  if (!card) throw notFound('Rate card');
  if (card.archivedAt) throw conflict('rateCardId', `Rate card "${card.name}" is archived; it no longer changes.`);
  return card;
}

/** OWNER or BILLING_ADMIN of a host org. Names are unique per org, archived cards included. */
export async function createRateCard(deps: RateCardDeps, input: CreateRateCardInput): Promise<Outcome<RateCardRow>> {
  requireCapability(deps.principal, input.organizationId, 'rateCards.manage');
  const principal = deps.principal;
  const errors = newRateCardErrors(input);
  if (errors.length) return fail(...errors);
  const name = normalizeRateCardName(input.name);
  return inTransaction(deps.em, async (em) => {
    const account = (await partyAccounts(em, [input.organizationId])).get(input.organizationId);
    if (!account) throw notFound('Billing account');
    if (!account.canHost) throw conflict('organizationId', 'Only an organization that hosts experts prices them; this one does not host.');
    if (input.isDefault) {
      await lockDefaultOf(em, input.organizationId);
      await unsetDefault(em, input.organizationId);
    }
    const [raw] = await selectRows<RateCardRow>(
      em,
      `insert into ${RATE_CARD} (id, organization_id, name, currency, is_default, created_by) values (?, ?, ?, ?, ?, ?)
       on conflict (organization_id, name) do nothing returning ${RATE_CARD_COLUMNS}`,
      [randomUUID(), input.organizationId, name, input.currency, input.isDefault, principal.userId],
    );
    if (!raw) throw conflict('name', `This organization already has a rate card named "${name}".`);
    const card = toRateCardRow(raw);
    recordChange(em, deps, card, 'created');
    if (card.isDefault) recordChange(em, deps, card, 'default-set');
    return card;
  });
}

/**
 * Appends a price version. Under the card's lock: a version of the same (kind, expert) starting at
 * or after this one is a CONFLICT (versions only move forward); otherwise the version in effect
 * ends where this one starts. Existing rows keep their price and split, so every booking's
 * snapshot still points at what it was priced from.
 */
export async function setRateCardPrice(deps: RateCardDeps, input: SetRateCardPriceInput): Promise<Outcome<{ card: RateCardRow; price: RateCardPriceRow }>> {
  requireCapability(deps.principal, input.organizationId, 'rateCards.manage');
  const principal = deps.principal;
  if (!isUuid(input.rateCardId)) throw notFound('Rate card');
  const price: NewRatePrice = {
    kind: input.kind,
    expertUserId: input.expertUserId,
    unitPriceMinor: input.unitPriceMinor,
    split: { platformBps: input.split.platformBps, hostBps: input.split.hostBps, expertBps: input.split.expertBps },
    effectiveFrom: input.effectiveFrom ?? new Date(),
    effectiveUntil: input.effectiveUntil,
  };
  const errors = newRatePriceErrors(price);
  if (errors.length) return fail(...errors);
  return inTransaction(deps.em, async (em) => {
    const card = await lockLiveCard(em, input);
    if (price.expertUserId !== null) {
      const member = await knownMember(em, card.organizationId, price.expertUserId);
      if (member?.status !== 'ACTIVE') throw new UserErrorsThrown([userError('BAD_USER_INPUT', ['input', 'expertUserId'], 'An override is for an ACTIVE member of this organization.')]);
    }
    const same = `rate_card_id = ? and kind = ? and expert_user_id is not distinct from ?::uuid`;
    const sameParams = [card.id, price.kind, price.expertUserId];
    const [later] = await selectPrices(em, `${same} and effective_from >= ? order by effective_from desc limit 1`, [...sameParams, price.effectiveFrom]);
    if (later) {
      throw conflict('effectiveFrom', `A version of this price already starts at ${later.effectiveFrom.toISOString()}; a new version starts after the latest one.`);
    }
    await em.execute(`update ${RATE_CARD_PRICE} set effective_until = ? where ${same} and (effective_until is null or effective_until > ?)`, [price.effectiveFrom, ...sameParams, price.effectiveFrom]);
    const id = randomUUID();
    await em.execute(
      `insert into ${RATE_CARD_PRICE} (id, rate_card_id, kind, expert_user_id, unit_price_minor, platform_bps, host_bps, expert_bps, effective_from, effective_until, created_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, card.id, price.kind, price.expertUserId, price.unitPriceMinor, price.split.platformBps, price.split.hostBps, price.split.expertBps, price.effectiveFrom, price.effectiveUntil, principal.userId],
    );
    const [created] = await selectPrices(em, 'id = ?', [id]);
    await em.execute(`update ${RATE_CARD} set updated_at = now() where id = ?`, [card.id]);
    recordChange(em, deps, card, 'price-set', created!);
    return { card, price: created! };
  });
}

/** Makes a live card the org's default (the one checkout prices from when nothing more specific applies). */
export async function setDefaultRateCard(deps: RateCardDeps, input: RateCardRef): Promise<Outcome<RateCardRow>> {
  requireCapability(deps.principal, input.organizationId, 'rateCards.manage');
  if (!isUuid(input.rateCardId)) throw notFound('Rate card');
  return inTransaction(deps.em, async (em) => {
    await lockDefaultOf(em, input.organizationId);
    const card = await lockLiveCard(em, input);
    if (card.isDefault) return card; // already so: nothing changes, nothing to record
    await unsetDefault(em, input.organizationId);
    const [raw] = await selectRows<RateCardRow>(em, `update ${RATE_CARD} set is_default = true, updated_at = now() where id = ? returning ${RATE_CARD_COLUMNS}`, [card.id]);
    const updated = toRateCardRow(raw!);
    recordChange(em, deps, updated, 'default-set');
    return updated;
  });
}

/** An archived card prices nothing and changes no more; archiving the default leaves the org without one. */
export async function archiveRateCard(deps: RateCardDeps, input: RateCardRef): Promise<Outcome<RateCardRow>> {
  requireCapability(deps.principal, input.organizationId, 'rateCards.manage');
  if (!isUuid(input.rateCardId)) throw notFound('Rate card');
  return inTransaction(deps.em, async (em) => {
    const card = await lockLiveCard(em, input);
    const [raw] = await selectRows<RateCardRow>(
      em,
      `update ${RATE_CARD} set archived_at = now(), is_default = false, updated_at = now() where id = ? returning ${RATE_CARD_COLUMNS}`,
      [card.id],
    );
    const archived = toRateCardRow(raw!);
    recordChange(em, deps, archived, 'archived');
    return archived;
  });
}
