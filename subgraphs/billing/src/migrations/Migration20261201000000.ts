import { Migration } from '@mikro-orm/migrations';
import { sqlList } from '@guildhall/kernel';
import { MEMBER_STATUSES, ROLES } from '@guildhall/roles';
import { CONTRACT_STATUSES, CONTRACT_VERSION_STATUSES, CONTRACT_SIDES } from '../domain/contract.js';
import { PRICE_SOURCES } from '../domain/price-resolution.js';
import { ASSIGNMENT_STATUSES, AVAILABLE_PROGRAM_TYPES, OVERAGE_ROUTINGS, PROGRAM_CYCLES, REVOKE_REASONS, UTILIZATION_OUTCOMES } from '../domain/program.js';
import { PURCHASE_KINDS } from '../domain/purchase.js';

/** Programs, assignments and their utilization; rate cards; contracts; the split snapshot on payments. */
export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    const b = '"billing"';
    const bps = (name: string) => `"${name}" integer not null check ("${name}" between 0 and 10000)`;
    const splitSums = (p: string, h: string, e: string) => `check ("${p}" + "${h}" + "${e}" = 10000)`;

    // who belongs where, as organization's member events said: assignments and payees need it
    this.addSql(`create table ${b}."member" (
      "organization_id" uuid not null,
      "user_id" uuid not null,
      "role" text not null check ("role" in (${sqlList(ROLES)})),
      "status" text not null check ("status" in (${sqlList(MEMBER_STATUSES)})),
      "changed_at" timestamptz(3) not null,
      primary key ("organization_id", "user_id"))`);
    this.addSql(`alter table ${b}."billing_account" add column "can_sponsor" boolean not null default true, add column "can_host" boolean not null default false`);

    this.addSql(`create table ${b}."rate_card" (
      "id" uuid primary key,
      "organization_id" uuid not null,
      "name" text not null,
      "currency" char(3) not null,
      "is_default" boolean not null default false,
      "archived_at" timestamptz(3) null,
      "created_by" uuid not null,
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now(),
      unique ("organization_id", "name"))`);
    this.addSql(`create unique index "rate_card_one_default" on ${b}."rate_card" ("organization_id") where "is_default" and "archived_at" is null`);
    // a price is a version: a change closes the one in effect and opens the next; rows are never rewritten
    this.addSql(`create table ${b}."rate_card_price" (
      "id" uuid primary key,
      "rate_card_id" uuid not null references ${b}."rate_card" ("id"),
      "kind" text not null check ("kind" in (${sqlList(PURCHASE_KINDS)})),
      "expert_user_id" uuid null,
      "unit_price_minor" bigint not null check ("unit_price_minor" > 0),
      ${bps('platform_bps')}, ${bps('host_bps')}, ${bps('expert_bps')},
      "effective_from" timestamptz(3) not null,
      "effective_until" timestamptz(3) null check ("effective_until" > "effective_from"),
      "created_by" uuid not null,
      "created_at" timestamptz(3) not null default now(),
      ${splitSums('platform_bps', 'host_bps', 'expert_bps')})`);
    this.addSql(`create index "rate_card_price_lookup" on ${b}."rate_card_price" ("rate_card_id", "kind", "expert_user_id", "effective_from" desc)`);

    this.addSql(`create table ${b}."contract" (
      "id" uuid primary key,
      "sponsor_organization_id" uuid not null,
      "host_organization_id" uuid not null check ("host_organization_id" <> "sponsor_organization_id"),
      "title" text not null,
      "status" text not null check ("status" in (${sqlList(CONTRACT_STATUSES)})),
      "accepted_version" integer null,
      "terminated_at" timestamptz(3) null,
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now())`);
    // one live contract per pair: amendments are versions of it
    this.addSql(`create unique index "contract_one_live_per_pair" on ${b}."contract" ("sponsor_organization_id", "host_organization_id") where "status" <> 'TERMINATED'`);
    this.addSql(`create index "contract_host_idx" on ${b}."contract" ("host_organization_id")`);
    this.addSql(`create table ${b}."contract_version" (
      "contract_id" uuid not null references ${b}."contract" ("id"),
      "version" integer not null check ("version" > 0),
      "status" text not null check ("status" in (${sqlList(CONTRACT_VERSION_STATUSES)})),
      "proposed_by_side" text not null check ("proposed_by_side" in (${sqlList(CONTRACT_SIDES)})),
      "proposed_by" uuid not null,
      "terms" jsonb not null,
      "decided_by" uuid null,
      "decided_at" timestamptz(3) null,
      "reason" text null,
      "created_at" timestamptz(3) not null default now(),
      primary key ("contract_id", "version"))`);
    this.addSql(`create unique index "contract_one_open_proposal" on ${b}."contract_version" ("contract_id") where "status" = 'PROPOSED'`);
    // monthly spend under a contract: a counter moved by one conditional upsert per booking
    this.addSql(`create table ${b}."contract_spend" (
      "contract_id" uuid not null references ${b}."contract" ("id"),
      "month_start" date not null,
      "spent_minor" bigint not null default 0 check ("spent_minor" >= 0),
      primary key ("contract_id", "month_start"))`);

    this.addSql(`create table ${b}."program" (
      "id" uuid primary key,
      "organization_id" uuid not null,
      "name" text not null,
      "description" text null,
      "type" text not null check ("type" in (${sqlList(AVAILABLE_PROGRAM_TYPES)})),
      "status" text not null default 'ACTIVE' check ("status" in ('ACTIVE', 'PAUSED', 'CANCELLED')),
      "cycle" text not null check ("cycle" in (${sqlList(PROGRAM_CYCLES)})),
      "currency" char(3) not null,
      "engagements_per_cycle" integer null check ("engagements_per_cycle" > 0),
      "price_cap_minor" bigint null check ("price_cap_minor" > 0),
      "budget_minor" bigint null check ("budget_minor" > 0),
      "overage" text not null check ("overage" in (${sqlList(OVERAGE_ROUTINGS)})),
      ${bps('overage_surcharge_bps')},
      "overage_limit_minor" bigint null check ("overage_limit_minor" > 0),
      "starts_on" date not null,
      "ends_on" date null check ("ends_on" >= "starts_on"),
      "terms_locked_at" timestamptz(3) null,
      "created_by" uuid not null,
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now(),
      check (("type" = 'CREDIT_POOL') = ("budget_minor" is not null)),
      unique ("organization_id", "name"))`);
    this.addSql(`create table ${b}."program_assignment" (
      "id" uuid primary key,
      "program_id" uuid not null references ${b}."program" ("id"),
      "organization_id" uuid not null,
      "user_id" uuid not null,
      "status" text not null check ("status" in (${sqlList(ASSIGNMENT_STATUSES)})),
      "starts_on" date not null,
      "ends_on" date null check ("ends_on" >= "starts_on"),
      "assigned_by" uuid not null,
      "revoked_reason" text null check ("revoked_reason" in (${sqlList(REVOKE_REASONS)})),
      "revoked_at" timestamptz(3) null,
      "created_at" timestamptz(3) not null default now())`);
    this.addSql(`create unique index "program_assignment_one_active" on ${b}."program_assignment" ("program_id", "user_id") where "status" = 'ACTIVE'`);
    this.addSql(`create index "program_assignment_member_idx" on ${b}."program_assignment" ("organization_id", "user_id") where "status" = 'ACTIVE'`);
    // per-cycle counters, each moved by one conditional upsert; the utilization rows are their record
    this.addSql(`create table ${b}."program_usage" (
      "program_id" uuid not null references ${b}."program" ("id"),
      "period_start" date not null,
      "engagements" integer not null default 0 check ("engagements" >= 0),
      "covered_minor" bigint not null default 0 check ("covered_minor" >= 0),
      "overage_minor" bigint not null default 0 check ("overage_minor" >= 0),
      primary key ("program_id", "period_start"))`);
    this.addSql(`create table ${b}."program_member_usage" (
      "program_id" uuid not null references ${b}."program" ("id"),
      "user_id" uuid not null,
      "period_start" date not null,
      "engagements" integer not null default 0 check ("engagements" >= 0),
      "covered_minor" bigint not null default 0 check ("covered_minor" >= 0),
      "overage_minor" bigint not null default 0 check ("overage_minor" >= 0),
      primary key ("program_id", "period_start", "user_id"))`);
    this.addSql(`create table ${b}."program_utilization" (
      "id" uuid primary key,
      "payment_id" uuid not null unique references ${b}."payment" ("id"),
      "program_id" uuid not null references ${b}."program" ("id"),
      "assignment_id" uuid not null references ${b}."program_assignment" ("id"),
      "user_id" uuid not null,
      "period_start" date not null,
      "outcome" text not null check ("outcome" in (${sqlList(UTILIZATION_OUTCOMES)})),
      "price_minor" bigint not null check ("price_minor" > 0),
      "covered_minor" bigint not null check ("covered_minor" >= 0),
      "overage_minor" bigint not null check ("overage_minor" >= 0),
      "released_at" timestamptz(3) null,
      "created_at" timestamptz(3) not null default now())`);
    this.addSql(`create index "program_utilization_program_idx" on ${b}."program_utilization" ("program_id", "period_start")`);

    // the split, snapshotted at booking: later rate card or contract edits never reach past money
    this.addSql(`alter table ${b}."payment"
      add column "host_organization_id" uuid null,
      add column "program_id" uuid null,
      add column "contract_id" uuid null,
      add column "contract_version" integer null,
      add column "contract_month" text null,
      add column "rate_price_id" uuid null,
      add column "price_source" text null check ("price_source" in (${sqlList(PRICE_SOURCES)})),
      add column "split_platform_bps" integer null,
      add column "split_host_bps" integer null,
      add column "split_expert_bps" integer null,
      add column "split_platform_minor" bigint null,
      add column "split_host_minor" bigint null,
      add column "split_expert_minor" bigint null,
      add constraint "payment_split_sums" check ("split_platform_minor" is null or "split_platform_minor" + "split_host_minor" + "split_expert_minor" = "amount_minor")`);
    this.addSql(`create index "payment_host_idx" on ${b}."payment" ("host_organization_id", "created_at" desc) where "host_organization_id" is not null`);
  }
}
