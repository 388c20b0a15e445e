import { Migration } from '@mikro-orm/migrations';

/** OIDC sign-in attempts: one row per redirect to the IdP, taken (deleted) by the callback; 10 minutes to live. */
export class Migration20261129200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."sso_attempt" (
      "state_hash" text primary key,
      "connection_id" uuid not null references "identity"."sso_connection" ("id") on delete cascade,
      "code_verifier" text not null,
      "nonce" text not null,
      "redirect_uri" text not null,
      "return_to" text not null default '/',
      "expires_at" timestamptz(3) not null,
      "created_at" timestamptz(3) not null default now())`);
    this.addSql(`create index "sso_attempt_expires_idx" on "identity"."sso_attempt" ("expires_at")`);
  }
}
