import { Migration } from '@mikro-orm/migrations';

// The regulator list's division + status index also carries 项目名称 (INCLUDE), so `total` for a search by county,
// status and name is counted by an index-only scan. Measured at 500,000 projects: bench/README.md (projects benchmark).
export class Migration20261121221325_division_status_name_index extends Migration {
  override name = 'Migration20261121221325_division_status_name_index';

  override up(): void | Promise<void> {
    this.addSql(`drop index "project_division_status_prefix_index";`);
    this.addSql(
      `create index "project_division_status_name_index" on "project" ("division_code" text_pattern_ops, "status", "created_at") include ("name");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "project_division_status_name_index";`);
    this.addSql(
      `create index "project_division_status_prefix_index" on "project" ("division_code" text_pattern_ops, "status", "created_at");`,
    );
  }
}
