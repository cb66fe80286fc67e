-- Audit rows and issued checkpoints are append-only. The triggers stop every role, the owner included, until a
-- privileged user disables them (ALTER TABLE ... DISABLE TRIGGER needs table ownership or superuser); the hash
-- chain and the signed checkpoints then still reveal what was changed. In production the application connects
-- as a role that does not own these tables and has INSERT/SELECT only (docs/operations.md), so it cannot disable
-- the triggers either. audit_head is deliberately not protected: every append moves it.
create function audit_refuse_change() returns trigger
    language plpgsql
as $$
begin
    raise exception '% on % is not allowed: the audit trail is append-only', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_refuse_change();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_refuse_change();

create trigger audit_checkpoint_no_update_or_delete
    before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_no_truncate
    before truncate on audit_checkpoint
    for each statement execute function audit_refuse_change();

-- PUBLIC has none of these by default; stated explicitly so the intent is part of the schema a DBA reads.
revoke update, delete, truncate on audit_event, audit_checkpoint from public;
