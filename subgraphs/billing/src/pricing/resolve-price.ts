import type { EntityManager } from '@mikro-orm/postgresql';
import { formatMoney, isUuid, selectRows, userError, UserErrorsThrown } from '@guildhall/kernel';
import { termsInForce, type ContractTerms } from '../domain/contract.js';
import { mostSpecific, type PriceCandidate } from '../domain/price-resolution.js';
import type { PurchaseKind } from '../domain/purchase.js';
import { INDEPENDENT_EXPERT_SPLIT, PLATFORM_DEFAULT_SPLIT } from '../domain/revenue-split.js';
import { knownMember } from '../usecases/member-directory.js';

export interface PriceRequest {
  /** The org paying or tagged ("through <org>"); null when the buyer pays for themselves. */
  sponsorOrganizationId: string | null;
  hostOrganizationId: string | null;
  payeeId: string;
  kind: PurchaseKind;
  currency: string;
  /** The amount the buyer was shown; required where no rate card prices the booking. */
  quotedAmountMinor: number | null;
  at: Date;
  /** The sponsor's local date: contracts are in force by calendar day. */
  sponsorToday: string | null;
}

/** A contract in force between the sponsor and the host: its id, version and cap go with the booking. */
export interface ContractInForce {
  id: string;
  version: number;
  monthlySpendCapMinor: number | null;
}

export interface BookingPrice extends PriceCandidate {
  hostOrganizationId: string | null;
  contract: ContractInForce | null;
}

const refuse = (field: string, message: string) => new UserErrorsThrown([userError('BAD_USER_INPUT', ['input', field], message)]);

/**
 * What a booking costs and how its money divides, decided once at checkout and snapshotted on the
 * payment. The most specific source wins (see domain/price-resolution.ts); with no rate card the
 * buyer's quoted amount is the price and the platform's default split applies.
 */
export async function priceBooking(em: EntityManager, request: PriceRequest): Promise<BookingPrice> {
  const rated = await ratedPrice(em, request);
  if (!rated.best) return quoted(request, rated.hostOrganizationId ? PLATFORM_DEFAULT_SPLIT : INDEPENDENT_EXPERT_SPLIT, rated.hostOrganizationId, rated.contract);
  const best = rated.best;
  if (request.quotedAmountMinor !== null && request.quotedAmountMinor !== best.unitPriceMinor) {
    // the buyer was shown another price: better to ask again than to charge a surprise
    throw refuse('amountMinor', `The price is now ${formatMoney(best.unitPriceMinor, best.currency)}; confirm the new price to continue.`);
  }
  return { ...best, hostOrganizationId: rated.hostOrganizationId, contract: rated.contract };
}

/** What a booking would cost now, for the buyer to see before checkout (no split: that is between the platform and the host). */
export async function quoteBooking(em: EntityManager, request: Omit<PriceRequest, 'quotedAmountMinor'>) {
  const rated = await ratedPrice(em, { ...request, quotedAmountMinor: null });
  return { priceMinor: rated.best?.unitPriceMinor ?? null, currency: rated.best?.currency ?? request.currency, source: rated.best?.source ?? ('PLATFORM_DEFAULT' as const), contractId: rated.contract?.id ?? null };
}

