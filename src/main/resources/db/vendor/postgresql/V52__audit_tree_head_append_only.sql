-- Signed tree heads are append-only like the events and checkpoints they vouch for (see V21).
create trigger audit_tree_head_no_update_or_delete
    before update or delete on audit_tree_head
    for each row execute function audit_refuse_change();
create trigger audit_tree_head_no_truncate
    before truncate on audit_tree_head
    for each statement execute function audit_refuse_change();
revoke update, delete, truncate on audit_tree_head from public;
