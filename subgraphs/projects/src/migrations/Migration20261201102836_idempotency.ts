import { Migration } from '@mikro-orm/migrations';

export class Migration20261201102836_idempotency extends Migration {
  override name = 'Migration20261201102836_idempotency';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "idempotency_record" ("caller" varchar(160) not null, "idempotency_key" varchar(128) not null, "fingerprint" varchar(64) not null, "operation" varchar(255) not null, "status" int null, "response" text null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("caller", "idempotency_key"));`,
    );
    this.addSql(`create index "idempotency_record_expires_idx" on "idempotency_record" ("expires_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "idempotency_record" cascade;`);
  }
}
