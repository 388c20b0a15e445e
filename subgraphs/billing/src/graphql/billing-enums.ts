import { PRICE_SOURCES } from '../domain/price-resolution.js';
import { graphqlEnum as register } from '@guildhall/kernel';
import { FUNDINGS } from '../domain/ledger-recipes.js';
import { ACCOUNT_KINDS, TRANSACTION_KINDS } from '../domain/ledger.js';
import { DISPUTE_STATUSES, PAYER_KINDS, PAYMENT_PURPOSES, PAYMENT_STATUSES, PROVIDERS, PURCHASE_KINDS } from '../domain/purchase.js';
import { REFUND_SOURCES, REFUND_STATUSES } from '../usecases/refunds.js';
import { ACCOUNT_STATUSES } from '../domain/billing-modes.js';
import { CANCELLED_BY } from '../domain/cancellation-policy.js';

/** Billing's GraphQL enums, made from the domain's own lists. */
export const PurchaseKindEnum = register(PURCHASE_KINDS, 'PurchaseKind');
export const PaymentPurposeEnum = register(PAYMENT_PURPOSES, 'PaymentPurpose', 'PURCHASE of a marketplace item, or TOPUP of an org\'s credits.');
export const PayerKindEnum = register(PAYER_KINDS, 'PayerKind', 'PERSONAL: the buyer\'s own money (tagged with an org in TAG_ONLY mode); ORGANIZATION: the org\'s credits or invoice.');
export const PaymentStatusEnum = register(PAYMENT_STATUSES, 'PaymentStatus');
export const PaymentProviderEnum = register(PROVIDERS, 'PaymentProvider');
export const FundingEnum = register(FUNDINGS, 'PaymentFunding', 'Where the money comes from: a card through a provider, the org\'s credits (WALLET) or its monthly invoice.');
export const PriceSourceEnum = register(PRICE_SOURCES, 'PriceSource', 'Where a booking\'s price and split came from, most specific first; PLATFORM_DEFAULT: no rate card applied and the quoted price was split by the platform\'s default.');
export const RefundSourceEnum = register(REFUND_SOURCES, 'RefundSource');
export const RefundStatusEnum = register(REFUND_STATUSES, 'RefundStatus');
export const DisputeStatusEnum = register(DISPUTE_STATUSES, 'DisputeStatus');
export const LedgerTransactionKindEnum = register(TRANSACTION_KINDS, 'LedgerTransactionKind');
export const LedgerAccountKindEnum = register(ACCOUNT_KINDS, 'LedgerAccountKind');
export const BillingAccountStatusEnum = register(ACCOUNT_STATUSES, 'BillingAccountStatus', 'FROZEN: spending is paused (a ledger discrepancy is being looked at).');
export const CancelledByEnum = register(CANCELLED_BY, 'CancelledBy');
