import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isUuid, MinorUnits, money, pageSize, principalCan, selectRows, type Outcome } from '@guildhall/kernel';
import { afterCursor, keysetPageInfo } from './keyset-page.js';
import type { InvoiceStatus } from '../domain/invoice-status.js';
import type { ProviderName } from '../domain/purchase.js';
import { documentUrl } from '../invoices/document-links.js';
import { generateInvoice, issueDraftInvoice, voidDraftInvoice } from '../invoices/invoice-admin.js';
import { findInvoice, invoicesOf, linesOf, type InvoiceRow } from '../invoices/invoice-store.js';
import { payInvoice } from '../invoices/pay-invoice.js';
import { BillingAccount } from './billing-account.type.js';
import { PaymentProviderEnum } from './billing-enums.js';
import { CreditNote, Invoice, InvoiceConnection, InvoiceLine, InvoicePayload, InvoiceStatusEnum } from './invoice.type.js';
import type { BillingContext } from './loaders.js';
import { nextActionOf, toPayment } from './mappers.js';
import { CheckoutPayload } from './payment.type.js';

export const toInvoice = (i: InvoiceRow): Invoice => ({
  ...i,
  taxable: money(i.taxableMinor, i.currency),
  cgst: money(i.cgstMinor, i.currency),
  sgst: money(i.sgstMinor, i.currency),
  igst: money(i.igstMinor, i.currency),
  total: money(i.totalMinor, i.currency),
  paid: money(i.paidMinor, i.currency),
  credited: money(i.creditedMinor, i.currency),
  outstanding: money(i.status === 'DRAFT' || i.status === 'VOID' ? 0 : Math.max(0, i.amountDueMinor - i.paidMinor - i.creditedMinor), i.currency),
});

@InputType()
class OrganizationInput {
  @Field(() => ID) organizationId!: string;
}

@InputType()
class InvoiceInput {
  @Field(() => ID) invoiceId!: string;
}

@InputType()
class PayInvoiceInput {
  @Field(() => ID) invoiceId!: string;
  @Field(() => MinorUnits, { nullable: true, description: 'Omit to pay everything outstanding.' }) amountMinor?: number | null;
  @Field(() => PaymentProviderEnum, { nullable: true }) provider?: ProviderName | null;
  @Field(() => String) idempotencyKey!: string;
}

const invoicePayload = (outcome: Outcome<InvoiceRow>): InvoicePayload =>
  outcome.ok ? { invoice: toInvoice(outcome.value), userErrors: [] } : { invoice: null, userErrors: outcome.errors };

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Query(() => Invoice, { nullable: true, description: "An invoice of an org whose finances you can see." })
  async invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: BillingContext): Promise<Invoice | null> {
    const row = isUuid(id) ? await findInvoice(ctx.em, id) : null;
    return row && principalCan(ctx.principal, row.organizationId, 'billing.read') ? toInvoice(row) : null;
  }

  @FieldResolver(() => [InvoiceLine])
  async lines(@Root() invoice: Invoice, @Ctx() ctx: BillingContext): Promise<InvoiceLine[]> {
    const c = invoice.total.currency;
    return (await linesOf(ctx.em, invoice.id)).map((l) => ({ ...l, taxable: money(l.taxableMinor, c), cgst: money(l.cgstMinor, c), sgst: money(l.sgstMinor, c), igst: money(l.igstMinor, c), total: money(l.totalMinor, c) }));
  }

  @FieldResolver(() => [CreditNote])
  async creditNotes(@Root() invoice: Invoice, @Ctx() ctx: BillingContext): Promise<CreditNote[]> {
    const c = invoice.total.currency;
    const rows = await selectRows<{ id: string; number: string; refundId: string; taxableMinor: string; cgstMinor: string; sgstMinor: string; igstMinor: string; totalMinor: string; settlement: string; issuedAt: Date }>(
      ctx.em,
      `select id, number, refund_id, taxable_minor, cgst_minor, sgst_minor, igst_minor, total_minor, settlement, issued_at from "billing"."credit_note" where invoice_id = ? order by issued_at, id`,
      [invoice.id],
    );
    return rows.map((n) => ({
      id: n.id,
      number: n.number,
      refundId: n.refundId,
      taxable: money(n.taxableMinor, c),
      tax: money(Number(n.cgstMinor) + Number(n.sgstMinor) + Number(n.igstMinor), c),
      total: money(n.totalMinor, c),
      settlement: n.settlement,
      issuedAt: n.issuedAt,
      pdfUrl: documentUrl(ctx.services, { kind: 'CREDIT_NOTE', id: n.id }),
    }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'A signed download link of the PDF, valid for 15 minutes; null for drafts.' })
  pdfUrl(@Root() invoice: Invoice, @Ctx() ctx: BillingContext): string | null {
    return invoice.number ? documentUrl(ctx.services, { kind: 'INVOICE', id: invoice.id }) : null;
  }

  @Mutation(() => InvoicePayload, { description: 'OWNER or BILLING_ADMIN: a draft of everything unbilled so far this month.' })
  async generateInvoice(@Arg('input', () => OrganizationInput) input: OrganizationInput, @Ctx() ctx: BillingContext) {
    return invoicePayload(await generateInvoice(ctx, input));
  }

  @Mutation(() => InvoicePayload, { description: 'OWNER or BILLING_ADMIN: issue a draft (gives it its number).' })
  async issueInvoice(@Arg('input', () => InvoiceInput) input: InvoiceInput, @Ctx() ctx: BillingContext) {
    return invoicePayload(await issueDraftInvoice(ctx, input));
  }

  @Mutation(() => InvoicePayload, { description: 'OWNER or BILLING_ADMIN: throw a draft away; its charges go on the next invoice.' })
  async voidDraftInvoice(@Arg('input', () => InvoiceInput) input: InvoiceInput, @Ctx() ctx: BillingContext) {
    return invoicePayload(await voidDraftInvoice(ctx, input));
  }

  @Mutation(() => CheckoutPayload, { description: 'OWNER or BILLING_ADMIN: pay an issued invoice by card, in full or in part.' })
  async payInvoice(@Arg('input', () => PayInvoiceInput) input: PayInvoiceInput, @Ctx() ctx: BillingContext): Promise<CheckoutPayload> {
    const outcome = await payInvoice(ctx, { ...input, amountMinor: input.amountMinor ?? null, provider: input.provider ?? null });
    if (!outcome.ok) return { payment: null, nextAction: null, replayed: false, userErrors: outcome.errors };
    return { payment: toPayment(outcome.value.payment), nextAction: nextActionOf(outcome.value.payment, ctx.services), replayed: outcome.value.replayed, userErrors: [] };
  }
}

@Resolver(() => BillingAccount)
export class BillingAccountInvoicesResolver {
  @FieldResolver(() => InvoiceConnection, { description: 'Invoices, newest first.' })
  async invoices(
    @Root() account: BillingAccount,
    @Ctx() ctx: BillingContext,
    @Arg('status', () => InvoiceStatusEnum, { nullable: true }) status?: InvoiceStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<InvoiceConnection> {
    const limit = pageSize(first);
    const rows = await invoicesOf(ctx.em, account.organizationId, status ?? null, limit, afterCursor(after));
    return { nodes: rows.slice(0, limit).map(toInvoice), pageInfo: keysetPageInfo(rows, limit) };
  }
}
