import { Migration } from '@mikro-orm/migrations';
import { sqlList } from '@guildhall/kernel';
import { ENTRY_KINDS, ENTRY_STATUSES } from '../domain/earnings.js';
import { MSME_STATUSES } from '../domain/msme.js';
import { PAYOUT_PROVIDERS } from '../domain/payout-account.js';
import { PAYEE_KINDS } from '../domain/payee.js';
import { PAYOUT_STATUSES } from '../domain/payout-rules.js';
import { TDS_SECTIONS } from '../domain/tds.js';

/**
 * Payees (host orgs and experts), their tax profiles, what billing booked, their balance entries
 * (earnings and clawbacks), weekly batches and payouts, and provider events stored once.
 */
export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    const p = '"payouts"';
    const payee = `"payee_kind" text not null check ("payee_kind" in (${sqlList(PAYEE_KINDS)})), "payee_id" uuid not null`;

    // a payout account belongs to a payee: an org (its OWNER links it) or an expert (themselves)
    this.addSql(`alter table ${p}."payout_account"
      add column "payee_kind" text not null default 'ORGANIZATION' check ("payee_kind" in (${sqlList(PAYEE_KINDS)})),
      add column "payee_id" uuid null,
      add column "currency" char(3) not null default 'INR',
      add column "provider_contact_id" text null,
      add column "status_detail" text null,
      add column "status_event_at" timestamptz(3) null,
      add column "updated_at" timestamptz(3) not null default now()`);
    this.addSql(`update ${p}."payout_account" set "payee_id" = "organization_id"`);
    this.addSql(`alter table ${p}."payout_account" alter column "payee_id" set not null, alter column "payee_kind" drop default, drop column "organization_id"`);
    // one current account per payee: linking again DISABLES the old one, which stays (payouts point at it)
    this.addSql(`create unique index "payout_account_payee" on ${p}."payout_account" ("payee_kind", "payee_id") where "status" <> 'DISABLED'`);
    this.addSql(`create unique index "payout_account_provider_account" on ${p}."payout_account" ("provider", "provider_account_id") where "status" <> 'DISABLED'`);

    this.addSql(`create table ${p}."payee_profile" (
      ${payee},
      "tds_section" text not null check ("tds_section" in (${sqlList(TDS_SECTIONS)})),
      "pan_on_file" boolean not null,
      "treaty_rate_bps" integer null check ("treaty_rate_bps" between 0 and 10000),
      "residency_country" char(2) not null default 'IN',
      "purpose_code" text null,
      "msme_status" text not null default 'NONE' check ("msme_status" in (${sqlList(MSME_STATUSES)})),
      "msme_written_agreement" boolean not null default false,
      "updated_by" uuid not null,
      "updated_at" timestamptz(3) not null default now(),
      primary key ("payee_kind", "payee_id"))`);

    // billing's facts about a settled purchase: the split snapshot and refunds so far
    this.addSql(`create table ${p}."booked_payment" (
      "payment_id" uuid primary key,
      "organization_id" uuid null,
      "kind" text null,
      "currency" char(3) not null,
      "amount_minor" bigint not null check ("amount_minor" > 0),
      "refunded_minor" bigint not null default 0 check ("refunded_minor" >= 0),
      "host_organization_id" uuid null,
      "expert_user_id" uuid null,
      "host_minor" bigint not null check ("host_minor" >= 0),
      "expert_minor" bigint not null check ("expert_minor" >= 0),
      "settled_at" timestamptz(3) not null,
      "starts_at" timestamptz(3) null)`);
    this.addSql(`create table ${p}."dispute_state" (
      "dispute_id" uuid primary key,
      "payment_id" uuid not null,
      "open" boolean not null,
      "changed_at" timestamptz(3) not null)`);
    this.addSql(`create index "dispute_state_payment_idx" on ${p}."dispute_state" ("payment_id") where "open"`);

    this.addSql(`create table ${p}."payout_batch" (
      "id" uuid primary key,
      "period" text not null unique,
      "trigger" text not null check ("trigger" in ('WEEKLY', 'MANUAL')),
      "created_by" uuid null,
      "created_at" timestamptz(3) not null default now())`);
    this.addSql(`create table ${p}."payout" (
      "id" uuid primary key,
      "batch_id" uuid not null references ${p}."payout_batch" ("id"),
      ${payee},
      "payout_account_id" uuid not null references ${p}."payout_account" ("id"),
      "provider" text not null,
      "currency" char(3) not null,
      "gross_minor" bigint not null check ("gross_minor" > 0),
      "tds_section" text not null,
      "tds_rate_bps" integer not null,
      "tds_minor" bigint not null check ("tds_minor" >= 0),
      "net_minor" bigint not null check ("net_minor" > 0),
      "purpose_code" text null,
      "status" text not null check ("status" in (${sqlList(PAYOUT_STATUSES)})),
      "idempotency_key" text not null unique,
      "provider_payout_id" text null unique,
      "failure_reason" text null,
      "created_at" timestamptz(3) not null default now(),
      "submitted_at" timestamptz(3) null,
      "completed_at" timestamptz(3) null,
      "updated_at" timestamptz(3) not null default now(),
      check ("gross_minor" = "tds_minor" + "net_minor"),
      unique ("batch_id", "payee_kind", "payee_id", "currency"))`);
    this.addSql(`create index "payout_payee_idx" on ${p}."payout" ("payee_kind", "payee_id", "created_at" desc)`);

    this.addSql(`create table ${p}."payee_entry" (
      "id" uuid primary key,
      ${payee},
      "kind" text not null check ("kind" in (${sqlList(ENTRY_KINDS)})),
      "payment_id" uuid not null references ${p}."booked_payment" ("payment_id"),
      "refund_id" uuid null,
      "amount_minor" bigint not null check ("amount_minor" > 0),
      "currency" char(3) not null,
      "status" text not null check ("status" in (${sqlList(ENTRY_STATUSES)})),
      "release_at" timestamptz(3) null,
      "payout_id" uuid null references ${p}."payout" ("id"),
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now(),
      check (("status" in ('IN_PAYOUT', 'PAID')) = ("payout_id" is not null)))`);
    // one earning per payee and payment, one clawback per payee and refund: redelivered events add nothing
    this.addSql(`create unique index "payee_entry_once" on ${p}."payee_entry" ("payment_id", "payee_kind", "payee_id", "kind", coalesce("refund_id", '00000000-0000-0000-0000-000000000000'))`);
    this.addSql(`create index "payee_entry_balance_idx" on ${p}."payee_entry" ("payee_kind", "payee_id", "status")`);
    this.addSql(`create index "payee_entry_held_idx" on ${p}."payee_entry" ("release_at") where "status" = 'HELD'`);

    // verified payout provider webhooks, stored once (payload redacted: no account numbers or names);
    // subject_id is the account or payout an event is about, so a link can apply what arrived before it
    this.addSql(`create table ${p}."provider_event" (
      "id" uuid primary key,
      "provider" text not null check ("provider" in (${sqlList(PAYOUT_PROVIDERS)})),
      "provider_event_id" text not null,
      "type" text not null,
      "subject_id" text null,
      "payload" jsonb not null,
      "received_at" timestamptz(3) not null default now(),
      "applied_at" timestamptz(3) null,
      "outcome" text null,
      "attempts" integer not null default 0,
      "last_error" text null,
      unique ("provider", "provider_event_id"))`);
    this.addSql(`create index "provider_event_unapplied_idx" on ${p}."provider_event" ("received_at") where "applied_at" is null`);
    this.addSql(`create index "provider_event_subject_idx" on ${p}."provider_event" ("provider", "subject_id") where "applied_at" is null`);

    this.addSql(`create table ${p}."msme_alert" (
      ${payee},
      "deadline" date not null,
      "sent_at" timestamptz(3) not null default now(),
      primary key ("payee_kind", "payee_id", "deadline"))`);
  }
}
