import { Migration } from '@mikro-orm/migrations';

/** An invoice's payments are found by their invoice (issuing a draft redraws it from them). */
export class Migration20261130110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "payment_invoice_idx" on "billing"."payment" ("invoice_id") where "invoice_id" is not null`);
  }
}
