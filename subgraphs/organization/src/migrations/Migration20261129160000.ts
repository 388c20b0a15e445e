import { Migration } from '@mikro-orm/migrations';

/**
 * Open obligations of a member (unpaid earnings, refunds, disputes, licensed seats), recorded by the
 * contexts that own them through their events; removal is refused while any is open.
 */
export class Migration20261129160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "organization"."member_obligation" (
      "organization_id" uuid not null references "organization"."organization" ("id"),
      "user_id" uuid not null,
      "kind" text not null check ("kind" in ('UNPAID_EARNINGS', 'OPEN_REFUND', 'OPEN_DISPUTE', 'LICENSED_SEAT')),
      "reference" text not null,
      "opened_at" timestamptz(3) not null default now(),
      "closed_at" timestamptz(3) null,
      primary key ("organization_id", "user_id", "kind", "reference"))`);
    this.addSql(`create index "member_obligation_open_idx" on "organization"."member_obligation" ("organization_id", "user_id") where "closed_at" is null`);
  }
}
