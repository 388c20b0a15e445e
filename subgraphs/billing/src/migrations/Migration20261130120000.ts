import { Migration } from '@mikro-orm/migrations';

/** A credit note on a paid invoice is refunded to the card that paid it. */
export class Migration20261130120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "billing"."refund" drop constraint "refund_source_check", add constraint "refund_source_check" check ("source" in ('API', 'CANCELLATION', 'PROVIDER', 'LATE_CAPTURE', 'DISPUTE_LOST', 'CREDIT_NOTE'))`);
    this.addSql(`alter table "billing"."credit_note" drop constraint "credit_note_settlement_check", add constraint "credit_note_settlement_check" check ("settlement" in ('REDUCES_DUE', 'REFUNDED', 'REFUND_DUE'))`);
  }
}
