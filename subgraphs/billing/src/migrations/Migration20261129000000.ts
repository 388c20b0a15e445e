import { Migration } from '@mikro-orm/migrations';
import { eventTablesSql, sqlList } from '@guildhall/kernel';
import { BILLING_MODES, FUNDING_MODES } from '../domain/billing-modes.js';

export class Migration20261129000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "billing"."billing_account" (
      "id" uuid primary key,
      "organization_id" uuid not null unique,
      "mode" text not null check ("mode" in (${sqlList(BILLING_MODES)})),
      "funding_mode" text not null check ("funding_mode" in (${sqlList(FUNDING_MODES)})),
      "currency" char(3) not null,
      "created_at" timestamptz(3) not null default now())`);
    for (const sql of eventTablesSql('billing')) this.addSql(sql);
  }
}
