import { Migration } from '@mikro-orm/migrations';

// 出险笔数 and 赔款金额: the latest state of each claim (from claims.claim.* events) and the two counters per division.
// No backfill: the new durable analytics_claims_claim starts at the beginning of the stream.

export class Migration20261201163201_claims extends Migration {
  override name = 'Migration20261201163201_claims';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "claim_fact" ("claim_id" varchar(64) not null, "county_code" varchar(6) not null, "status" varchar(16) not null, "settled_amount_fen" bigint null, "last_occurred_at" timestamptz not null, "version" varchar(64) not null, primary key ("claim_id"));`,
    );

    this.addSql(
      `alter table "division_counter" add "claims_recorded" int not null default 0, add "settled_amount_fen" bigint not null default '0';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "claim_fact" cascade;`);

    this.addSql(
      `alter table "division_counter" drop column "claims_recorded", drop column "settled_amount_fen";`,
    );
  }
}
