import type { EntityManager } from '@mikro-orm/postgresql';
import { placeholders, selectRows } from '@guildhall/kernel';
import type { PurchaseKind } from '../domain/purchase.js';
import type { SplitBps } from '../domain/revenue-split.js';

export interface RateCardRow {
  id: string;
  organizationId: string;
  name: string;
  currency: string;
  isDefault: boolean;
  archivedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface RateCardPriceRow {
  id: string;
  rateCardId: string;
  kind: PurchaseKind;
  /** null: the card's price for every expert of the host; else a per-membership override. */
  expertUserId: string | null;
  unitPriceMinor: number;
  split: SplitBps;
  effectiveFrom: Date;
  effectiveUntil: Date | null;
  createdBy: string;
  createdAt: Date;
}

export const RATE_CARD = '"billing"."rate_card"';
export const RATE_CARD_PRICE = '"billing"."rate_card_price"';
export const RATE_CARD_COLUMNS = 'id, organization_id, name, currency, is_default, archived_at, created_by, created_at, updated_at';
const PRICE_COLUMNS = 'id, rate_card_id, kind, expert_user_id, unit_price_minor, platform_bps, host_bps, expert_bps, effective_from, effective_until, created_by, created_at';

// char(3) comes back padded; bigint comes back as text
export const toRateCardRow = (raw: RateCardRow): RateCardRow => ({ ...raw, currency: raw.currency.trim() });

type RawPrice = Omit<RateCardPriceRow, 'split' | 'unitPriceMinor' | 'effectiveFrom' | 'effectiveUntil'> & {
  unitPriceMinor: string;
  platformBps: number;
  hostBps: number;
  expertBps: number;
  effectiveFrom: string;
  effectiveUntil: string | null;
};
// selectRows turns only *_at columns into Dates
const toPriceRow = ({ platformBps, hostBps, expertBps, unitPriceMinor, effectiveFrom, effectiveUntil, ...rest }: RawPrice): RateCardPriceRow => ({
  ...rest,
  unitPriceMinor: Number(unitPriceMinor),
  split: { platformBps, hostBps, expertBps },
  effectiveFrom: new Date(effectiveFrom),
  effectiveUntil: effectiveUntil === null ? null : new Date(effectiveUntil),
});

export async function selectRateCards(em: EntityManager, where: string, params: unknown[]): Promise<RateCardRow[]> {
  return (await selectRows<RateCardRow>(em, `select ${RATE_CARD_COLUMNS} from ${RATE_CARD} where ${where}`, params)).map(toRateCardRow);
}

/** An org's card, or null (another org's card is as unknown as a missing one). */
export async function findRateCard(em: EntityManager, organizationId: string, rateCardId: string, lock = false): Promise<RateCardRow | null> {
  const [card] = await selectRateCards(em, `id = ? and organization_id = ?${lock ? ' for update' : ''}`, [rateCardId, organizationId]);
  return card ?? null;
}

/** The org's cards: the default first, then live ones by name, archived ones last. */
export const listRateCards = (em: EntityManager, organizationId: string) =>
  selectRateCards(em, 'organization_id = ? order by archived_at is not null, is_default desc, name, id', [organizationId]);

export async function selectPrices(em: EntityManager, where: string, params: readonly unknown[]): Promise<RateCardPriceRow[]> {
  return (await selectRows<RawPrice>(em, `select ${PRICE_COLUMNS} from ${RATE_CARD_PRICE} where ${where}`, params)).map(toPriceRow);
}

/** The versions in effect at an instant, per kind and expert (the card-wide price first). */
export const pricesInEffect = (em: EntityManager, rateCardIds: readonly string[], at: Date) =>
  selectPrices(
    em,
    `rate_card_id in ${placeholders(rateCardIds)} and effective_from <= ? and (effective_until is null or effective_until > ?) order by rate_card_id, kind, expert_user_id nulls first`,
    [...rateCardIds, at, at],
  );

/** Every version, newest first. */
export const priceHistory = (em: EntityManager, rateCardIds: readonly string[]) =>
  selectPrices(em, `rate_card_id in ${placeholders(rateCardIds)} order by effective_from desc, created_at desc, id`, rateCardIds);
