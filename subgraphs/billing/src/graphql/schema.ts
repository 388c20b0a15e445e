import { buildFederatedSchema } from '@guildhall/kernel';
import { BillingAccountFieldsResolver, BillingAccountQueryResolver, OrganizationBillingResolver } from './billing-account.resolver.js';
import { BookingQuoteResolver } from './booking-quote.resolver.js';
import { CheckoutResolver } from './checkout.resolver.js';
import { DocumentResolver } from './document.resolver.js';
import { FinanceAdminResolver } from './finance-admin.resolver.js';
import { CancellationPolicyResolver } from './cancellation-policy.resolver.js';
import { BillingAccountInvoicesResolver, InvoiceResolver } from './invoice.resolver.js';
import { OrganizationRef } from './organization.type.js';
import { PaymentQueryResolver } from './payment-queries.resolver.js';
import { BillingAccountPurchaseOrdersResolver, PurchaseOrderMutationResolver } from './purchase-order.resolver.js';
import { permissions } from './permissions.js';
import { ProviderEventResolver } from './provider-event.resolver.js';
import { BillingAccountRateCardsResolver, RateCardResolver } from './rate-card.resolver.js';
import { ContractResolver } from './contract.resolver.js';
import { BillingAccountProgramsResolver, ProgramFieldsResolver, ProgramMutationResolver, ProgramQueryResolver } from './program.resolver.js';

export const buildBillingSchema = () =>
  buildFederatedSchema({
    resolvers: [BookingQuoteResolver, BillingAccountQueryResolver, OrganizationBillingResolver, BillingAccountFieldsResolver, PaymentQueryResolver, CheckoutResolver, FinanceAdminResolver, ProviderEventResolver, CancellationPolicyResolver, InvoiceResolver, BillingAccountInvoicesResolver, PurchaseOrderMutationResolver, BillingAccountPurchaseOrdersResolver, DocumentResolver, RateCardResolver, BillingAccountRateCardsResolver, ContractResolver, ProgramMutationResolver, ProgramQueryResolver, ProgramFieldsResolver, BillingAccountProgramsResolver],
    orphanedTypes: [OrganizationRef],
    permissions,
    // the field rules on Organization.billingAccount decide access; the reference itself carries only the id
    references: { Organization: ((reference: { id: string }) => ({ id: reference.id })) as never },
  });
