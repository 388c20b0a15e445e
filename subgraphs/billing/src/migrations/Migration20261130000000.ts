import { Migration } from '@mikro-orm/migrations';
import { sqlList } from '@guildhall/kernel';
import { ROLES } from '@guildhall/roles';
import { ACCOUNT_KINDS, TRANSACTION_KINDS } from '../domain/ledger.js';
import { PAYER_KINDS, PAYMENT_PURPOSES, PAYMENT_STATUSES, PROVIDERS, PURCHASE_KINDS } from '../domain/purchase.js';

/** Ledger, payments, idempotency, provider events, refunds, disputes and purchase orders. */
export class Migration20261130000000 extends Migration {
  override async up(): Promise<void> {
    const b = '"billing"';
    this.addSql(`alter table ${b}."billing_account"
      add column "status" text not null default 'ACTIVE' check ("status" in ('ACTIVE', 'FROZEN')),
      add column "organization_status" text not null default 'PENDING_VERIFICATION',
      add column "credit_limit_minor" bigint not null default 5000000 check ("credit_limit_minor" >= 0),
      add column "spending_roles" text[] not null default array[${sqlList(ROLES)}]::text[],
      add column "requires_purchase_order" boolean not null default false,
      add column "frozen_reason" text null,
      add column "updated_at" timestamptz(3) not null default now()`);

    this.addSql(`create table ${b}."ledger_account" (
      "id" uuid primary key,
      "kind" text not null check ("kind" in (${sqlList(ACCOUNT_KINDS)})),
      "owner_id" text null,
      "currency" char(3) not null,
      "balance_minor" bigint not null default 0,
      -- a wallet is spent by a conditional update; this is the last line of defence
      constraint "wallet_never_negative" check ("kind" <> 'WALLET' or "balance_minor" >= 0))`);
    this.addSql(`create unique index "ledger_account_key" on ${b}."ledger_account" ("kind", coalesce("owner_id", ''), "currency")`);

    this.addSql(`create table ${b}."ledger_transaction" (
      "id" uuid primary key,
      "kind" text not null check ("kind" in (${sqlList(TRANSACTION_KINDS)})),
      "idempotency_key" text not null unique,
      "organization_id" uuid null,
      "payment_id" uuid null,
      "refund_id" uuid null,
      "memo" text not null,
      "created_at" timestamptz(3) not null default now())`);
    this.addSql(`create index "ledger_transaction_org_idx" on ${b}."ledger_transaction" ("organization_id", "created_at" desc)`);
    this.addSql(`create table ${b}."ledger_entry" (
      "id" bigserial primary key,
      "transaction_id" uuid not null references ${b}."ledger_transaction" ("id"),
      "account_id" uuid not null references ${b}."ledger_account" ("id"),
      "side" text not null check ("side" in ('DEBIT', 'CREDIT')),
      "amount_minor" bigint not null check ("amount_minor" > 0))`);
    this.addSql(`create index "ledger_entry_transaction_idx" on ${b}."ledger_entry" ("transaction_id")`);
    this.addSql(`create index "ledger_entry_account_idx" on ${b}."ledger_entry" ("account_id")`);
    // the ledger is append-only: a mistake is corrected by a counter-transaction, never an edit
    this.addSql(`create function ${b}."ledger_is_append_only"() returns trigger language plpgsql as $$
      begin raise exception 'the ledger is append-only'; end $$`);
    for (const table of ['ledger_transaction', 'ledger_entry']) {
      this.addSql(`create trigger "${table}_append_only" before update or delete on ${b}."${table}" for each row execute function ${b}."ledger_is_append_only"()`);
    }

    this.addSql(`create table ${b}."payment" (
      "id" uuid primary key,
      "purpose" text not null check ("purpose" in (${sqlList(PAYMENT_PURPOSES)})),
      "kind" text null check ("kind" in (${sqlList(PURCHASE_KINDS)})),
      "reference" text null,
      "payer_kind" text not null check ("payer_kind" in (${sqlList(PAYER_KINDS)})),
      "payer_user_id" uuid not null,
      "organization_id" uuid null,
      "funding" text not null check ("funding" in ('CARD', 'WALLET', 'INVOICE')),
      "payee_id" text null,
      "amount_minor" bigint not null check ("amount_minor" > 0),
      "list_amount_minor" bigint not null check ("list_amount_minor" >= "amount_minor"),
      "refunded_minor" bigint not null default 0,
      "currency" char(3) not null,
      "status" text not null check ("status" in (${sqlList(PAYMENT_STATUSES)})),
      "provider" text null check ("provider" in (${sqlList(PROVIDERS)})),
      "provider_order_id" text null unique,
      "provider_payment_id" text null,
      "provider_client_secret" text null,
      "purchase_order_id" uuid null,
      "invoice_id" uuid null,
      "starts_at" timestamptz(3) null,
      "cancellation_policy" jsonb null,
      "disputed" boolean not null default false,
      "settled_at" timestamptz(3) null,
      "expires_at" timestamptz(3) null,
      "cancelled_at" timestamptz(3) null,
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now(),
      constraint "refund_within_amount" check ("refunded_minor" >= 0 and "refunded_minor" <= "amount_minor"),
      constraint "org_funding_has_org" check ("funding" = 'CARD' or "organization_id" is not null))`);
    this.addSql(`create index "payment_org_idx" on ${b}."payment" ("organization_id", "created_at" desc)`);
    this.addSql(`create index "payment_payer_idx" on ${b}."payment" ("payer_user_id", "created_at" desc)`);
    this.addSql(`create index "payment_pending_idx" on ${b}."payment" ("expires_at") where "status" = 'PENDING'`);
    this.addSql(`create index "payment_unbilled_idx" on ${b}."payment" ("organization_id") where "funding" = 'INVOICE' and "invoice_id" is null`);

    this.addSql(`create table ${b}."idempotency_key" (
      "scope" text not null,
      "operation" text not null,
      "key" text not null,
      "request_hash" text not null,
      "result_id" uuid null,
      "created_at" timestamptz(3) not null default now(),
      primary key ("scope", "operation", "key"))`);

    this.addSql(`create table ${b}."provider_event" (
      "provider" text not null check ("provider" in (${sqlList(PROVIDERS)})),
      "event_id" text not null,
      "type" text not null,
      "payload" jsonb not null,
      "received_at" timestamptz(3) not null default now(),
      "processed_at" timestamptz(3) null,
      "attempts" int not null default 0,
      "last_error" text null,
      primary key ("provider", "event_id"))`);
    this.addSql(`create index "provider_event_unprocessed_idx" on ${b}."provider_event" ("received_at") where "processed_at" is null`);

    this.addSql(`create table ${b}."refund" (
      "id" uuid primary key,
      "payment_id" uuid not null references ${b}."payment" ("id"),
      "amount_minor" bigint not null check ("amount_minor" > 0),
      "currency" char(3) not null,
      "source" text not null check ("source" in ('API', 'CANCELLATION', 'PROVIDER', 'LATE_CAPTURE', 'DISPUTE_LOST')),
      "reason" text not null,
      "status" text not null check ("status" in ('PENDING', 'SUCCEEDED', 'FAILED')),
      "provider_refund_id" text null unique,
      "adjustment" boolean not null default false,
      "requested_by" text null,
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now())`);
    this.addSql(`create index "refund_payment_idx" on ${b}."refund" ("payment_id")`);

    this.addSql(`create table ${b}."dispute" (
      "id" uuid primary key,
      "payment_id" uuid not null references ${b}."payment" ("id"),
      "provider" text not null,
      "provider_dispute_id" text not null unique,
      "status" text not null check ("status" in ('OPEN', 'UNDER_REVIEW', 'WON', 'LOST', 'CLOSED')),
      "amount_minor" bigint not null,
      "currency" char(3) not null,
      "reason" text not null,
      "evidence_due_by" timestamptz(3) null,
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now())`);

    this.addSql(`create table ${b}."purchase_order" (
      "id" uuid primary key,
      "organization_id" uuid not null,
      "number" text not null,
      "amount_minor" bigint not null check ("amount_minor" > 0),
      "remaining_minor" bigint not null,
      "currency" char(3) not null,
      "valid_from" date not null,
      "valid_until" date not null,
      "status" text not null check ("status" in ('ACTIVE', 'EXHAUSTED', 'VOID', 'CANCELLED')),
      "created_by" uuid not null,
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now(),
      constraint "remaining_within_amount" check ("remaining_minor" >= 0 and "remaining_minor" <= "amount_minor"),
      constraint "valid_range" check ("valid_until" >= "valid_from"),
      unique ("organization_id", "number"))`);
    this.addSql(`create table ${b}."purchase_order_draw" (
      "id" uuid primary key,
      "purchase_order_id" uuid not null references ${b}."purchase_order" ("id"),
      "payment_id" uuid not null references ${b}."payment" ("id"),
      "amount_minor" bigint not null check ("amount_minor" <> 0),
      "created_at" timestamptz(3) not null default now())`);
    this.addSql(`create index "purchase_order_draw_po_idx" on ${b}."purchase_order_draw" ("purchase_order_id")`);
  }
}
