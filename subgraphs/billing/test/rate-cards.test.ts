import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from '@guildhall/testkit';
import { call, hostOrgWithRoles, orgWithRoles, outboxOf, rows, useBillingSystem, type BillingSystem, type Role } from './billing-fixtures.js';

/**
 * Rate cards through the real gateway: who may create, price and read them, how prices version,
 * and that another org's member neither sees nor changes them.
 */
let s: BillingSystem;
useBillingSystem((started) => (s = started), { hosting: true });

type Member = { token: string; userId: string };
let host: { id: string; members: Record<Role, Member> };
let third: { id: string; owner: Member };

beforeAll(async () => {
  const h = await hostOrgWithRoles(s.world, 'Card Host', ['BILLING_ADMIN', 'MAINTAINER', 'MANAGER', 'LEARNER', 'EXPERT']);
  host = { id: h.org.id, members: h.members };
  const t = await hostOrgWithRoles(s.world, 'Third Host');
  third = { id: t.org.id, owner: t.members.OWNER };
}, 120_000);

const CARD = 'id name currency isDefault archivedAt createdAt';
const PRICE = 'id kind expertUserId unitPrice { amountMinor currency } split { platformBps hostBps expertBps } effectiveFrom effectiveUntil';
const mutate = (token: string, name: string, inputType: string, input: Record<string, unknown>, fields = `rateCard { ${CARD} }`) =>
  call(s.world, token, `mutation ($input: ${inputType}!) { r: ${name}(input: $input) { ${fields} userErrors { code field message } } }`, { input });
const create = (token: string, input: Record<string, unknown>) => mutate(token, 'createRateCard', 'CreateRateCardInput', { organizationId: host.id, currency: 'INR', ...input });
const setPrice = (token: string, input: Record<string, unknown>) =>
  mutate(token, 'setRateCardPrice', 'SetRateCardPriceInput', { organizationId: host.id, kind: 'CONSULTATION', unitPriceMinor: 100_000, split: SPLIT, ...input }, `rateCard { id } price { ${PRICE} }`);
const setDefault = (token: string, organizationId: string, rateCardId: string) => mutate(token, 'setDefaultRateCard', 'RateCardRefInput', { organizationId, rateCardId });
const archive = (token: string, organizationId: string, rateCardId: string) => mutate(token, 'archiveRateCard', 'RateCardRefInput', { organizationId, rateCardId });
const readCard = (token: string, organizationId: string, id: string, pricesArgs = '') =>
  call(s.world, token, `query ($org: ID!, $id: ID!) { rateCard(organizationId: $org, id: $id) { ${CARD} prices${pricesArgs} { ${PRICE} } } }`, { org: organizationId, id });
const listCards = (token: string, organizationId: string) => call(s.world, token, `query ($id: ID!) { billingAccount(organizationId: $id) { rateCards { id name isDefault archivedAt } } }`, { id: organizationId });

const SPLIT = { platformBps: 1_000, hostBps: 2_000, expertBps: 7_000 };
const topCode = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
const codes = (r: GraphQLResponse) => {
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return (r.data?.['r'].userErrors as { code: string; field: string[] }[]).map((e) => `${e.code} ${e.field.join('.')}`);
};
const ok = <T = Record<string, any>>(r: GraphQLResponse, key = 'rateCard'): T => { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (r.errors || r.data?.['r'].userErrors.length) throw new Error(JSON.stringify(r.errors ?? r.data?.['r'].userErrors));
  return r.data?.['r'][key] as T;
};
const cardCount = async (organizationId: string) => Number((await rows(s.world, 'select count(*) as n from billing.rate_card where organization_id = $1', [organizationId]))[0].n);
const priceRows = (rateCardId: string) =>
  rows(s.world, `select id, kind, expert_user_id, unit_price_minor::int as price, platform_bps, host_bps, expert_bps, effective_from, effective_until from billing.rate_card_price where rate_card_id = $1 order by effective_from`, [rateCardId]);
const changes = async (rateCardId: string) => (await outboxOf(s.world, 'billing.rate-card.changed', rateCardId)).map((e) => e.payload['change']);
const name = () => `Card ${randomUUID().slice(0, 8)}`;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const DAY = 86_400_000;

