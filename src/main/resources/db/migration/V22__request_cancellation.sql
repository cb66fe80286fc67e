-- Cancelling an issued request (R36): the reason stays inside the Ministry; the letter telling the addressee not
-- to comply is kept exactly as rendered, with its SHA-256, like the notice itself.
create table request_cancellation (
    request_id   bigint        not null primary key references information_request (id),
    reason       varchar(2000) not null,
    cancelled_by varchar(64)   not null,
    cancelled_at timestamp with time zone not null,
    file_name    varchar(100)  not null,
    media_type   varchar(50)   not null,
    sha256       varchar(64)   not null,
    content      bytea         not null
);
