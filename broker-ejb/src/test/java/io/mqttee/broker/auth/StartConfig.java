// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.config.BrokerConfig;
import java.util.Map;
import java.util.Optional;

/** The start-up settings of access control a test chooses. */
final class StartConfig extends BrokerConfig {
  Map<String, String> users = Map.of();
  boolean allowAnonymous = true;
  boolean aclAllowsByDefault = true;
  String aclRules;

  @Override
  public Map<String, String> users() {
    return users;
  }

  @Override
  public boolean allowAnonymous() {
    return allowAnonymous;
  }

  @Override
  public boolean aclAllowsByDefault() {
    return aclAllowsByDefault;
  }

  @Override
  public Optional<String> aclRules() {
    return Optional.ofNullable(aclRules);
  }

  @Override
  public String aclFile() {
    return "acl.txt";
  }
}