describe('creating rate cards', () => {
  it('lets an OWNER and a BILLING_ADMIN create cards; a new default replaces the old one in the same change', async () => {
    const first = ok(await create(host.members.OWNER.token, { name: '  Standard  ', isDefault: true }));
    expect(first).toMatchObject({ name: 'Standard', currency: 'INR', isDefault: true, archivedAt: null });
    const second = ok(await create(host.members.BILLING_ADMIN.token, { name: 'Premium', currency: 'USD', isDefault: true }));
    expect(second).toMatchObject({ name: 'Premium', currency: 'USD', isDefault: true });
    const spare = ok(await create(host.members.OWNER.token, { name: 'Spare' }));
    expect(spare.isDefault).toBe(false);
    const stored = await rows(s.world, 'select name, is_default, created_by from billing.rate_card where organization_id = $1 order by created_at', [host.id]);
    expect(stored).toEqual([
      { name: 'Standard', is_default: false, created_by: host.members.OWNER.userId },
      { name: 'Premium', is_default: true, created_by: host.members.BILLING_ADMIN.userId },
      { name: 'Spare', is_default: false, created_by: host.members.OWNER.userId },
    ]);
    expect(await changes(first.id)).toEqual(['created', 'default-set']);
    expect(await changes(spare.id)).toEqual(['created']);
    const [event] = await outboxOf(s.world, 'billing.rate-card.changed', spare.id);
    expect(event).toEqual({ organization_id: host.id, payload: { organizationId: host.id, rateCardId: spare.id, change: 'created', kind: null, effectiveFrom: null } });
  });

  it('refuses MAINTAINER, MANAGER, LEARNER and EXPERT, and writes nothing', async () => {
    const before = await cardCount(host.id);
    for (const role of ['MAINTAINER', 'MANAGER', 'LEARNER', 'EXPERT'] as const) expect(topCode(await create(host.members[role].token, { name: name() }))).toBe('FORBIDDEN');
    expect(await cardCount(host.id)).toBe(before);
  });

  it('refuses an org that does not host experts', async () => {
    const { org, members } = await orgWithRoles(s.world, 'Sponsor Only');
    const r = await mutate(members.OWNER.token, 'createRateCard', 'CreateRateCardInput', { organizationId: org.id, name: 'Mine', currency: 'INR' });
    expect(codes(r)).toEqual(['CONFLICT input.organizationId']);
    expect(await cardCount(org.id)).toBe(0);
  });

  it('refuses a duplicate name and bad input with typed errors, writing nothing', async () => {
    ok(await create(host.members.OWNER.token, { name: 'Unique' }));
    const before = await cardCount(host.id);
    expect(codes(await create(host.members.OWNER.token, { name: ' Unique ', isDefault: true }))).toEqual(['CONFLICT input.name']);
    expect(codes(await create(host.members.OWNER.token, { name: '   ', currency: 'XYZ' }))).toEqual(['BAD_USER_INPUT input.name', 'BAD_USER_INPUT input.currency']);
    expect(codes(await create(host.members.OWNER.token, { name: 'x'.repeat(81) }))).toEqual(['BAD_USER_INPUT input.name']);
    expect(await cardCount(host.id)).toBe(before);
    // the refused default did not unset the current one
    expect((await rows(s.world, 'select name from billing.rate_card where organization_id = $1 and is_default', [host.id])).map((r) => r.name)).toEqual(['Premium']);
  });
});

