-- A password set by an administrator (new account, reset) is temporary: the holder must choose their own at the
-- next sign-in before anything else works (issue 9 item 1).
alter table staff_member add column password_change_required boolean not null default false;
