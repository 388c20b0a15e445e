import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum, UserError } from '@guildhall/kernel';
import { PAYOUT_ACCOUNT_STATUSES, PAYOUT_PROVIDERS, type PayoutAccountStatus, type PayoutProvider } from '../domain/payout-account.js';
import type { PayoutAccountRow } from '../usecases/payout-account-store.js';
import { Payee, PayeeInput } from './statement.types.js';

export const PayoutProviderEnum = graphqlEnum(PAYOUT_PROVIDERS, 'PayoutProvider', 'RAZORPAYX: INR to an Indian bank account or UPI address. STRIPE_CONNECT: other currencies, to a Stripe Express account.');
export const PayoutAccountStatusEnum = graphqlEnum(
  PAYOUT_ACCOUNT_STATUSES,
  'PayoutAccountStatus',
  'PENDING_VERIFICATION until the provider confirms the account (RazorpayX: its bank account check; Stripe: onboarding), then VERIFIED (paid in batches) or REJECTED; DISABLED once replaced by a newer account.',
);

@ObjectType({ description: "Where a payee's earnings are paid: a host organization's or an expert's. Only a masked destination is kept." })
export class PayoutAccount {
  @Field(() => ID)
  id!: string;

  @Field(() => Payee)
  payee!: Payee;

  /** The org payee's id; null for an expert. For authorization, not in the graph. */
  organizationId!: string | null;

  @Field(() => PayoutProviderEnum)
  provider!: PayoutProvider;

  @Field(() => PayoutAccountStatusEnum)
  status!: PayoutAccountStatus;

  @Field(() => String, { nullable: true, description: 'Why it is not VERIFIED: what Stripe still needs, why it was rejected.' })
  statusDetail!: string | null;

  @Field(() => String, { description: 'Masked destination, e.g. "HDFC0001234 ••••4321", "ra••@okaxis", "Stripe account ••••9F2a".' })
  maskedDestination!: string;

  @Field(() => String, { description: 'What it is paid in (ISO 4217): INR for RazorpayX.' })
  currency!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

export const toPayoutAccount = (r: PayoutAccountRow): PayoutAccount => ({
  id: r.id,
  payee: { kind: r.payeeKind, id: r.payeeId },
  organizationId: r.payeeKind === 'ORGANIZATION' ? r.payeeId : null,
  provider: r.provider,
  status: r.status,
  statusDetail: r.statusDetail,
  maskedDestination: r.maskedDestination,
  currency: r.currency,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

@InputType({ description: 'An Indian bank account. The number goes to RazorpayX and is never stored here.' })
export class BankAccountInput {
  @Field(() => String, { description: "The account holder's name, as the bank has it (3-50 characters)." }) accountHolder!: string;
  @Field(() => String, { description: 'e.g. HDFC0001234: 4 letters, a zero, then 6 letters or digits.' }) ifsc!: string;
  @Field(() => String, { description: '9 to 18 digits.' }) accountNumber!: string;
}

@InputType({ description: 'A UPI address (VPA), e.g. asha@okaxis.' })
export class VpaInput {
  @Field(() => String, { description: "The account holder's name (3-50 characters)." }) accountHolder!: string;
  @Field(() => String) address!: string;
}

@InputType({ description: 'RazorpayX: exactly one of a bank account or a UPI address.' })
export class PayoutDestinationInput {
  @Field(() => BankAccountInput, { nullable: true }) bankAccount?: BankAccountInput | null;
  @Field(() => VpaInput, { nullable: true }) vpa?: VpaInput | null;
}

@InputType()
export class LinkPayoutAccountInput {
  @Field(() => PayeeInput, { nullable: true, description: 'An ORGANIZATION (its OWNER links it), or yourself as a USER. Omitted: yourself.' })
  payee?: PayeeInput | null;

  @Field(() => PayoutProviderEnum) provider!: PayoutProvider;

  @Field(() => PayoutDestinationInput, { nullable: true, description: 'RAZORPAYX only: where the money lands.' })
  destination?: PayoutDestinationInput | null;

  @Field(() => String, { nullable: true, description: 'STRIPE_CONNECT only: where Stripe sends the payee back after onboarding (in production, an https page of the dashboard).' })
  returnUrl?: string | null;

  @Field(() => String, { nullable: true, description: "STRIPE_CONNECT only: the account's country (ISO 3166-1 alpha-2); default the platform's. RAZORPAYX: IN." })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'What payouts are made in: INR for RAZORPAYX (the default); STRIPE_CONNECT: USD (the default), EUR, GBP, AUD, CAD, SGD, AED or CHF.' })
  currency?: string | null;
}

@ObjectType()
export class PayoutAccountPayload {
  @Field(() => PayoutAccount, { nullable: true }) payoutAccount!: PayoutAccount | null;
  @Field(() => String, { nullable: true, description: 'STRIPE_CONNECT: where the payee finishes onboarding at Stripe (it expires in minutes; payoutOnboardingLink makes another).' })
  onboardingUrl!: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@InputType()
export class PayoutOnboardingLinkInput {
  @Field(() => PayeeInput, { nullable: true, description: 'Omitted: yourself.' }) payee?: PayeeInput | null;
  @Field(() => String) returnUrl!: string;
}

@ObjectType()
export class PayoutOnboardingLinkPayload {
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
