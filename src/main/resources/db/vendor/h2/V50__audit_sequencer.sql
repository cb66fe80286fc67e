-- Issue 11 item 1 (see db/vendor/postgresql/V50 for the reasoning): events are inserted unsealed (id from a
-- sequence, no seq/prev_hash/hash) and sealed later by the AuditSequencer. H2 is for development and tests and has
-- no append-only triggers.
alter table audit_event add column id bigint;
update audit_event set id = seq;
alter table audit_event alter column id set not null;
alter table audit_event drop primary key;
alter table audit_event add constraint pk_audit_event primary key (id);
alter table audit_event add constraint uq_audit_event_seq unique (seq);
alter table audit_event alter column seq set null;
alter table audit_event alter column prev_hash set null;
alter table audit_event alter column hash set null;
alter table audit_event add constraint ck_audit_event_sealed check (
    (seq is null and prev_hash is null and hash is null) or (seq is not null and prev_hash is not null and hash is not null));

create sequence audit_event_id_seq;
alter sequence audit_event_id_seq restart with (select coalesce(max(id), 0) + 1 from audit_event);
-- Every insert draws its id here; a rolled-back insert leaves a gap in ids, never in chain positions.
alter table audit_event alter column id set default next value for audit_event_id_seq;
