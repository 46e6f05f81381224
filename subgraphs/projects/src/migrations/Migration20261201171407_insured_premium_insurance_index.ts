import { Migration } from '@mikro-orm/migrations';

// The regulator's 项目信息: 异常 next to a premium outside its plan's bounds (from underwriting's policy events; a
// constant default, so the 500,000-row table is not rewritten), and 投保状态 over a whole province newest first
// (see the index's note in project.entity.ts).

export class Migration20261201171407_insured_premium_insurance_index extends Migration {
  override name = 'Migration20261201171407_insured_premium_insurance_index';

  override up(): void | Promise<void> {
    this.addSql(`alter table "project" add "insured_premium_implausible" boolean not null default false;`);
    this.addSql(
      `create index "project_insurance_status_created_at_index" on "project" ("insurance_status", "created_at");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "project_insurance_status_created_at_index";`);
    this.addSql(`alter table "project" drop column "insured_premium_implausible";`);
  }
}
