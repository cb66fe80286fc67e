-- Issue 11 item 1: audited transactions no longer queue on the chain head. A business transaction inserts its event
-- with an id from a sequence and no chain position (seq, prev_hash, hash are null: "unsealed"); the single
-- AuditSequencer later gives committed events consecutive positions and hashes under the audit_head row lock.
-- Until then an unsealed row is protected only by the append-only trigger below (docs/audit-log-format.md §2.1).
alter table audit_event disable trigger audit_event_no_update_or_delete;
alter table audit_event add column id bigint;
update audit_event set id = seq;
alter table audit_event enable trigger audit_event_no_update_or_delete;
alter table audit_event alter column id set not null;
alter table audit_event drop constraint audit_event_pkey;
alter table audit_event add constraint pk_audit_event primary key (id);
alter table audit_event add constraint uq_audit_event_seq unique (seq);
alter table audit_event alter column seq drop not null;
alter table audit_event alter column prev_hash drop not null;
alter table audit_event alter column hash drop not null;
-- A row is either wholly unsealed or wholly sealed: no half-placed events.
alter table audit_event add constraint ck_audit_event_sealed check (
    (seq is null and prev_hash is null and hash is null) or (seq is not null and prev_hash is not null and hash is not null));
-- The sequencer picks unsealed rows in id order; this index holds only them, so it stays tiny.
create index ix_audit_event_unsealed on audit_event (id) where seq is null;

create sequence audit_event_id_seq;
select setval('audit_event_id_seq', coalesce(max(id), 0) + 1, false) from audit_event;

-- The one update the trail allows: sealing an unsealed row, i.e. setting seq, prev_hash and hash once, with every
-- other column unchanged. Everything else (edits, deletes, re-sealing) is still refused for every role.
create or replace function audit_event_refuse_change() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'UPDATE' and old.seq is null and new.seq is not null
            and (old.id, old.occurred_at, old.actor, old.actor_role, old.action, old.object_type, old.object_id,
                 old.outcome, old.reason, old.origin, old.payload)
                is not distinct from
                (new.id, new.occurred_at, new.actor, new.actor_role, new.action, new.object_type, new.object_id,
                 new.outcome, new.reason, new.origin, new.payload) then
        return new;
    end if;
    raise exception '% on % is not allowed: the audit trail is append-only', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

drop trigger audit_event_no_update_or_delete on audit_event;
create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();
-- Every insert draws its id here; a rolled-back insert leaves a gap in ids, never in chain positions.
alter table audit_event alter column id set default nextval('audit_event_id_seq');
