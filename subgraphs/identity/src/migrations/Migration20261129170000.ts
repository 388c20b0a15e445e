import { Migration } from '@mikro-orm/migrations';

/**
 * Domain claims: an org proves it controls a domain with a DNS TXT record. Any number of orgs may
 * claim a domain, only one may hold it VERIFIED (the partial unique index decides races).
 */
export class Migration20261129170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."domain_claim" (
      "id" uuid primary key,
      "organization_id" uuid not null,
      "domain" text not null,
      "token" text not null,
      "status" text not null default 'PENDING' check ("status" in ('PENDING', 'VERIFIED', 'LAPSED')),
      "created_by" uuid not null,
      "created_at" timestamptz(3) not null default now(),
      "verified_at" timestamptz(3) null,
      "last_checked_at" timestamptz(3) null,
      "last_error" text null,
      constraint "domain_claim_organization_domain_unique" unique ("organization_id", "domain"))`);
    // one org per verified domain
    this.addSql(`create unique index "domain_claim_verified_domain_idx" on "identity"."domain_claim" ("domain") where "status" = 'VERIFIED'`);
    // the re-verification job's order: least recently checked first
    this.addSql(`create index "domain_claim_reverify_idx" on "identity"."domain_claim" ("last_checked_at" nulls first, "id") where "status" = 'VERIFIED'`);
  }
}
