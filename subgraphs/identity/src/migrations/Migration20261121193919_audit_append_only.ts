import { Migration } from '@mikro-orm/migrations';

// The audit log is append-only in the database itself, not only by convention in the code: UPDATE, DELETE and
// TRUNCATE are refused for every role that owns no superuser power. The hash chain detects what a superuser changes.
export class Migration20261121193919_audit_append_only extends Migration {
  override name = 'Migration20261121193919_audit_append_only';

  override up(): void {
    this.addSql(`create or replace function audit_record_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_record is append-only';
end $$;`);
    this.addSql(`create trigger audit_record_no_update before update or delete on "audit_record"
  for each row execute function audit_record_append_only();`);
    this.addSql(`create trigger audit_record_no_truncate before truncate on "audit_record"
  for each statement execute function audit_record_append_only();`);
  }

  override down(): void {
    this.addSql('drop trigger if exists audit_record_no_truncate on "audit_record";');
    this.addSql('drop trigger if exists audit_record_no_update on "audit_record";');
    this.addSql('drop function if exists audit_record_append_only();');
  }
}
