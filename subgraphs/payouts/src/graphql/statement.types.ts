import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { graphqlEnum, Money, money, PageInfo } from '@guildhall/kernel';
import { ENTRY_KINDS, ENTRY_STATUSES, type EntryKind, type EntryStatus } from '../domain/earnings.js';
import { PAYEE_KINDS, type PayeeKind } from '../domain/payee.js';
import type { PayoutProvider } from '../domain/payout-account.js';
import { PAYOUT_STATUSES, type PayoutStatus } from '../domain/payout-rules.js';
import { TDS_SECTIONS, type TdsSection } from '../domain/tds.js';
import type { BalanceRow, EntryRow, PayoutRow } from '../statements/statement-store.js';
import type { Statement, StatementTotals as TotalsRow } from '../statements/statement.js';
import { PayoutProviderEnum } from './payout-account.type.js';

/**
 * The payee-facing types of payouts: who is paid, their balance entries, their payouts and
 * statements. Other payouts files reuse these (one registration per GraphQL name).
 */
export const PayeeKindEnum = graphqlEnum(PAYEE_KINDS, 'PayeeKind', 'ORGANIZATION: a host organization (its share). USER: an expert paid as a person (their share).');
export const PayeeEntryKindEnum = graphqlEnum(ENTRY_KINDS, 'PayeeEntryKind', 'EARNING adds to a balance; CLAWBACK (a refund of money already earned) takes away.');
export const PayeeEntryStatusEnum = graphqlEnum(
  ENTRY_STATUSES,
  'PayeeEntryStatus',
  'HELD until the hold ends and no dispute is open, then AVAILABLE; IN_PAYOUT once a payout takes it, PAID when the payout completes.',
);
export const PayoutStatusEnum = graphqlEnum(
  PAYOUT_STATUSES,
  'PayoutStatus',
  'CREATED (not yet sent), PROCESSING (the provider has it), then PROCESSED, FAILED or REVERSED (a bank sent it back); FAILED and REVERSED return the money to the balance.',
);

/** GraphQL names cannot start with a digit: SECTION_194O stands for section 194O. */
export const TdsSectionEnum = Object.fromEntries(TDS_SECTIONS.map((s) => [`SECTION_${s}`, s])) as { [K in TdsSection as `SECTION_${K}`]: K };
registerEnumType(TdsSectionEnum, {
  name: 'TdsSection',
  description: 'The Income-tax Act section TDS is withheld under: 194O (e-commerce operator, the default), 194J (professional fees), 195 (payees not resident in India).',
});

@InputType({ description: 'A payee: an organization (its id) or an expert (their user id).' })
export class PayeeInput {
  @Field(() => PayeeKindEnum) kind!: PayeeKind;
  @Field(() => ID) id!: string;
}

@ObjectType({ description: 'Who is paid: a host organization or an expert.' })
export class Payee {
  @Field(() => PayeeKindEnum) kind!: PayeeKind;
  @Field(() => ID) id!: string;
}

@ObjectType({ description: "One line of a payee's balance: an earning from a payment, or a clawback of one by a refund." })
export class PayeeEntry {
  @Field(() => ID) id!: string;
  @Field(() => PayeeEntryKindEnum) kind!: EntryKind;
  @Field(() => ID, { description: 'The payment it came from.' }) paymentId!: string;
  @Field(() => ID, { nullable: true, description: 'For a clawback: the refund that took it back.' }) refundId!: string | null;
  @Field(() => Money, { description: 'Always positive; a CLAWBACK takes it away.' }) amount!: Money;
  @Field(() => PayeeEntryStatusEnum) status!: EntryStatus;
  @Field(() => Date, { nullable: true, description: 'When a HELD earning may be paid.' }) releaseAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The payout that took it, once IN_PAYOUT or PAID.' }) payoutId!: string | null;
  @Field(() => Date, { description: 'When it was recorded.' }) createdAt!: Date;
}

@ObjectType({ description: 'One transfer to a payee: gross = TDS + net.' })
export class Payout {
  @Field(() => ID) id!: string;
  @Field(() => ID) batchId!: string;
  @Field(() => Payee) payee!: Payee;
  @Field(() => PayoutProviderEnum) provider!: PayoutProvider;
  @Field(() => Money, { description: 'What the payee earned in it, before TDS.' }) gross!: Money;
  @Field(() => TdsSectionEnum) tdsSection!: TdsSection;
  @Field(() => Int, { description: 'The TDS rate withheld, in basis points (10 = 0.1%).' }) tdsRateBps!: number;
  @Field(() => Money, { description: 'Withheld and deposited with the government against the payee’s PAN.' }) tds!: Money;
  @Field(() => Money, { description: 'What reaches the payee’s account.' }) net!: Money;
  @Field(() => String, { nullable: true, description: 'RBI purpose code of a remittance abroad.' }) purposeCode!: string | null;
  @Field(() => PayoutStatusEnum) status!: PayoutStatus;
  @Field(() => String, { nullable: true }) failureReason!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the provider took it.' }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was PROCESSED, FAILED or REVERSED.' }) completedAt!: Date | null;
}

