// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.connection;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import java.util.ArrayList;
import java.util.List;

/** The MQTT 5 property identifiers the broker reads or writes (MQTT 5 section 2.2.2.2). */
public final class PropertyIds {
  public static final int PAYLOAD_FORMAT_INDICATOR = 0x01;
  public static final int MESSAGE_EXPIRY_INTERVAL = 0x02;
  public static final int CONTENT_TYPE = 0x03;
  public static final int SESSION_EXPIRY_INTERVAL = 0x11;
  public static final int ASSIGNED_CLIENT_IDENTIFIER = 0x12;
  public static final int SERVER_KEEP_ALIVE = 0x13;
  public static final int AUTHENTICATION_METHOD = 0x15;
  public static final int REQUEST_PROBLEM_INFORMATION = 0x17;
  public static final int WILL_DELAY_INTERVAL = 0x18;
  public static final int REQUEST_RESPONSE_INFORMATION = 0x19;
  public static final int RESPONSE_INFORMATION = 0x1A;
  public static final int REASON_STRING = 0x1F;
  public static final int RECEIVE_MAXIMUM = 0x21;
  public static final int TOPIC_ALIAS_MAXIMUM = 0x22;
  public static final int TOPIC_ALIAS = 0x23;
  public static final int RETAIN_AVAILABLE = 0x25;
  public static final int USER_PROPERTY = 0x26;
  public static final int MAXIMUM_PACKET_SIZE = 0x27;
  public static final int WILDCARD_SUBSCRIPTION_AVAILABLE = 0x28;
  public static final int SUBSCRIPTION_IDENTIFIER_AVAILABLE = 0x29;
  public static final int SHARED_SUBSCRIPTION_AVAILABLE = 0x2A;

  private PropertyIds() {}

  /** The properties with every {@code id} entry replaced by one entry of {@code value}. */
  public static MqttProperties with(MqttProperties properties, int id, Object value) {
    List<Property> entries = new ArrayList<>(properties.entries());
    entries.removeIf(p -> p.id() == id);
    entries.add(new Property(id, value));
    return new MqttProperties(entries);
  }

  /** The properties without any entry of the given ids. */
  public static MqttProperties without(MqttProperties properties, int... ids) {
    List<Property> entries = new ArrayList<>(properties.entries());
    for (int id : ids) {
      entries.removeIf(p -> p.id() == id);
    }
    return entries.size() == properties.entries().size() ? properties : new MqttProperties(entries);
  }
}
