// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleDraft.Action;
import io.mqttee.broker.admin.AclRuleDraft.Permission;
import io.mqttee.broker.admin.AclRuleDraft.Who;
import io.mqttee.protocol.topic.TopicFilters;

/** One topic ACL rule, ready to be evaluated. Immutable. */
final class CompiledAclRule {
  static final String CLIENT_ID = "%c";
  static final String USERNAME = "%u";
  static final String LITERAL_PREFIX = "eq ";

  private final boolean allow;
  private final Action action;
  private final String filter;
  private final boolean literal;
  private final boolean clientIdPlaceholder;
  private final boolean usernamePlaceholder;
  private final Who who;
  private final String value;
  private final IpRange addresses;

  /** The rule as written; {@link AclRuleValidation} checked it. */
  CompiledAclRule(AclRuleDraft rule) {
    this.allow = rule.permission() == Permission.ALLOW;
    this.action = rule.action();
    this.literal = rule.topicFilter().startsWith(LITERAL_PREFIX);
    this.filter =
        literal ? rule.topicFilter().substring(LITERAL_PREFIX.length()) : rule.topicFilter();
    this.clientIdPlaceholder = filter.contains(CLIENT_ID);
    this.usernamePlaceholder = filter.contains(USERNAME);
    this.who = rule.who();
    this.value = rule.value();
    this.addresses = who == Who.IPADDRESS ? IpRange.parse(value) : null;
  }

  boolean allow() {
    return allow;
  }

  /** Whether the rule is about {@code requested} (PUBLISH or SUBSCRIBE) by this client. */
  boolean appliesTo(Action requested, ClientIdentity client) {
    if (action != Action.ALL && action != requested) {
      return false;
    }
    if (usernamePlaceholder && client.username() == null) {
      return false; // a rule about "the user's own topics" says nothing about anonymous clients
    }
    return switch (who) {
      case ALL -> true;
      case USERNAME -> value.equals(client.username());
      case CLIENTID -> value.equals(client.clientId());
      case IPADDRESS -> addresses.contains(client.ipAddress());
    };
  }

  /** Whether the rule's filter matches the topic name of a PUBLISH. */
  boolean matchesTopic(ClientIdentity client, String topic) {
    String own = filterFor(client);
    if (own == null) {
      return !allow;
    }
    return literal ? own.equals(topic) : TopicFilters.matches(own, topic);
  }

  /** Whether the rule's filter covers the whole filter of a SUBSCRIBE (as in EMQX). */
  boolean coversFilter(ClientIdentity client, String requested) {
    String own = filterFor(client);
    if (own == null) {
      return !allow;
    }
    return literal ? own.equals(requested) : TopicFilters.covers(own, requested);
  }

  /**
   * The filter with the client's id and user name in place of {@code %c} and {@code %u}; null when
   * one of them could not stand in a filter. A client id or user name holding a wildcard or a level
   * separator, or starting with {@code $}, would widen the filter to other clients' topics (user
   * {@code +} in {@code users/%u/#}), so such a client gets no allow rule with that placeholder and
   * every deny rule with it (fail closed, as mosquitto does).
   */
  private String filterFor(ClientIdentity client) {
    if (!clientIdPlaceholder && !usernamePlaceholder) {
      return filter; // no allocation for a rule without placeholders
    }
    String own = filter;
    if (clientIdPlaceholder) {
      if (!fitsInFilter(client.clientId())) {
        return null;
      }
      own = own.replace(CLIENT_ID, client.clientId());
    }
    if (usernamePlaceholder) {
      if (!fitsInFilter(client.username())) {
        return null;
      }
      own = own.replace(USERNAME, client.username());
    }
    return own;
  }

  private static boolean fitsInFilter(String name) {
    return name != null
        && !name.startsWith("$")
        && name.indexOf('+') < 0
        && name.indexOf('#') < 0
        && name.indexOf('/') < 0;
  }
}
