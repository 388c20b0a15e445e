import { Migration } from '@mikro-orm/migrations';
import { eventTablesSql, sqlList } from '@guildhall/kernel';
import { PAYOUT_ACCOUNT_STATUSES, PAYOUT_PROVIDERS } from '../domain/payout-account.js';

export class Migration20261129000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "payouts"."payout_account" (
      "id" uuid primary key,
      "organization_id" uuid not null unique,
      "provider" text not null check ("provider" in (${sqlList(PAYOUT_PROVIDERS)})),
      "provider_account_id" text not null,
      "status" text not null check ("status" in (${sqlList(PAYOUT_ACCOUNT_STATUSES)})),
      "masked_destination" text not null,
      "created_at" timestamptz(3) not null default now())`);
    for (const sql of eventTablesSql('payouts')) this.addSql(sql);
  }
}
