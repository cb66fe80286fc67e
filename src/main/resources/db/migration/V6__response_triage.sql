-- Responses to issued requests go into the evidence register tied to the request; each received item is triaged
-- in or out of scope (R33), and out-of-scope material is quarantined until its disposal is recorded.
alter table evidence_item add column source_request_id bigint references information_request (id);
alter table evidence_item add column scope varchar(20);
alter table evidence_item add column triage_reason varchar(2000);
alter table evidence_item add column triaged_by varchar(64);
alter table evidence_item add column triaged_at timestamp with time zone;
alter table evidence_item add column disposed_at timestamp with time zone;
alter table evidence_item add column disposed_by varchar(64);
alter table evidence_item add column disposal_note varchar(2000);
alter table evidence_item add constraint ck_evidence_scope check (scope is null or scope in ('IN_SCOPE', 'OUT_OF_SCOPE'));
-- Only quarantined (out-of-scope) material is disposed of, and its content is removed when it is.
alter table evidence_item add constraint ck_evidence_disposal check (disposed_at is null or scope = 'OUT_OF_SCOPE');
create index ix_evidence_request on evidence_item (source_request_id, id);
