import { Migration } from '@mikro-orm/migrations';

// division_enterprise keeps (enterprise, county) counts only, keyed by USCC first (see read-model.entity.ts): the
// rows of the upper levels go, the county rows are recounted from the facts (the counters do not change), and the
// key serves the look-ups by USCC that had an index of their own.
const COUNTY_ROWS = `insert into "division_enterprise" ("uscc", "division_code", "valid_projects")
  select "uscc", "county_code", count(*) from "project_fact" where "valid" and "uscc" is not null
  group by "uscc", "county_code";`;

// Back to a row per division at every level (duplicates collapse: a city without counties is its own county).
const ALL_LEVEL_ROWS = `insert into "division_enterprise" ("division_code", "uscc", "valid_projects")
  select d."code", p."uscc", count(*) from "project_fact" p
  cross join lateral (select distinct unnest(array['000000', left(p."county_code", 2) || '0000',
    left(p."county_code", 4) || '00', p."county_code"]) as "code") d
  where p."valid" and p."uscc" is not null group by d."code", p."uscc";`;

export class Migration20261122100000_county_enterprises extends Migration {
  override name = 'Migration20261122100000_county_enterprises';

  override up(): void | Promise<void> {
    this.addSql(`delete from "division_enterprise";`);
    this.addSql(`drop index "division_enterprise_uscc_index";`);
    this.addSql(`alter table "division_enterprise" drop constraint "division_enterprise_pkey";`);
    this.addSql(`alter table "division_enterprise" add primary key ("uscc", "division_code");`);
    this.addSql(COUNTY_ROWS);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "division_enterprise";`);
    this.addSql(`alter table "division_enterprise" drop constraint "division_enterprise_pkey";`);
    this.addSql(`create index "division_enterprise_uscc_index" on "division_enterprise" ("uscc");`);
    this.addSql(`alter table "division_enterprise" add primary key ("division_code", "uscc");`);
    this.addSql(ALL_LEVEL_ROWS);
  }
}
