-- SPDX-License-Identifier: Apache-2.0
-- MQTT users, topic ACL rules, bans and the access settings an administrator changes at run time.
-- No column is called "value": that is a keyword of H2.
create table mqttee_mqtt_user (
    username varchar(256) not null,
    created_at bigint not null,
    password_hash varchar(512) not null,
    superuser boolean not null,
    primary key (username)
);

create table mqttee_acl_rule (
    id bigint not null,
    action varchar(16) not null,
    permission varchar(16) not null,
    position integer not null,
    topic_filter varchar(1024) not null,
    who varchar(16) not null,
    who_value varchar(256),
    primary key (id)
);

create table mqttee_ban (
    ban_value varchar(256) not null,
    kind varchar(16) not null,
    created_at bigint not null,
    reason varchar(1024),
    until_at bigint not null,
    primary key (ban_value, kind)
);

create table mqttee_setting (
    name varchar(128) not null,
    setting_value varchar(4096) not null,
    primary key (name)
);
