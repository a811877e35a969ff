-- SPDX-License-Identifier: Apache-2.0
-- Administrators of the console and REST API, and their API keys; passwords and secrets as
-- PBKDF2 hashes.
create table mqttee_admin_user (
    username varchar(256) not null,
    created_at bigint not null,
    must_change_password boolean not null,
    password_hash varchar(512) not null,
    primary key (username)
);

create table mqttee_api_key (
    key_id varchar(64) not null,
    created_at bigint not null,
    created_by varchar(256) not null,
    expires_at bigint not null,
    name varchar(256) not null,
    secret_hash varchar(512) not null,
    primary key (key_id)
);
