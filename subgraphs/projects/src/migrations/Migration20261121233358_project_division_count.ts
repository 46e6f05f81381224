import { Migration } from '@mikro-orm/migrations';

// Per-county, per-status project counts kept exact by a row trigger on `project` (see project-division-count.entity.ts
// for why). A trigger rather than application code: every path that writes projects — the GraphQL mutations, the demo
// and benchmark seeds, a hand-run fix-up — keeps the counts right. Existing projects are counted once here.

/** The row trigger's function as this migration created it (also what the revision migration's down() restores). */
export const MAINTAIN = `create or replace function project_division_count_maintain() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.division_code = new.division_code and old.status = new.status then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    update project_division_count set projects = projects - 1
      where division_code = old.division_code and status = old.status;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into project_division_count (division_code, status, projects) values (new.division_code, new.status, 1)
      on conflict (division_code, status) do update set projects = project_division_count.projects + 1;
  end if;
  return null;
end;
$$;`;

export const ROW_TRIGGER = `create trigger project_division_count_maintain after insert or update or delete on "project"
  for each row execute function project_division_count_maintain();`;

export class Migration20261121233358_project_division_count extends Migration {
  override name = 'Migration20261121233358_project_division_count';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "project_division_count" ("division_code" varchar(6) not null, "status" text not null, "projects" int not null, primary key ("division_code", "status"));`,
    );
    this.addSql(
      `alter table "project_division_count" add constraint "project_division_count_status_check" check ("status" in ('UNDER_CONSTRUCTION', 'SUSPENDED', 'COMPLETED'));`,
    );
    this.addSql(MAINTAIN);
    this.addSql(ROW_TRIGGER);
    // Counted in the migration's transaction after the trigger exists: creating it locks out writers until commit,
    // so no project is counted twice or missed.
    this.addSql(`insert into "project_division_count" ("division_code", "status", "projects")
  select "division_code", "status", count(*) from "project" group by "division_code", "status";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists project_division_count_maintain on "project";`);
    this.addSql(`drop function if exists project_division_count_maintain();`);
    this.addSql(`drop table if exists "project_division_count" cascade;`);
  }
}
