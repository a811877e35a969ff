// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.outbound;

import io.mqttee.connector.rar.datagram.DatagramListeners;
import io.mqttee.connector.rar.lwm2m.Lwm2mServers;
import io.mqttee.connector.rar.transport.ClientChannels;
import io.mqttee.connector.rar.transport.ListenerRegistry;

/** What a handle reaches in its resource adapter; all of it outlives the activations. */
record AdapterRegistries(
    ClientChannels clients,
    ListenerRegistry listeners,
    DatagramListeners datagrams,
    Lwm2mServers lwm2m) {}
