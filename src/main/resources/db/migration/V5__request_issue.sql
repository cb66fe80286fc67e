-- Issuing: the notice's dates on the request, and the exact document sent with its SHA-256.
alter table information_request add column given_on date;
alter table information_request add column due_on date;
alter table information_request add column issued_by varchar(64);
alter table information_request add column issued_at timestamp with time zone;

create table request_document (
    request_id   bigint       not null primary key references information_request (id),
    file_name    varchar(100) not null,
    media_type   varchar(50)  not null,
    sha256       varchar(64)  not null,
    created_at   timestamp with time zone not null,
    content      bytea        not null
);
