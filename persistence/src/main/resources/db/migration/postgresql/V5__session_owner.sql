-- SPDX-License-Identifier: Apache-2.0
-- The cluster node that holds a persistent session, when the nodes of a cluster share this
-- database; null for a broker that runs alone. A database that hbm2ddl created from the
-- entities of this version has it already.
alter table mqttee_session add column if not exists owner_node varchar(256);
