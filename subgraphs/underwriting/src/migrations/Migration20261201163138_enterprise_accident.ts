import { Migration } from '@mikro-orm/migrations';

// 事故 on 投保信息: the enterprises' accidents kept from claims' events (domain/accident.entity.ts).

export class Migration20261201163138_enterprise_accident extends Migration {
  override name = 'Migration20261201163138_enterprise_accident';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "enterprise_accident" ("id" uuid not null, "claim_number" varchar(32) not null, "organisation_id" uuid not null, "policy_number" varchar(64) not null, "project_code" varchar(64) not null, "accident_date" date not null, "category_standard" varchar(40) not null, "category_code" varchar(16) not null, "grade" varchar(20) not null, "death_count" int not null, "injured_count" int not null, "status" varchar(30) not null, "last_event_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "enterprise_accident_organisation_id_accident_date_index" on "enterprise_accident" ("organisation_id", "accident_date");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "enterprise_accident" cascade;`);
  }
}
