// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * A topic ACL rule as an administrator writes it.
 *
 * @param topicFilter may hold {@code %c} (the client id) and {@code %u} (the user name) as whole
 *     levels or parts of them; {@code eq topic} as in EMQX matches the filter literally
 * @param who whom it applies to
 * @param value the client id, user name or IP address ({@code who} ALL: null)
 */
public record AclRuleDraft(
    Permission permission, Action action, String topicFilter, Who who, String value) {

  public enum Permission {
    ALLOW,
    DENY
  }

  public enum Action {
    PUBLISH,
    SUBSCRIBE,
    ALL
  }

  public enum Who {
    ALL,
    USERNAME,
    CLIENTID,
    IPADDRESS
  }
}