@ObjectType()
export class PayoutConnection {
  @Field(() => [Payout]) nodes!: Payout[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ description: "A payee's balance in one currency, by status. Clawbacks count against it, so a part can be negative." })
export class PayeeBalance {
  @Field(() => String) currency!: string;
  @Field(() => Money) held!: Money;
  @Field(() => Money) available!: Money;
  @Field(() => Money) inPayout!: Money;
  @Field(() => Money, { description: 'Paid out so far (gross of TDS).' }) paid!: Money;
}

@ObjectType({ description: 'What happened in a statement’s range, in one currency. Paid totals count PROCESSED payouts only.' })
export class PayeeStatementTotals {
  @Field(() => String) currency!: string;
  @Field(() => Money) earned!: Money;
  @Field(() => Money) clawedBack!: Money;
  @Field(() => Money, { description: 'earned − clawedBack.' }) net!: Money;
  @Field(() => Money) paidGross!: Money;
  @Field(() => Money) tdsWithheld!: Money;
  @Field(() => Money, { description: 'paidGross − tdsWithheld: what reached the payee.' }) paidNet!: Money;
}

@ObjectType({ description: "A payee's statement: its balance now, and its entries and payouts recorded between two dates (India time, inclusive)." })
export class PayeeStatement {
  @Field(() => Payee) payee!: Payee;
  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' }) from!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' }) to!: string;
  @Field(() => String, { description: 'The time zone of the dates: Asia/Kolkata.' }) timeZone!: string;
  @Field(() => Date) generatedAt!: Date;
  @Field(() => [PayeeBalance], { description: 'The balance now, one per currency the payee has entries in (INR zeros when none).' }) balances!: PayeeBalance[];
  @Field(() => [PayeeStatementTotals], { description: 'Totals of the range, one per currency that occurs in it.' }) totals!: PayeeStatementTotals[];
  @Field(() => [PayeeEntry], { description: 'Oldest first.' }) entries!: PayeeEntry[];
  @Field(() => [Payout], { description: 'Oldest first.' }) payouts!: Payout[];

  /** The rows behind the fields, for the CSV. */
  source!: Pick<Statement, 'entries' | 'payouts'>;
}

export const toPayee = (kind: PayeeKind, id: string): Payee => ({ kind, id });

export const toPayeeEntry = (e: EntryRow): PayeeEntry => ({
  id: e.id,
  kind: e.kind,
  paymentId: e.paymentId,
  refundId: e.refundId,
  amount: money(e.amountMinor, e.currency),
  status: e.status,
  releaseAt: e.releaseAt,
  payoutId: e.payoutId,
  createdAt: e.createdAt,
});

export const toPayout = (p: PayoutRow): Payout => ({
  id: p.id,
  batchId: p.batchId,
  payee: toPayee(p.payeeKind, p.payeeId),
  provider: p.provider,
  gross: money(p.grossMinor, p.currency),
  tdsSection: p.tdsSection,
  tdsRateBps: p.tdsRateBps,
  tds: money(p.tdsMinor, p.currency),
  net: money(p.netMinor, p.currency),
  purposeCode: p.purposeCode,
  status: p.status,
  failureReason: p.failureReason,
  createdAt: p.createdAt,
  submittedAt: p.submittedAt,
  completedAt: p.completedAt,
});

const toBalance = (b: BalanceRow): PayeeBalance => ({
  currency: b.currency,
  held: money(b.heldMinor, b.currency),
  available: money(b.availableMinor, b.currency),
  inPayout: money(b.inPayoutMinor, b.currency),
  paid: money(b.paidMinor, b.currency),
});

const toTotals = (t: TotalsRow): PayeeStatementTotals => ({
  currency: t.currency,
  earned: money(t.earnedMinor, t.currency),
  clawedBack: money(t.clawedBackMinor, t.currency),
  net: money(t.earnedMinor - t.clawedBackMinor, t.currency),
  paidGross: money(t.paidGrossMinor, t.currency),
  tdsWithheld: money(t.tdsWithheldMinor, t.currency),
  paidNet: money(t.paidNetMinor, t.currency),
});

export const toPayeeStatement = (s: Statement, timeZone: string): PayeeStatement => ({
  payee: toPayee(s.payee.kind, s.payee.id),
  from: s.from,
  to: s.to,
  timeZone,
  generatedAt: s.generatedAt,
  balances: s.balances.map(toBalance),
  totals: s.totals.map(toTotals),
  entries: s.entries.map(toPayeeEntry),
  payouts: s.payouts.map(toPayout),
  source: { entries: s.entries, payouts: s.payouts },
});