describe('reading rate cards', () => {
  let cardId: string;
  beforeAll(async () => {
    cardId = ok(await create(host.members.OWNER.token, { name: 'Readable' })).id;
    ok(await setPrice(host.members.OWNER.token, { rateCardId: cardId }), 'price');
  });

  it('shows cards and prices to OWNER, BILLING_ADMIN, MAINTAINER and MANAGER', async () => {
    for (const role of ['OWNER', 'BILLING_ADMIN', 'MAINTAINER', 'MANAGER'] as const) {
      const list = await listCards(host.members[role].token, host.id);
      expect(list.errors).toBeUndefined();
      expect(list.data?.['billingAccount'].rateCards).toContainEqual({ id: cardId, name: 'Readable', isDefault: false, archivedAt: null });
      const one = await readCard(host.members[role].token, host.id, cardId);
      expect(one.errors).toBeUndefined();
      expect(one.data?.['rateCard'].prices).toEqual([expect.objectContaining({ kind: 'CONSULTATION', unitPrice: { amountMinor: 100_000, currency: 'INR' }, split: SPLIT })]);
    }
  });

  it('refuses a LEARNER and an EXPERT', async () => {
    for (const role of ['LEARNER', 'EXPERT'] as const) {
      expect(topCode(await readCard(host.members[role].token, host.id, cardId))).toBe('FORBIDDEN');
      expect(topCode(await listCards(host.members[role].token, host.id))).toBe('FORBIDDEN');
    }
  });

  it('lists the default first and archived cards last', async () => {
    const names = ((await listCards(host.members.OWNER.token, host.id)).data?.['billingAccount'].rateCards as { name: string; isDefault: boolean; archivedAt: string | null }[]);
    expect(names[0]).toMatchObject({ isDefault: true });
    const firstArchived = names.findIndex((c) => c.archivedAt !== null);
    if (firstArchived >= 0) expect(names.slice(firstArchived).every((c) => c.archivedAt !== null)).toBe(true);
  });
});

