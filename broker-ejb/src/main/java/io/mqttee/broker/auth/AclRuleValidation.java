// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleDraft.Who;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.protocol.topic.TopicFilters;
import java.util.Locale;

/** Checks a topic ACL rule an administrator wrote, and says what is wrong with it. */
final class AclRuleValidation {
  /** Topic filters are stored in columns of this size. */
  static final int MAX_FILTER_LENGTH = 1024;

  static final int MAX_VALUE_LENGTH = 256;

  private AclRuleValidation() {}

  /**
   * The rule as it is stored: an IP address in its one spelling.
   *
   * @throws InvalidInputException naming the first problem
   */
  static AclRuleDraft check(AclRuleDraft rule) {
    if (rule == null) {
      throw new InvalidInputException("no rule given");
    }
    if (rule.permission() == null || rule.action() == null || rule.who() == null) {
      throw new InvalidInputException("a rule needs a permission, an action and a who");
    }
    checkFilter(rule.topicFilter());
    String value = rule.value();
    if (rule.who() == Who.ALL) {
      if (value != null && !value.isEmpty()) {
        throw new InvalidInputException(
            "a rule for all clients takes no value, got '" + value + "'");
      }
      value = null;
    } else {
      value = checkValue(rule.who(), value);
    }
    return new AclRuleDraft(
        rule.permission(), rule.action(), rule.topicFilter(), rule.who(), value);
  }

  private static void checkFilter(String filter) {
    if (filter == null || filter.isEmpty()) {
      throw new InvalidInputException("the topic filter is empty");
    }
    if (filter.length() > MAX_FILTER_LENGTH) {
      throw new InvalidInputException(
          "the topic filter is longer than " + MAX_FILTER_LENGTH + " characters");
    }
    if (filter.startsWith(CompiledAclRule.LITERAL_PREFIX)) {
      if (filter.length() == CompiledAclRule.LITERAL_PREFIX.length()) {
        throw new InvalidInputException("'eq' needs a topic after it");
      }
      return;
    }
    if (!TopicFilters.isValid(filter)) {
      throw new InvalidInputException("invalid topic filter '" + filter + "'");
    }
  }

  private static String checkValue(Who who, String value) {
    String what = who.name().toLowerCase(Locale.ROOT);
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("a rule for who=" + what + " needs a value");
    }
    if (value.length() > MAX_VALUE_LENGTH) {
      throw new InvalidInputException(
          "the value of who=" + what + " is longer than " + MAX_VALUE_LENGTH + " characters");
    }
    if (who == Who.IPADDRESS) {
      try {
        IpRange.parse(value);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(e.getMessage());
      }
    }
    return value;
  }
}
