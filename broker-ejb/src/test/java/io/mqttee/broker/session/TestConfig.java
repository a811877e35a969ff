// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.config.BrokerConfig;
import java.util.Map;
import java.util.Optional;

/** Broker settings a test chooses, whatever the JVM's system properties say. */
final class TestConfig extends BrokerConfig {
  int maxQueuedMessages = 1000;
  int maxInflightMessages = 128;
  boolean allowAnonymous = true;
  Map<String, String> users = Map.of();
  int maxClientIdLength = 65535;
  double keepAliveFactor = 1.5;
  int maxKeepAliveSeconds = 60;
  int topicAliasMaximum = 10;
  int receiveMaximum = 128;
  int maxPacketSize = 1_048_576;
  String responseInformation = "";

  /** The text of a topic ACL file; null for none. */
  String aclRules;

  @Override
  public Optional<String> aclRules() {
    return Optional.ofNullable(aclRules);
  }

  @Override
  public String aclFile() {
    return "test rules";
  }

  @Override
  public int maxKeepAliveSeconds() {
    return maxKeepAliveSeconds;
  }

  @Override
  public int topicAliasMaximum() {
    return topicAliasMaximum;
  }

  @Override
  public int receiveMaximum() {
    return receiveMaximum;
  }

  @Override
  public int maxPacketSize() {
    return maxPacketSize;
  }

  @Override
  public String responseInformation() {
    return responseInformation;
  }

  @Override
  public int maxQueuedMessages() {
    return maxQueuedMessages;
  }

  @Override
  public int maxInflightMessages() {
    return maxInflightMessages;
  }

  @Override
  public boolean allowAnonymous() {
    return allowAnonymous;
  }

  @Override
  public Map<String, String> users() {
    return users;
  }

  @Override
  public int maxClientIdLength() {
    return maxClientIdLength;
  }

  @Override
  public double keepAliveFactor() {
    return keepAliveFactor;
  }

  @Override
  public int connectTimeoutSeconds() {
    return 30;
  }
}
