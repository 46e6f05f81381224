import { Migration } from '@mikro-orm/migrations';

// 投保笔数 and 投保比率: whether each project is insured (from underwriting.policy.* events) and the two counters per
// division. No backfill: the new durable analytics_underwriting_policy starts at the beginning of the stream.

export class Migration20261201124655_insured_projects extends Migration {
  override name = 'Migration20261201124655_insured_projects';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "division_counter" add "insured_projects" int not null default 0, add "insured_valid_projects" int not null default 0;`,
    );

    this.addSql(`alter table "project_fact" add "insured" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "division_counter" drop column "insured_projects", drop column "insured_valid_projects";`,
    );

    this.addSql(`alter table "project_fact" drop column "insured";`);
  }
}
