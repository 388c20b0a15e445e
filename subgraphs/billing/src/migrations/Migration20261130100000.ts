import { Migration } from '@mikro-orm/migrations';
import { sqlList } from '@guildhall/kernel';
import { ACCOUNT_KINDS, TRANSACTION_KINDS } from '../domain/ledger.js';
import { PAYMENT_PURPOSES } from '../domain/purchase.js';
import { INVOICE_STATUSES } from '../domain/invoice-status.js';

/** Invoicing: buyer profiles, invoices and lines, gapless counters, credit notes, invoice payments. */
export class Migration20261130100000 extends Migration {
  override async up(): Promise<void> {
    const b = '"billing"';
    // the enums grew: GST_PAYABLE, invoice transactions, payments of invoices
    this.addSql(`alter table ${b}."ledger_account" drop constraint "ledger_account_kind_check", add constraint "ledger_account_kind_check" check ("kind" in (${sqlList(ACCOUNT_KINDS)}))`);
    this.addSql(`alter table ${b}."ledger_transaction" drop constraint "ledger_transaction_kind_check", add constraint "ledger_transaction_kind_check" check ("kind" in (${sqlList(TRANSACTION_KINDS)}))`);
    this.addSql(`alter table ${b}."payment" drop constraint "payment_purpose_check", add constraint "payment_purpose_check" check ("purpose" in (${sqlList(PAYMENT_PURPOSES)}))`);
    this.addSql(`alter table ${b}."payment" add column "pays_invoice_id" uuid null`);

    this.addSql(`create table ${b}."billing_profile" (
      "organization_id" uuid primary key,
      "display_name" text not null,
      "legal_name" text null,
      "gstin" text null,
      "state_code" char(2) null,
      "country" char(2) not null default 'IN',
      "timezone" text not null default 'Asia/Kolkata',
      "payment_terms_days" int not null default 60,
      "billing_email" text null,
      "address" jsonb null,
      "updated_at" timestamptz(3) not null default now())`);

    this.addSql(`create table ${b}."invoice" (
      "id" uuid primary key,
      "organization_id" uuid not null,
      "number" text null unique,
      "fiscal_year" text null,
      "status" text not null check ("status" in (${sqlList(INVOICE_STATUSES)})),
      "period_start" date not null,
      "period_end" date not null,
      "currency" char(3) not null,
      "supply_type" text not null check ("supply_type" in ('INTRA_STATE', 'INTER_STATE', 'EXPORT')),
      "place_of_supply" char(2) null,
      "reverse_charge" boolean not null default false,
      "taxable_minor" bigint not null default 0,
      "cgst_minor" bigint not null default 0,
      "sgst_minor" bigint not null default 0,
      "igst_minor" bigint not null default 0,
      "total_minor" bigint not null default 0,
      "amount_due_minor" bigint not null default 0,
      "paid_minor" bigint not null default 0,
      "credited_minor" bigint not null default 0,
      "supplier" jsonb not null,
      "buyer" jsonb not null,
      "due_date" date null,
      "issued_at" timestamptz(3) null,
      "paid_at" timestamptz(3) null,
      "reminders_sent" int not null default 0,
      "last_reminder_at" timestamptz(3) null,
      "pdf" bytea null,
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now(),
      constraint "issued_has_number" check (("status" = 'DRAFT') = ("number" is null)),
      constraint "cgst_equals_sgst" check ("cgst_minor" = "sgst_minor"),
      constraint "paid_within_due" check ("paid_minor" >= 0 and "credited_minor" >= 0))`);
    // one invoice per org and period: two concurrent rollups cannot both create one
    this.addSql(`create unique index "invoice_org_period" on ${b}."invoice" ("organization_id", "period_start") where "status" <> 'VOID'`);
    this.addSql(`create index "invoice_org_idx" on ${b}."invoice" ("organization_id", "created_at" desc)`);
    this.addSql(`create index "invoice_open_idx" on ${b}."invoice" ("due_date") where "status" in ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')`);

    this.addSql(`create table ${b}."invoice_line" (
      "id" uuid primary key,
      "invoice_id" uuid not null references ${b}."invoice" ("id") on delete cascade,
      "payment_id" uuid not null references ${b}."payment" ("id"),
      "description" text not null,
      "sac_code" text not null,
      "rate_bps" int not null,
      "taxable_minor" bigint not null,
      "cgst_minor" bigint not null,
      "sgst_minor" bigint not null,
      "igst_minor" bigint not null,
      "total_minor" bigint not null,
      "credited_taxable_minor" bigint not null default 0,
      constraint "line_halves_equal" check ("cgst_minor" = "sgst_minor"))`);
    this.addSql(`create index "invoice_line_invoice_idx" on ${b}."invoice_line" ("invoice_id")`);
    this.addSql(`create unique index "invoice_line_payment" on ${b}."invoice_line" ("payment_id")`);

    // gapless: the next number is taken by an UPDATE inside the issuing transaction (a rollback gives it back)
    this.addSql(`create table ${b}."document_counter" (
      "supplier" text not null,
      "series" text not null check ("series" in ('INVOICE', 'CREDIT_NOTE')),
      "fiscal_year" text not null,
      "last_value" int not null default 0,
      primary key ("supplier", "series", "fiscal_year"))`);

    this.addSql(`create table ${b}."credit_note" (
      "id" uuid primary key,
      "invoice_id" uuid not null references ${b}."invoice" ("id"),
      "refund_id" uuid not null unique references ${b}."refund" ("id"),
      "number" text not null unique,
      "fiscal_year" text not null,
      "taxable_minor" bigint not null,
      "cgst_minor" bigint not null,
      "sgst_minor" bigint not null,
      "igst_minor" bigint not null,
      "total_minor" bigint not null,
      "settlement" text not null check ("settlement" in ('REDUCES_DUE', 'REFUND_DUE')),
      "pdf" bytea null,
      "issued_at" timestamptz(3) not null default now(),
      constraint "cn_halves_equal" check ("cgst_minor" = "sgst_minor"))`);
    this.addSql(`create index "credit_note_invoice_idx" on ${b}."credit_note" ("invoice_id")`);
  }
}
