-- SPDX-License-Identifier: Apache-2.0
-- The tables hibernate.hbm2ddl.auto=update created for the entities of MQTTee 0.1, column for
-- column: databases it created are adopted as this version and never run this script.
create table mqttee_queued_message (
    client_id varchar(256) not null,
    seq bigint not null,
    packet_id integer not null,
    payload blob not null,
    properties blob,
    qos integer not null,
    received boolean not null,
    retain_flag boolean not null,
    topic varchar(1024) not null,
    primary key (client_id, seq)
);

create table mqttee_retained_message (
    topic varchar(1024) not null,
    expires_at bigint not null,
    payload blob not null,
    properties blob,
    qos integer not null,
    primary key (topic)
);

create table mqttee_session (
    client_id varchar(256) not null,
    disconnected_at bigint not null,
    expiry_interval bigint not null,
    protocol_level integer not null,
    primary key (client_id)
);

create table mqttee_subscription (
    client_id varchar(256) not null,
    share_group varchar(256) not null,
    topic_filter varchar(1024) not null,
    identifier integer not null,
    max_qos integer not null,
    no_local boolean not null,
    retain_as_published boolean not null,
    retain_handling integer not null,
    primary key (client_id, share_group, topic_filter)
);
