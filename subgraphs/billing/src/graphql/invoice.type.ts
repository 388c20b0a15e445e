import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, Money, PageInfo, UserError } from '@guildhall/kernel';
import { SUPPLY_TYPES } from '../domain/gst.js';
import { INVOICE_STATUSES, type InvoiceStatus } from '../domain/invoice-status.js';

export const InvoiceStatusEnum = graphqlEnum(INVOICE_STATUSES, 'InvoiceStatus');
const SupplyTypeEnum = graphqlEnum(SUPPLY_TYPES, 'SupplyType', 'INTRA_STATE: CGST + SGST; INTER_STATE: IGST; EXPORT: zero-rated under LUT.');

@ObjectType({ description: 'A party named on a GST document, as it was when the document was made.' })
export class InvoiceParty {
  @Field(() => String) legalName!: string;
  @Field(() => String, { nullable: true }) gstin!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true, description: 'GST state code.' }) stateCode!: string | null;
  @Field(() => String) country!: string;
}

@ObjectType()
export class InvoiceLine {
  @Field(() => ID) id!: string;
  @Field(() => ID) paymentId!: string;
  @Field(() => String) description!: string;
  @Field(() => String) sacCode!: string;
  @Field(() => Int, { description: 'GST rate in basis points (1800 = 18%).' }) rateBps!: number;
  @Field(() => Money) taxable!: Money;
  @Field(() => Money) cgst!: Money;
  @Field(() => Money) sgst!: Money;
  @Field(() => Money) igst!: Money;
  @Field(() => Money) total!: Money;
}

@ObjectType({ description: 'A GST credit note: a refund of an invoiced charge, with the tax on it.' })
export class CreditNote {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => ID) refundId!: string;
  @Field(() => Money) taxable!: Money;
  @Field(() => Money) tax!: Money;
  @Field(() => Money) total!: Money;
  @Field(() => String, { description: 'REDUCES_DUE: taken off what the invoice asks; REFUNDED: paid back to the cards that paid the invoice; REFUND_DUE: owed back to the org.' }) settlement!: string;
  @Field(() => Date) issuedAt!: Date;
  @Field(() => String, { description: 'A signed download link, valid for 15 minutes.' }) pdfUrl!: string;
}

@ObjectType({ description: 'A monthly GST invoice of an org\'s invoiced purchases.' })
export class Invoice {
  @Field(() => ID) id!: string;
  organizationId!: string;
  @Field(() => String, { nullable: true, description: 'Gapless per fiscal year, given on issue; drafts have none.' }) number!: string | null;
  @Field(() => InvoiceStatusEnum) status!: InvoiceStatus;
  @Field(() => String, { description: 'YYYY-MM-DD, first day of the period.' }) periodStart!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, the day after the period.' }) periodEnd!: string;
  @Field(() => SupplyTypeEnum) supplyType!: string;
  @Field(() => String, { nullable: true, description: 'Place of supply: the buyer\'s GST state code.' }) placeOfSupply!: string | null;
  @Field(() => Boolean) reverseCharge!: boolean;
  @Field(() => InvoiceParty) supplier!: InvoiceParty;
  @Field(() => InvoiceParty) buyer!: InvoiceParty;
  @Field(() => Money) taxable!: Money;
  @Field(() => Money) cgst!: Money;
  @Field(() => Money) sgst!: Money;
  @Field(() => Money) igst!: Money;
  @Field(() => Money) total!: Money;
  @Field(() => Money) paid!: Money;
  @Field(() => Money) credited!: Money;
  @Field(() => Money, { description: 'Still to pay: the amount due less payments and credit notes.' }) outstanding!: Money;
  @Field(() => String, { nullable: true }) dueDate!: string | null;
  @Field(() => Date, { nullable: true }) issuedAt!: Date | null;
  @Field(() => Date, { nullable: true }) paidAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class InvoiceConnection {
  @Field(() => [Invoice]) nodes!: Invoice[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class InvoicePayload {
  @Field(() => Invoice, { nullable: true }) invoice!: Invoice | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
