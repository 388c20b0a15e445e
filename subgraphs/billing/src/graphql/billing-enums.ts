import { registerEnumType } from 'type-graphql';
import { FUNDINGS } from '../domain/ledger-recipes.js';
import { ACCOUNT_KINDS, TRANSACTION_KINDS } from '../domain/ledger.js';
import { PAYER_KINDS, PAYMENT_PURPOSES, PAYMENT_STATUSES, PROVIDERS, PURCHASE_KINDS } from '../domain/purchase.js';
import { REFUND_SOURCES } from '../usecases/refunds.js';

/** GraphQL enums made from the domain's own lists, so the schema and the code cannot drift apart. */
const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
const register = <T extends string>(values: readonly T[], name: string, description?: string) => {
  const e = asEnum(values);
  registerEnumType(e, { name, description });
  return e;
};

export const PurchaseKindEnum = register(PURCHASE_KINDS, 'PurchaseKind');
export const PaymentPurposeEnum = register(PAYMENT_PURPOSES, 'PaymentPurpose', 'PURCHASE of a marketplace item, or TOPUP of an org\'s credits.');
export const PayerKindEnum = register(PAYER_KINDS, 'PayerKind', 'PERSONAL: the buyer\'s own money (tagged with an org in TAG_ONLY mode); ORGANIZATION: the org\'s credits or invoice.');
export const PaymentStatusEnum = register(PAYMENT_STATUSES, 'PaymentStatus');
export const PaymentProviderEnum = register(PROVIDERS, 'PaymentProvider');
export const FundingEnum = register(FUNDINGS, 'PaymentFunding', 'Where the money comes from: a card through a provider, the org\'s credits (WALLET) or its monthly invoice.');
export const RefundSourceEnum = register(REFUND_SOURCES, 'RefundSource');
export const RefundStatusEnum = register(['PENDING', 'SUCCEEDED', 'FAILED'] as const, 'RefundStatus');
export const DisputeStatusEnum = register(['OPEN', 'UNDER_REVIEW', 'WON', 'LOST', 'CLOSED'] as const, 'DisputeStatus');
export const LedgerTransactionKindEnum = register(TRANSACTION_KINDS, 'LedgerTransactionKind');
export const LedgerAccountKindEnum = register(ACCOUNT_KINDS, 'LedgerAccountKind');
export const BillingAccountStatusEnum = register(['ACTIVE', 'FROZEN'] as const, 'BillingAccountStatus', 'FROZEN: spending is paused (a ledger discrepancy is being looked at).');
export const CancelledByEnum = register(['BUYER', 'EXPERT'] as const, 'CancelledBy');
