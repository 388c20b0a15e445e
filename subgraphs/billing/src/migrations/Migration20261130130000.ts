import { Migration } from '@mikro-orm/migrations';

/** Per-org cancellation policies: versioned and immutable, snapshotted onto each payment at checkout. */
export class Migration20261130130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "billing"."cancellation_policy" (
      "organization_id" uuid not null,
      "version" int not null check ("version" >= 2),
      "tiers" jsonb not null,
      "expert_cancelled_bps" int not null check ("expert_cancelled_bps" between 0 and 10000),
      "created_by" uuid not null,
      "created_at" timestamptz(3) not null default now(),
      primary key ("organization_id", "version"))`);
  }
}
