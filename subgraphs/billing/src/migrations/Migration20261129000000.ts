import { Migration } from '@mikro-orm/migrations';
import { eventTablesSql } from '@guildhall/kernel';
import { BILLING_MODES, FUNDING_MODES } from '../domain/billing-modes.js';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export class Migration20261129000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "billing"."billing_account" (
      "id" uuid primary key,
      "organization_id" uuid not null unique,
      "mode" text not null check ("mode" in (${list(BILLING_MODES)})),
      "funding_mode" text not null check ("funding_mode" in (${list(FUNDING_MODES)})),
      "currency" char(3) not null,
      "created_at" timestamptz(3) not null default now())`);
    for (const sql of eventTablesSql('billing')) this.addSql(sql);
  }
}