describe('price versions', () => {
  let cardId: string;
  beforeAll(async () => {
    cardId = ok(await create(host.members.OWNER.token, { name: 'Versioned' })).id;
  });

  it('appends versions: the one in effect ends where the next starts, and its price and split stay as they were', async () => {
    const v1From = at(-2 * DAY);
    const v1 = ok(await setPrice(host.members.OWNER.token, { rateCardId: cardId, effectiveFrom: v1From }), 'price');
    expect(v1).toMatchObject({ kind: 'CONSULTATION', expertUserId: null, unitPrice: { amountMinor: 100_000, currency: 'INR' }, split: SPLIT, effectiveFrom: v1From, effectiveUntil: null });
    const v2From = at(-1 * DAY);
    const v2 = ok(await setPrice(host.members.BILLING_ADMIN.token, { rateCardId: cardId, unitPriceMinor: 120_000, split: { platformBps: 1_500, hostBps: 1_500, expertBps: 7_000 }, effectiveFrom: v2From }), 'price');

    const stored = await priceRows(cardId);
    expect(stored).toHaveLength(2);
    expect(stored[0]).toMatchObject({ id: v1.id, price: 100_000, platform_bps: 1_000, host_bps: 2_000, expert_bps: 7_000 });
    expect(stored[0].effective_until.toISOString()).toBe(v2From);
    expect(stored[1]).toMatchObject({ id: v2.id, price: 120_000, platform_bps: 1_500, effective_until: null });

    // now, then, and the whole history newest first
    expect((await readCard(host.members.MANAGER.token, host.id, cardId)).data?.['rateCard'].prices.map((p: { id: string }) => p.id)).toEqual([v2.id]);
    expect((await readCard(host.members.MANAGER.token, host.id, cardId, `(at: "${at(-1.5 * DAY)}")`)).data?.['rateCard'].prices).toEqual([
      expect.objectContaining({ id: v1.id, unitPrice: { amountMinor: 100_000, currency: 'INR' }, effectiveUntil: v2From }),
    ]);
    expect((await readCard(host.members.MANAGER.token, host.id, cardId, '(history: true)')).data?.['rateCard'].prices.map((p: { id: string }) => p.id)).toEqual([v2.id, v1.id]);
    expect((await outboxOf(s.world, 'billing.rate-card.changed', cardId)).map((e) => e.payload)).toEqual([
      expect.objectContaining({ change: 'created' }),
      { organizationId: host.id, rateCardId: cardId, change: 'price-set', kind: 'CONSULTATION', effectiveFrom: v1From },
      { organizationId: host.id, rateCardId: cardId, change: 'price-set', kind: 'CONSULTATION', effectiveFrom: v2From },
    ]);
  });

  it('refuses a version that does not start after the latest one, and changes nothing', async () => {
    const before = await priceRows(cardId);
    const events = (await changes(cardId)).length;
    expect(codes(await setPrice(host.members.OWNER.token, { rateCardId: cardId, effectiveFrom: at(-1.5 * DAY) }))).toEqual(['CONFLICT input.effectiveFrom']);
    expect(codes(await setPrice(host.members.OWNER.token, { rateCardId: cardId, effectiveFrom: before[1].effective_from.toISOString() }))).toEqual(['CONFLICT input.effectiveFrom']);
    expect(await priceRows(cardId)).toEqual(before);
    expect((await changes(cardId)).length).toBe(events);
  });

  it('schedules a future version: today\'s price stays in effect until it starts', async () => {
    const v3From = at(DAY);
    const v3 = ok(await setPrice(host.members.OWNER.token, { rateCardId: cardId, unitPriceMinor: 150_000, effectiveFrom: v3From, effectiveUntil: at(30 * DAY) }), 'price');
    const now = (await readCard(host.members.OWNER.token, host.id, cardId)).data?.['rateCard'].prices;
    expect(now).toEqual([expect.objectContaining({ unitPrice: { amountMinor: 120_000, currency: 'INR' }, effectiveUntil: v3From })]);
    expect((await readCard(host.members.OWNER.token, host.id, cardId, `(at: "${at(2 * DAY)}")`)).data?.['rateCard'].prices.map((p: { id: string }) => p.id)).toEqual([v3.id]);
    expect((await readCard(host.members.OWNER.token, host.id, cardId, `(at: "${at(31 * DAY)}")`)).data?.['rateCard'].prices).toEqual([]);
  });

  it('keeps a separate series per kind and per expert override; an override is for an ACTIVE member', async () => {
    const expert = host.members.EXPERT.userId;
    const override = ok(await setPrice(host.members.OWNER.token, { rateCardId: cardId, expertUserId: expert, unitPriceMinor: 200_000 }), 'price');
    expect(override).toMatchObject({ expertUserId: expert, unitPrice: { amountMinor: 200_000, currency: 'INR' } });
    const webinar = ok(await setPrice(host.members.OWNER.token, { rateCardId: cardId, kind: 'WEBINAR', unitPriceMinor: 5_000 }), 'price');
    const inEffect = (await readCard(host.members.OWNER.token, host.id, cardId)).data?.['rateCard'].prices as { id: string; kind: string; expertUserId: string | null }[];
    expect(inEffect.map((p) => [p.kind, p.expertUserId, p.id])).toEqual(expect.arrayContaining([['WEBINAR', null, webinar.id], ['CONSULTATION', expert, override.id]]));
    expect(inEffect.filter((p) => p.kind === 'CONSULTATION' && p.expertUserId === null)).toHaveLength(1); // the card-wide price was not closed by the override

    const before = (await priceRows(cardId)).length;
    for (const outsider of [randomUUID(), third.owner.userId]) {
      expect(codes(await setPrice(host.members.OWNER.token, { rateCardId: cardId, expertUserId: outsider }))).toEqual(['BAD_USER_INPUT input.expertUserId']);
    }
    expect(codes(await setPrice(host.members.OWNER.token, { rateCardId: cardId, expertUserId: 'not-a-user' }))).toEqual(['BAD_USER_INPUT input.expertUserId']);
    expect((await priceRows(cardId)).length).toBe(before);
  });

  it('refuses bad prices and splits with typed errors, writing nothing', async () => {
    const before = (await priceRows(cardId)).length;
    expect(codes(await setPrice(host.members.OWNER.token, { rateCardId: cardId, unitPriceMinor: 0, split: { platformBps: 1_000, hostBps: 1_000, expertBps: 7_000 } }))).toEqual([
      'BAD_USER_INPUT input.unitPriceMinor',
      'BAD_USER_INPUT input.split',
    ]);
    expect(codes(await setPrice(host.members.OWNER.token, { rateCardId: cardId, split: { platformBps: -1, hostBps: 1_001, expertBps: 9_000 } }))).toEqual(['BAD_USER_INPUT input.split']);
    expect(codes(await setPrice(host.members.OWNER.token, { rateCardId: cardId, effectiveFrom: at(5 * DAY), effectiveUntil: at(4 * DAY) }))).toEqual(['BAD_USER_INPUT input.effectiveUntil']);
    expect((await priceRows(cardId)).length).toBe(before);
  });

  it('refuses price changes from roles without rateCards.manage', async () => {
    const before = (await priceRows(cardId)).length;
    for (const role of ['MAINTAINER', 'MANAGER', 'LEARNER'] as const) expect(topCode(await setPrice(host.members[role].token, { rateCardId: cardId, effectiveFrom: at(60 * DAY) }))).toBe('FORBIDDEN');
    expect((await priceRows(cardId)).length).toBe(before);
  });
});

