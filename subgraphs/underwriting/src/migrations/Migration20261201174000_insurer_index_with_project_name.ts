import { Migration } from '@mikro-orm/migrations';

// The insurer's (insurer_id, status, created_at) index carries 项目名称, so that 投保信息's counts of a 项目名称 search
// are index-only scans (see the index's note in application.entity.ts). Written by hand: the schema diff compares
// indexes by name and does not see a new INCLUDE.

export class Migration20261201174000_insurer_index_with_project_name extends Migration {
  override name = 'Migration20261201174000_insurer_index_with_project_name';

  override up(): void | Promise<void> {
    this.addSql(`drop index if exists "insurance_application_insurer_id_status_created_at_index";`);
    this.addSql(
      `create index "insurance_application_insurer_id_status_created_at_index" on "insurance_application" ("insurer_id", "status", "created_at") include ("project_name");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "insurance_application_insurer_id_status_created_at_index";`);
    this.addSql(
      `create index "insurance_application_insurer_id_status_created_at_index" on "insurance_application" ("insurer_id", "status", "created_at");`,
    );
  }
}
