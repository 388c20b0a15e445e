import { Migration } from '@mikro-orm/migrations';

/** Whether a payment is disputed follows from its disputes; a copied flag could only drift. */
export class Migration20261130140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "billing"."payment" drop column "disputed"`);
    this.addSql(`create index "dispute_payment_idx" on "billing"."dispute" ("payment_id")`);
  }
}
