import { Migration } from '@mikro-orm/migrations';

/** SSO connections per org: SAML or OIDC settings (an OIDC client secret sealed at rest), auto-join and enforcement. */
export class Migration20261129190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."sso_connection" (
      "id" uuid primary key,
      "organization_id" uuid not null,
      "kind" text not null check ("kind" in ('SAML', 'OIDC')),
      "name" text not null,
      "enabled" boolean not null default true,
      "enforce_sso" boolean not null default false,
      "auto_join" boolean not null default false,
      "default_role_for_auto_join" text not null default 'LEARNER' check ("default_role_for_auto_join" <> 'OWNER'),
      "saml_entry_point" text null,
      "saml_issuer" text null,
      "saml_certificate" text null,
      "oidc_issuer" text null,
      "oidc_client_id" text null,
      "oidc_client_secret_sealed" text null,
      "oidc_scopes" text[] null,
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now(),
      check (("kind" = 'SAML' and "saml_entry_point" is not null and "saml_issuer" is not null and "saml_certificate" is not null)
          or ("kind" = 'OIDC' and "oidc_issuer" is not null and "oidc_client_id" is not null and "oidc_client_secret_sealed" is not null)))`);
    this.addSql(`create index "sso_connection_org_idx" on "identity"."sso_connection" ("organization_id")`);
  }
}
