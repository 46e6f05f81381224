import { Migration } from '@mikro-orm/migrations';
import { ROW_TRIGGER } from './Migration20261121233358_project_division_count.ts';
import { MAINTAIN_WITH_REVISION } from './Migration20261122120000_project_division_count_revision.ts';

// project_division_count kept per statement instead of per row. The row trigger updated a county's count row once per
// project written: a statement (or transaction) writing many projects of one county updated the same row again and
// again, each time walking the row's chain of versions left by the earlier updates of the same transaction — quadratic
// (60,000 rows in one statement took 25.1 s, now 1.6 s). Statement triggers with transition tables upsert each county and status
// touched once per statement, with the statement's net change, in key order (a fixed lock order for concurrent
// writers). The revision still grows with every project written, so a remembered search count (count-cache.ts) is
// never reused across a write: an update counts once for its old and once for its new county and status.
const APPLY = `create function project_division_count_apply() returns trigger language plpgsql as $$
begin
  -- Only the transition tables this event has may be named: plpgsql plans each branch when it first runs.
  if tg_op = 'INSERT' then
    insert into project_division_count as c (division_code, status, projects, revision)
      select division_code, status, count(*), count(*) from new_rows
       group by division_code, status order by division_code, status
    on conflict (division_code, status) do update
      set projects = c.projects + excluded.projects, revision = c.revision + excluded.revision;
  elsif tg_op = 'UPDATE' then
    insert into project_division_count as c (division_code, status, projects, revision)
      select division_code, status, sum(delta), count(*)
        from (select division_code, status, -1 as delta from old_rows
              union all
              select division_code, status, 1 from new_rows) as d
       group by division_code, status order by division_code, status
    on conflict (division_code, status) do update
      set projects = c.projects + excluded.projects, revision = c.revision + excluded.revision;
  else
    insert into project_division_count as c (division_code, status, projects, revision)
      select division_code, status, -count(*), count(*) from old_rows
       group by division_code, status order by division_code, status
    on conflict (division_code, status) do update
      set projects = c.projects + excluded.projects, revision = c.revision + excluded.revision;
  end if;
  return null;
end;
$$;`;

/** The transition tables each event's trigger passes to the function. */
const TRANSITIONS = {
  insert: 'new table as new_rows',
  update: 'old table as old_rows new table as new_rows',
  delete: 'old table as old_rows',
};

export class Migration20261122140000_project_division_count_per_statement extends Migration {
  override name = 'Migration20261122140000_project_division_count_per_statement';

  override up(): void | Promise<void> {
    this.addSql(`drop trigger project_division_count_maintain on "project";`);
    this.addSql(`drop function project_division_count_maintain();`);
    this.addSql(APPLY);
    for (const [event, transitions] of Object.entries(TRANSITIONS))
      this.addSql(`create trigger project_division_count_${event} after ${event} on "project"
  referencing ${transitions} for each statement execute function project_division_count_apply();`);
  }

  override down(): void | Promise<void> {
    for (const event of Object.keys(TRANSITIONS))
      this.addSql(`drop trigger if exists project_division_count_${event} on "project";`);
    this.addSql(`drop function if exists project_division_count_apply();`);
    this.addSql(MAINTAIN_WITH_REVISION);
    this.addSql(ROW_TRIGGER);
  }
}
