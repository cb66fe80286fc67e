-- Signed checkpoints of the audit chain, as issued. The signature (not this table) is what proves a head:
-- a copy of each checkpoint is also exported to reviewers and kept outside the database.
create table audit_checkpoint (
    seq        bigint        not null primary key,
    head_hash  char(64)      not null,
    issued_at  timestamp with time zone not null,
    key_id     char(16)      not null,
    signature  varchar(88)   not null,
    constraint ck_audit_checkpoint_seq check (seq >= 1)
);
