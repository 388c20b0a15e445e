import { Migration } from '@mikro-orm/migrations';

/**
 * SAML sign-in state. `saml_request`: one row per AuthnRequest sent, taken (deleted) by the response
 * that answers it, so InResponseTo is single use; 10 minutes to live. `saml_assertion_seen`: the IDs of
 * accepted assertions until they expire, so a signed assertion cannot be presented twice.
 */
export class Migration20261129210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."saml_request" (
      "request_id" text primary key,
      "connection_id" uuid not null references "identity"."sso_connection" ("id") on delete cascade,
      "relay_state_hash" text not null,
      "return_to" text not null default '/',
      "expires_at" timestamptz(3) not null,
      "created_at" timestamptz(3) not null default now())`);
    this.addSql(`create index "saml_request_expires_idx" on "identity"."saml_request" ("expires_at")`);
    this.addSql(`create table "identity"."saml_assertion_seen" (
      "connection_id" uuid not null references "identity"."sso_connection" ("id") on delete cascade,
      "assertion_id" text not null,
      "expires_at" timestamptz(3) not null,
      "created_at" timestamptz(3) not null default now(),
      primary key ("connection_id", "assertion_id"))`);
    this.addSql(`create index "saml_assertion_seen_expires_idx" on "identity"."saml_assertion_seen" ("expires_at")`);
  }
}
