import { allow, isAuthenticated, isGatewayService, orgCapability, type IRules } from '@guildhall/kernel';
import { bookingQuotePermissions } from './booking-quote.resolver.js';
import { purchaseOrderPermissions } from './purchase-order.resolver.js';
import { rateCardPermissions } from './rate-card.resolver.js';
import { contractPermissions } from './contract.resolver.js';
import { programPermissions } from './program.resolver.js';

const financeRead = orgCapability('billing.read', (org: { id: string }) => org.id);

/**
 * The graph's gate; each use case checks again on its own facts (finance-write, spending policy,
 * payment visibility), so a rule missed here still fails closed.
 */
export const permissions: IRules = {
  ...purchaseOrderPermissions, // its own types; its mutations are merged into Mutation below
  ...rateCardPermissions, // likewise, with its queries merged into Query
  ...contractPermissions,
  ...programPermissions,
  BookingQuote: bookingQuotePermissions.BookingQuote,
  Query: {
    ...bookingQuotePermissions.Query,
    ...rateCardPermissions.Query,
    ...contractPermissions.Query,
    ...programPermissions.Query,
    billingAccount: orgCapability('billing.read', (_p, args: { organizationId: string }) => args.organizationId, 'Organization', { platformAdmin: true }),
    payment: isAuthenticated,
    myPayments: isAuthenticated,
    invoice: isAuthenticated,
    documentPdf: isGatewayService,
  },
  Mutation: {
    ...purchaseOrderPermissions.Mutation,
    ...rateCardPermissions.Mutation,
    ...contractPermissions.Mutation,
    ...programPermissions.Mutation,
    checkout: isAuthenticated,
    purchaseCredits: isAuthenticated,
    cancelPurchase: isAuthenticated,
    refundPayment: isAuthenticated,
    updateBillingSettings: isAuthenticated,
    setCreditLimit: isAuthenticated,
    grantCredits: isAuthenticated,
    ingestProviderEvent: isGatewayService,
    generateInvoice: isAuthenticated,
    issueInvoice: isAuthenticated,
    voidDraftInvoice: isAuthenticated,
    payInvoice: isAuthenticated,
    setCancellationPolicy: isAuthenticated,
  },
  Organization: {
    id: allow,
    billingAccount: financeRead,
  },
  BillingAccount: orgCapability('billing.read', (account: { organizationId: string }) => account.organizationId, 'Organization', { platformAdmin: true }),
  // reachable only through the guarded doors above (an account's lists, payment(id), the caller's own
  // payments, and the payloads of mutations whose use cases check the caller)
  BillingAccountPayload: allow,
  CheckoutPayload: allow,
  RefundPayload: allow,
  Payment: allow,
  PaymentAction: allow,
  PaymentSplit: allow,
  PaymentConnection: allow,
  Refund: allow,
  LedgerTransaction: allow,
  LedgerEntry: allow,
  LedgerTransactionConnection: allow,
  Dispute: allow,
  BillingSummary: allow,
  Invoice: allow,
  InvoiceLine: allow,
  InvoiceParty: allow,
  InvoiceConnection: allow,
  InvoicePayload: allow,
  CreditNote: allow,
  CancellationPolicy: allow,
  RefundTier: allow,
  CancellationPolicyPayload: allow,
  MemberSpend: allow,
  MonthSpend: allow,
  Money: allow,
  PageInfo: allow,
  UserError: allow,
  ProviderEventReceipt: isGatewayService,
  DocumentFile: isGatewayService,
};
