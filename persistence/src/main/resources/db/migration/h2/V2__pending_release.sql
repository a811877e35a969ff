-- SPDX-License-Identifier: Apache-2.0
-- Inbound QoS 2 packet ids of persistent sessions that were PUBRECed and wait for PUBREL.
create table mqttee_pending_release (
    client_id varchar(256) not null,
    packet_id integer not null,
    primary key (client_id, packet_id)
);
