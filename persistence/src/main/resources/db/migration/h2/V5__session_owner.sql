-- SPDX-License-Identifier: Apache-2.0
-- The cluster node that holds a persistent session, when the nodes of a cluster share this
-- database; null for a broker that runs alone. Placed where hbm2ddl would place it; a database
-- that hbm2ddl created from the entities of this version has it already.
alter table mqttee_session add column if not exists owner_node varchar(256) before protocol_level;
