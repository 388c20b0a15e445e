import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, UserError } from '@guildhall/kernel';
import { MSME_STATUSES, type MsmeStatus } from '../domain/msme.js';
import { withholding, type TdsSection } from '../domain/tds.js';
import type { StoredTaxProfile } from '../tax/tax-profile-store.js';
import { Payee, PayeeInput, TdsSectionEnum, toPayee } from './statement.types.js';

export const MsmeStatusEnum = graphqlEnum(
  MSME_STATUSES,
  'MsmeStatus',
  'Udyam registration. MICRO and SMALL enterprises must be paid within 15 days of the service (45 with a written agreement).',
);

@InputType()
export class SetPayeeTaxProfileInput {
  @Field(() => PayeeInput) payee!: PayeeInput;
  @Field(() => TdsSectionEnum, { description: '194O or 194J for a payee resident in India; 195 for one abroad.' }) tdsSection!: TdsSection;
  @Field(() => Boolean, { description: 'A valid PAN is on file (without one, TDS is 5% under 194O and 20% otherwise).' }) panOnFile!: boolean;
  @Field(() => Int, { nullable: true, description: 'Section 195 only: the DTAA rate in basis points, with a tax residency certificate on file.' })
  treatyRateBps?: number | null;
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country of tax residence, e.g. IN.' }) residencyCountry!: string;
  @Field(() => String, { nullable: true, description: 'RBI purpose code of the remittance (e.g. S0802); required exactly when the payee is not resident in India.' })
  purposeCode?: string | null;
  @Field(() => MsmeStatusEnum) msmeStatus!: MsmeStatus;
  @Field(() => Boolean, { description: 'MICRO and SMALL only: a written agreement allows up to 45 days.' }) msmeWrittenAgreement!: boolean;
}

@ObjectType({ description: "How a payee's payouts are taxed and remitted. Until one is set, the defaults: 194O, no PAN, resident in India, not an MSME." })
export class PayeeTaxProfile {
  @Field(() => Payee) payee!: Payee;
  @Field(() => TdsSectionEnum) tdsSection!: TdsSection;
  @Field(() => Boolean) panOnFile!: boolean;
  @Field(() => Int, { nullable: true }) treatyRateBps!: number | null;
  @Field(() => String) residencyCountry!: string;
  @Field(() => String, { nullable: true }) purposeCode!: string | null;
  @Field(() => MsmeStatusEnum) msmeStatus!: MsmeStatus;
  @Field(() => Boolean) msmeWrittenAgreement!: boolean;
  @Field(() => Int, { description: 'The TDS rate a payout made today would withhold, in basis points.' }) tdsRateBps!: number;
  @Field(() => Boolean, { description: 'True until someone sets the profile: the defaults apply.' }) isDefault!: boolean;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
}

@ObjectType()
export class PayeeTaxProfilePayload {
  @Field(() => PayeeTaxProfile, { nullable: true }) taxProfile!: PayeeTaxProfile | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

export const toPayeeTaxProfile = (p: StoredTaxProfile, today: string): PayeeTaxProfile => ({
  payee: toPayee(p.payee.kind, p.payee.id),
  tdsSection: p.section,
  panOnFile: p.panOnFile,
  treatyRateBps: p.treatyRateBps,
  residencyCountry: p.residencyCountry,
  purposeCode: p.purposeCode,
  msmeStatus: p.msmeStatus,
  msmeWrittenAgreement: p.msmeWrittenAgreement,
  tdsRateBps: withholding(0, p, today).rateBps,
  isDefault: !p.stored,
  updatedAt: p.updatedAt,
});
