-- Every stored date lies in 1900-2099 (issue 9 item 4): the application refuses other years at the API and in the
-- domain; these checks are the database's backstop. A null date makes a check unknown, which passes, so optional
-- columns stay optional.
-- NOT VALID: rows stored before the bound existed (a year such as +169104629) must not stop the upgrade; every new
-- or changed row is checked. docs/operations.md says how to find and correct old rows, then VALIDATE CONSTRAINT.
alter table delegation add constraint ck_delegation_valid_from_years
    check (valid_from between date '1900-01-01' and date '2099-12-31') not valid;
alter table delegation add constraint ck_delegation_valid_to_years
    check (valid_to between date '1900-01-01' and date '2099-12-31') not valid;
alter table code_training add constraint ck_code_training_completed_on_years
    check (completed_on between date '1900-01-01' and date '2099-12-31') not valid;
alter table code_training add constraint ck_code_training_expires_on_years
    check (expires_on between date '1900-01-01' and date '2099-12-31') not valid;
alter table client add constraint ck_client_date_of_birth_years
    check (date_of_birth between date '1900-01-01' and date '2099-12-31') not valid;
alter table investigation_case add constraint ck_investigation_case_period_from_years
    check (period_from between date '1900-01-01' and date '2099-12-31') not valid;
alter table investigation_case add constraint ck_investigation_case_period_to_years
    check (period_to between date '1900-01-01' and date '2099-12-31') not valid;
alter table investigation_case add constraint ck_investigation_case_suspension_review_date_years
    check (suspension_review_date between date '1900-01-01' and date '2099-12-31') not valid;
alter table evidence_item add constraint ck_evidence_item_collected_on_years
    check (collected_on between date '1900-01-01' and date '2099-12-31') not valid;
alter table review_grant add constraint ck_review_grant_valid_from_years
    check (valid_from between date '1900-01-01' and date '2099-12-31') not valid;
alter table review_grant add constraint ck_review_grant_valid_to_years
    check (valid_to between date '1900-01-01' and date '2099-12-31') not valid;
alter table information_request add constraint ck_information_request_approval_expires_on_years
    check (approval_expires_on between date '1900-01-01' and date '2099-12-31') not valid;
alter table information_request add constraint ck_information_request_given_on_years
    check (given_on between date '1900-01-01' and date '2099-12-31') not valid;
alter table information_request add constraint ck_information_request_due_on_years
    check (due_on between date '1900-01-01' and date '2099-12-31') not valid;
