import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '@guildhall/kernel';
import { API_SCOPE_NAMES, type ApiScope } from '@guildhall/roles';

export const ApiScopeEnum = Object.fromEntries(API_SCOPE_NAMES.map((s) => [s, s])) as { [K in ApiScope]: K };
registerEnumType(ApiScopeEnum, { name: 'ApiScope', description: 'What a partner API key may read in its organization.' });

export const CredentialStatusEnum = { ACTIVE: 'ACTIVE', EXPIRED: 'EXPIRED', REVOKED: 'REVOKED' } as const;
registerEnumType(CredentialStatusEnum, { name: 'CredentialStatus' });

@ObjectType({ description: 'A partner API key or SCIM token. The secret is shown once, when it is made.' })
export class OrgCredential {
  @Field(() => ID) id!: string;
  organizationId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The last four characters of the secret, to tell keys apart.' }) secretHint!: string;
  @Field(() => [ApiScopeEnum], { description: 'Empty for SCIM tokens.' }) scopes!: ApiScope[];
  @Field(() => CredentialStatusEnum) status!: keyof typeof CredentialStatusEnum;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class IssuedCredentialPayload {
  @Field(() => OrgCredential, { nullable: true }) credential!: OrgCredential | null;
  @Field(() => String, { nullable: true, description: 'The secret: store it now, it is never shown again.' }) secret!: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class CredentialPayload {
  @Field(() => OrgCredential, { nullable: true }) credential!: OrgCredential | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String) name!: string;
  @Field(() => [ApiScopeEnum]) scopes!: ApiScope[];
  @Field(() => Int, { nullable: true, description: '1–730 days; open-ended when omitted.' }) expiresInDays?: number | null;
}

@InputType()
export class CreateScimTokenInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { nullable: true, description: '1–730 days; open-ended when omitted.' }) expiresInDays?: number | null;
}

@InputType()
export class CredentialInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) credentialId!: string;
}
