// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleDraft.Action;
import java.util.List;

/**
 * An immutable set of topic ACL rules: tried in order, the first that applies decides; when none
 * applies the default decides. A leading wildcard does not cover {@code $} topics, so an allow list
 * ends with {@code deny all #} and {@code deny all $SYS/#}, or has a default of deny.
 *
 * <p>A publish rule applies when its filter matches the topic; a subscribe rule when its filter
 * covers the whole requested filter ({@code deny subscribe secret/#} refuses {@code secret/+} but
 * not {@code #}, as in EMQX).
 */
public final class AclRules implements TopicAcl {

  /** No rules, and everything allowed. */
  public static final AclRules ALLOW_ALL = new AclRules(List.of(), true);

  private final CompiledAclRule[] rules;
  private final boolean allowByDefault;

  /** {@code rules} must be valid ({@link AclRuleValidation}). */
  public AclRules(List<AclRuleDraft> rules, boolean allowByDefault) {
    this.rules = rules.stream().map(CompiledAclRule::new).toArray(CompiledAclRule[]::new);
    this.allowByDefault = allowByDefault;
  }

  /** True when there is no rule and the default allows: every check can be skipped. */
  public boolean allowsEverything() {
    return rules.length == 0 && allowByDefault;
  }

  public boolean allowByDefault() {
    return allowByDefault;
  }

  @Override
  public boolean mayPublish(ClientIdentity client, String topic) {
    for (int i = 0; i < rules.length; i++) { // indexed: no iterator on the PUBLISH path
      CompiledAclRule rule = rules[i];
      if (rule.appliesTo(Action.PUBLISH, client) && rule.matchesTopic(client, topic)) {
        return rule.allow();
      }
    }
    return allowByDefault;
  }

  @Override
  public boolean maySubscribe(ClientIdentity client, String filter) {
    for (int i = 0; i < rules.length; i++) {
      CompiledAclRule rule = rules[i];
      if (rule.appliesTo(Action.SUBSCRIBE, client) && rule.coversFilter(client, filter)) {
        return rule.allow();
      }
    }
    return allowByDefault;
  }
}
