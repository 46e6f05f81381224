import { Migration } from '@mikro-orm/migrations';
import { MAINTAIN } from './Migration20261121233358_project_division_count.ts';

// project_division_count.revision: how often the projects of a county in a status were written, so that a 共 N 项
// counted for a search can be reused until one of them changes (project-division-count.entity.ts, count-cache.ts).
// The trigger function now also counts writes that leave county and status as they were.

/** The row trigger's function counting revisions (also what the per-statement migration's down() restores). */
export const MAINTAIN_WITH_REVISION = `create or replace function project_division_count_maintain() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.division_code = new.division_code and old.status = new.status then
    -- The count stands, but the project may now match other searches (name, units, dates).
    update project_division_count set revision = revision + 1
      where division_code = new.division_code and status = new.status;
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    update project_division_count set projects = projects - 1, revision = revision + 1
      where division_code = old.division_code and status = old.status;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into project_division_count (division_code, status, projects, revision)
      values (new.division_code, new.status, 1, 1)
      on conflict (division_code, status) do update
        set projects = project_division_count.projects + 1, revision = project_division_count.revision + 1;
  end if;
  return null;
end;
$$;`;

export class Migration20261122120000_project_division_count_revision extends Migration {
  override name = 'Migration20261122120000_project_division_count_revision';

  override up(): void | Promise<void> {
    this.addSql(`alter table "project_division_count" add column "revision" bigint not null default 0;`);
    this.addSql(MAINTAIN_WITH_REVISION);
  }

  override down(): void | Promise<void> {
    this.addSql(MAINTAIN);
    this.addSql(`alter table "project_division_count" drop column "revision";`);
  }
}
