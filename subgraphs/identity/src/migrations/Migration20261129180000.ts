import { Migration } from '@mikro-orm/migrations';

/** Partner API keys and SCIM bearer tokens of an org: shown once, stored as SHA-256, expiring, revocable. */
export class Migration20261129180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."org_credential" (
      "id" uuid primary key,
      "organization_id" uuid not null,
      "kind" text not null check ("kind" in ('API_KEY', 'SCIM_TOKEN')),
      "name" text not null,
      "secret_hash" text not null unique,
      "secret_hint" text not null,
      "scopes" text[] not null default '{}',
      "expires_at" timestamptz(3) null,
      "revoked_at" timestamptz(3) null,
      "last_used_at" timestamptz(3) null,
      "replaced_by" uuid null references "identity"."org_credential" ("id"),
      "created_by" uuid not null,
      "created_at" timestamptz(3) not null default now())`);
    this.addSql(`create index "org_credential_org_idx" on "identity"."org_credential" ("organization_id", "kind", "created_at" desc)`);
  }
}
