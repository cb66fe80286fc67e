-- Issue 11 item 2: signed tree heads of the audit log's Merkle tree (RFC 9162), one per signed size, kept as the exact
-- C2SP note that was signed so it can be served byte for byte. Append-only on PostgreSQL (vendor V52).
create table audit_tree_head (
    tree_size  bigint        not null primary key,
    root_hash  char(64)      not null,
    issued_at  timestamp with time zone not null,
    note       varchar(1000) not null,
    constraint ck_audit_tree_head_size check (tree_size >= 1)
);