describe('default and archived cards', () => {
  it('moves the default, archives the default to leave none, and an archived card changes no more', async () => {
    const a = ok(await create(host.members.OWNER.token, { name: name(), isDefault: true }));
    const b = ok(await create(host.members.OWNER.token, { name: name() }));
    expect(ok(await setDefault(host.members.BILLING_ADMIN.token, host.id, b.id))).toMatchObject({ id: b.id, isDefault: true });
    const defaults = async () => (await rows(s.world, 'select id from billing.rate_card where organization_id = $1 and is_default', [host.id])).map((r) => r.id);
    expect(await defaults()).toEqual([b.id]);
    // setting it again changes and records nothing
    expect(ok(await setDefault(host.members.OWNER.token, host.id, b.id)).isDefault).toBe(true);
    expect(await changes(b.id)).toEqual(['created', 'default-set']);

    const archived = ok(await archive(host.members.OWNER.token, host.id, b.id));
    expect(archived).toMatchObject({ id: b.id, isDefault: false, archivedAt: expect.any(String) });
    expect(await defaults()).toEqual([]);
    expect(await changes(b.id)).toEqual(['created', 'default-set', 'archived']);

    expect(codes(await setPrice(host.members.OWNER.token, { rateCardId: b.id }))).toEqual(['CONFLICT input.rateCardId']);
    expect(codes(await setDefault(host.members.OWNER.token, host.id, b.id))).toEqual(['CONFLICT input.rateCardId']);
    expect(codes(await archive(host.members.OWNER.token, host.id, b.id))).toEqual(['CONFLICT input.rateCardId']);
    expect(await priceRows(b.id)).toEqual([]);
    expect(await defaults()).toEqual([]);
    expect(ok(await setDefault(host.members.OWNER.token, host.id, a.id)).isDefault).toBe(true);
    expect(topCode(await archive(host.members.MAINTAINER.token, host.id, a.id))).toBe('FORBIDDEN');
  });
});

describe("another org's member", () => {
  let cardId: string;
  beforeAll(async () => {
    cardId = ok(await create(host.members.OWNER.token, { name: 'Private' })).id;
    ok(await setPrice(host.members.OWNER.token, { rateCardId: cardId }), 'price');
  });

  it('sees nothing of the card', async () => {
    expect(topCode(await readCard(third.owner.token, host.id, cardId))).toBe('NOT_FOUND');
    expect(topCode(await listCards(third.owner.token, host.id))).toBe('NOT_FOUND');
    const viaOwnOrg = await readCard(third.owner.token, third.id, cardId);
    expect(topCode(viaOwnOrg)).toBe('NOT_FOUND');
    expect(viaOwnOrg.errors?.[0]?.message).toBe('Rate card was not found.');
  });

  it('changes nothing of it', async () => {
    const before = { card: await rows(s.world, 'select * from billing.rate_card where id = $1', [cardId]), prices: await priceRows(cardId) };
    expect(topCode(await setPrice(third.owner.token, { rateCardId: cardId }))).toBe('FORBIDDEN');
    expect(topCode(await setPrice(third.owner.token, { organizationId: third.id, rateCardId: cardId }))).toBe('NOT_FOUND');
    expect(topCode(await setDefault(third.owner.token, third.id, cardId))).toBe('NOT_FOUND');
    expect(topCode(await archive(third.owner.token, third.id, cardId))).toBe('NOT_FOUND');
    expect(topCode(await archive(third.owner.token, host.id, cardId))).toBe('FORBIDDEN');
    expect({ card: await rows(s.world, 'select * from billing.rate_card where id = $1', [cardId]), prices: await priceRows(cardId) }).toEqual(before);
    expect(await changes(cardId)).toEqual(['created', 'price-set']);
  });
});
