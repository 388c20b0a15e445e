import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { RoleEnum, UserError, type Role } from '@guildhall/kernel';
import { SSO_KINDS, type SsoKind } from '../domain/sso-connection.js';

export const SsoKindEnum = Object.fromEntries(SSO_KINDS.map((k) => [k, k])) as { [K in SsoKind]: K };
registerEnumType(SsoKindEnum, { name: 'SsoKind' });

@ObjectType()
export class SamlSettingsView {
  @Field(() => String) entryPoint!: string;
  @Field(() => String) issuer!: string;
  @Field(() => String, { nullable: true, description: 'SHA-256 fingerprint of the IdP certificate; null when it cannot be read (sign-in then answers SSO_PROVIDER_MISCONFIGURED).' })
  certificateFingerprint!: string | null;
  @Field(() => Date, { nullable: true }) certificateValidTo!: Date | null;
}

@ObjectType()
export class OidcSettingsView {
  @Field(() => String) issuer!: string;
  @Field(() => String) clientId!: string;
  @Field(() => [String]) scopes!: string[];
  @Field(() => Boolean, { description: 'The secret itself is never shown again.' }) clientSecretSet!: boolean;
}

@ObjectType({ description: "An organization's single sign-on connection." })
export class SsoConnection {
  @Field(() => ID) id!: string;
  organizationId!: string;
  @Field(() => SsoKindEnum) kind!: SsoKind;
  @Field(() => String) name!: string;
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => Boolean, { description: 'Password sign-in is refused for the org’s verified domains.' }) enforceSso!: boolean;
  @Field(() => Boolean, { description: 'Verified-domain users join on their first SSO sign-in.' }) autoJoin!: boolean;
  @Field(() => RoleEnum) defaultRoleForAutoJoin!: Role;
  @Field(() => SamlSettingsView, { nullable: true }) saml!: SamlSettingsView | null;
  @Field(() => OidcSettingsView, { nullable: true }) oidc!: OidcSettingsView | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@InputType({ description: 'The IdP’s metadata XML, or its entry point, issuer and certificate (not both).' })
export class SamlSettingsInput {
  @Field(() => String, { nullable: true, description: 'The IdP’s metadata XML; its entityID, SingleSignOnService and signing certificate are stored.' })
  metadataXml?: string | null;
  @Field(() => String, { nullable: true, description: 'The IdP’s single sign-on URL.' }) entryPoint?: string | null;
  @Field(() => String, { nullable: true, description: 'The IdP’s entity id.' }) issuer?: string | null;
  @Field(() => String, { nullable: true, description: 'The IdP’s signing certificate, PEM or base64.' }) certificate?: string | null;
}

@InputType()
export class OidcSettingsInput {
  @Field(() => String) issuer!: string;
  @Field(() => String) clientId!: string;
  @Field(() => String, { nullable: true, description: 'Required when creating; left out on update, the stored one is kept.' }) clientSecret?: string | null;
  @Field(() => [String], { defaultValue: ['openid', 'email', 'profile'] }) scopes!: string[];
}

@InputType()
export class SsoConnectionInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String) name!: string;
  @Field(() => SsoKindEnum) kind!: SsoKind;
  @Field(() => Boolean, { nullable: true }) enabled?: boolean | null;
  @Field(() => Boolean, { nullable: true }) enforceSso?: boolean | null;
  @Field(() => Boolean, { nullable: true }) autoJoin?: boolean | null;
  @Field(() => RoleEnum, { nullable: true, description: 'LEARNER by default; OWNER is refused.' }) defaultRoleForAutoJoin?: Role | null;
  @Field(() => SamlSettingsInput, { nullable: true }) saml?: SamlSettingsInput | null;
  @Field(() => OidcSettingsInput, { nullable: true }) oidc?: OidcSettingsInput | null;
}

@InputType()
export class SsoConnectionRefInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) connectionId!: string;
}

@ObjectType()
export class SsoConnectionPayload {
  @Field(() => SsoConnection, { nullable: true }) connection!: SsoConnection | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class DeleteSsoConnectionPayload {
  @Field(() => ID, { nullable: true }) deletedId!: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
