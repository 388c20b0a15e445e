import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, Money, PageInfo } from '@guildhall/kernel';
import { SIDES, type AccountKind, type Side, type TransactionKind } from '../domain/ledger.js';
import { DisputeStatusEnum, LedgerAccountKindEnum, LedgerTransactionKindEnum } from './billing-enums.js';

const SideEnum = graphqlEnum(SIDES, 'LedgerSide');

@ObjectType()
export class LedgerEntry {
  @Field(() => LedgerAccountKindEnum) accountKind!: AccountKind;
  @Field(() => SideEnum) side!: Side;
  @Field(() => Money) amount!: Money;
}

@ObjectType({ description: 'One balanced movement of value: its entries sum to zero per currency.' })
export class LedgerTransaction {
  @Field(() => ID) id!: string;
  @Field(() => LedgerTransactionKindEnum) kind!: TransactionKind;
  @Field(() => String) memo!: string;
  @Field(() => ID, { nullable: true }) paymentId!: string | null;
  @Field(() => [LedgerEntry]) entries!: LedgerEntry[];
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class LedgerTransactionConnection {
  @Field(() => [LedgerTransaction]) nodes!: LedgerTransaction[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ description: 'A chargeback the provider reported.' })
export class Dispute {
  @Field(() => ID) id!: string;
  @Field(() => ID) paymentId!: string;
  @Field(() => DisputeStatusEnum) status!: string;
  @Field(() => Money) amount!: Money;
  @Field(() => String) reason!: string;
  @Field(() => Date, { nullable: true }) evidenceDueBy!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class SpendLine {
  @Field(() => Money) gross!: Money;
  @Field(() => Money) refunds!: Money;
  @Field(() => Money) net!: Money;
  @Field(() => Int, { description: 'How many purchases.' }) count!: number;
}

@ObjectType()
export class MemberSpend extends SpendLine {
  @Field(() => ID) userId!: string;
}

@ObjectType()
export class MonthSpend extends SpendLine {
  @Field(() => String, { description: 'YYYY-MM, in UTC.' }) month!: string;
}

@ObjectType({ description: "An org's spend through its funds (credits and invoice) in a period, from the one billable-payment rule." })
export class BillingSummary {
  @Field(() => Money) gross!: Money;
  @Field(() => Money) refunds!: Money;
  @Field(() => Money) net!: Money;
  @Field(() => Money, { description: 'Charged to the invoice and not yet invoiced (now, whatever the period).' }) unbilled!: Money;
  @Field(() => Money, { description: 'The credit balance now.' }) credits!: Money;
  @Field(() => [MemberSpend]) byMember!: MemberSpend[];
  @Field(() => [MonthSpend]) byMonth!: MonthSpend[];
}