/** The most specific rate for the booking, if any card or contract prices it, checked against the host and payee. */
async function ratedPrice(em: EntityManager, request: PriceRequest): Promise<{ best: PriceCandidate | null; hostOrganizationId: string | null; contract: ContractInForce | null }> {
  const host = request.hostOrganizationId;
  if (!host) return { best: null, hostOrganizationId: null, contract: null };
  const [account] = await em.execute<{ can_host: boolean }[]>(`select can_host from "billing"."billing_account" where organization_id = ?`, [host]);
  if (!account?.can_host) throw refuse('hostOrganizationId', 'That organization does not host experts.');
  const expert = isUuid(request.payeeId) ? await knownMember(em, host, request.payeeId) : null;
  if (expert?.status !== 'ACTIVE') throw refuse('payeeId', 'The payee is not an active member of the host organization.');

  const contract = request.sponsorOrganizationId && request.sponsorToday ? await contractInForce(em, request.sponsorOrganizationId, host, request.sponsorToday) : null;
  const candidates: PriceCandidate[] = [];
  const fromContract = { contractId: contract?.id ?? null, contractVersion: contract?.version ?? null };
  for (const rate of contract?.terms.rates ?? []) {
    if (rate.kind !== request.kind || (rate.expertUserId !== null && rate.expertUserId !== request.payeeId)) continue;
    candidates.push({ source: rate.expertUserId ? 'CONTRACT_EXPERT_RATE' : 'CONTRACT_RATE', unitPriceMinor: rate.unitPriceMinor, currency: contract!.terms.currency, split: rate.split, ratePriceId: null, ...fromContract });
  }
  for (const row of await cardPrices(em, host, contract?.terms.rateCardId ?? null, request)) {
    const source = row.fromContract ? (row.expertUserId ? 'CONTRACT_EXPERT_RATE' : 'CONTRACT_RATE_CARD') : row.expertUserId ? 'MEMBERSHIP_OVERRIDE' : 'HOST_RATE_CARD';
    candidates.push({
      source,
      unitPriceMinor: Number(row.unitPriceMinor),
      currency: row.currency.trim(),
      split: { platformBps: row.platformBps, hostBps: row.hostBps, expertBps: row.expertBps },
      ratePriceId: row.id,
      ...fromContract,
    });
  }
  const best = mostSpecific(candidates);
  if (best && best.currency !== request.currency) throw refuse('currency', `This expert is priced in ${best.currency}.`);
  return { best, hostOrganizationId: host, contract: contract && { id: contract.id, version: contract.version, monthlySpendCapMinor: contract.terms.monthlySpendCapMinor } };
}

function quoted(request: PriceRequest, split: PriceCandidate['split'], host: string | null, contract: ContractInForce | null): BookingPrice {
  if (request.quotedAmountMinor === null) throw refuse('amountMinor', 'No rate card prices this booking; give the amount you were quoted.');
  return { source: 'PLATFORM_DEFAULT', unitPriceMinor: request.quotedAmountMinor, currency: request.currency, split, ratePriceId: null, contractId: contract?.id ?? null, contractVersion: contract?.version ?? null, hostOrganizationId: host, contract };
}

/** The accepted terms of the live contract between a sponsor and a host, if they are in force on `today`. */
export async function contractInForce(em: EntityManager, sponsorOrganizationId: string, hostOrganizationId: string, today: string) {
  const [row] = await em.execute<{ id: string; version: number; terms: ContractTerms }[]>(
    `select c.id, v.version, v.terms from "billing"."contract" c join "billing"."contract_version" v on v.contract_id = c.id and v.version = c.accepted_version
     where c.sponsor_organization_id = ? and c.host_organization_id = ? and c.status = 'ACTIVE'`,
    [sponsorOrganizationId, hostOrganizationId],
  );
  return row && termsInForce(row.terms, today) ? row : null;
}

interface CardPriceRow {
  id: string;
  expertUserId: string | null;
  unitPriceMinor: string;
  currency: string;
  platformBps: number;
  hostBps: number;
  expertBps: number;
  fromContract: boolean;
}

/** Prices in effect at the moment of booking, from the host's default card and the contract's card. */
function cardPrices(em: EntityManager, host: string, contractCardId: string | null, r: PriceRequest) {
  return selectRows<CardPriceRow>(
    em,
    `select p.id, p.expert_user_id, p.unit_price_minor, c.currency, p.platform_bps, p.host_bps, p.expert_bps, c.id = ? as from_contract
       from "billing"."rate_card_price" p join "billing"."rate_card" c on c.id = p.rate_card_id
      where c.organization_id = ? and c.archived_at is null and (c.is_default or c.id = ?)
        and p.kind = ? and (p.expert_user_id is null or p.expert_user_id = ?)
        and p.effective_from <= ? and (p.effective_until is null or p.effective_until > ?)`,
    [contractCardId, host, contractCardId, r.kind, isUuid(r.payeeId) ? r.payeeId : null, r.at, r.at],
  );
}
