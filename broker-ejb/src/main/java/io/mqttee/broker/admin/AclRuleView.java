// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * A stored topic ACL rule.
 *
 * @param position 1 for the rule evaluated first
 */
public record AclRuleView(long id, int position, AclRuleDraft rule) {}
