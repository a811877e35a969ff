// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleView;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.NotFoundException;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored rules as an immutable list, and the lists an administrator's change makes of it.
 * Positions always run 1, 2, 3... in evaluation order.
 */
final class AclRuleList {
  private final List<AclRuleView> rules;

  AclRuleList(List<AclRuleView> rules) {
    this.rules = List.copyOf(rules);
  }

  List<AclRuleView> views() {
    return rules;
  }

  List<AclRuleDraft> drafts() {
    return rules.stream().map(AclRuleView::rule).toList();
  }

  long maxId() {
    return rules.stream().mapToLong(AclRuleView::id).max().orElse(0);
  }

  AclRuleView get(long id) {
    return rules.get(indexOf(id));
  }

  /** With {@code rule} at {@code positionOrNull} (1 = first), or last. */
  AclRuleList add(long id, AclRuleDraft rule, Integer positionOrNull) {
    int index = positionOrNull == null ? rules.size() : positionOrNull - 1;
    if (index < 0 || index > rules.size()) {
      throw new InvalidInputException(
          "position must be 1 to " + (rules.size() + 1) + ", was " + positionOrNull);
    }
    List<AclRuleDraft> drafts = new ArrayList<>(drafts());
    List<Long> ids = new ArrayList<>(ids());
    drafts.add(index, rule);
    ids.add(index, id);
    return numbered(ids, drafts);
  }

  AclRuleList replace(long id, AclRuleDraft rule) {
    List<AclRuleDraft> drafts = new ArrayList<>(drafts());
    drafts.set(indexOf(id), rule);
    return numbered(ids(), drafts);
  }

  AclRuleList remove(long id) {
    List<AclRuleDraft> drafts = new ArrayList<>(drafts());
    List<Long> ids = new ArrayList<>(ids());
    int index = indexOf(id);
    drafts.remove(index);
    ids.remove(index);
    return numbered(ids, drafts);
  }

  /** With {@code added} after the existing rules, their ids following {@code lastId}. */
  AclRuleList append(List<AclRuleDraft> added, long lastId) {
    List<AclRuleDraft> drafts = new ArrayList<>(drafts());
    List<Long> ids = new ArrayList<>(ids());
    for (int i = 0; i < added.size(); i++) {
      drafts.add(added.get(i));
      ids.add(lastId + 1 + i);
    }
    return numbered(ids, drafts);
  }

  private List<Long> ids() {
    return rules.stream().map(AclRuleView::id).toList();
  }

  private int indexOf(long id) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id() == id) {
        return i;
      }
    }
    throw new NotFoundException("no topic ACL rule " + id);
  }

  private static AclRuleList numbered(List<Long> ids, List<AclRuleDraft> drafts) {
    List<AclRuleView> views = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      views.add(new AclRuleView(ids.get(i), i + 1, drafts.get(i)));
    }
    return new AclRuleList(views);
  }
}
