// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleDraft.Action;
import io.mqttee.broker.admin.AclRuleDraft.Permission;
import io.mqttee.broker.admin.AclRuleDraft.Who;
import io.mqttee.broker.admin.AclRuleView;
import io.mqttee.broker.admin.BrokerAdmin;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Topic ACL rules in evaluation order: add at a position, edit, delete, import; the default. */
@Named
@ViewScoped
public class AclPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BrokerAdmin admin;

  /** The rule being added (editing null) or edited. */
  private Long editing;

  private Permission permission = Permission.DENY;
  private Action action = Action.PUBLISH;
  private String topicFilter;
  private Who who = Who.ALL;
  private String value;
  private Integer position;

  private String importText;
  private boolean replace;

  public List<AclRuleView> getRules() {
    return admin.access().aclRules();
  }

  public void newRule() {
    editing = null;
    permission = Permission.DENY;
    action = Action.PUBLISH;
    topicFilter = null;
    who = Who.ALL;
    value = null;
    position = null;
  }

  public void edit(long id) {
    FacesFeedback.INSTANCE
        .attempt(() -> admin.access().aclRule(id), null)
        .ifPresent(
            rule -> {
              editing = rule.id();
              permission = rule.rule().permission();
              action = rule.rule().action();
              topicFilter = rule.rule().topicFilter();
              who = rule.rule().who();
              value = rule.rule().value();
              position = rule.position();
            });
  }

  public void save() {
    AclRuleDraft draft =
        new AclRuleDraft(
            permission, action, topicFilter, who, who == Who.ALL ? null : Blanks.toNull(value));
    if (editing == null) {
      FacesFeedback.INSTANCE.attempt(
          () -> admin.access().addAclRule(draft, position), "Added the rule.");
    } else {
      long id = editing;
      FacesFeedback.INSTANCE.attempt(
          () -> admin.access().updateAclRule(id, draft), "Changed the rule.");
    }
  }

  public void delete(long id) {
    FacesFeedback.INSTANCE.perform(() -> admin.access().deleteAclRule(id), "Deleted the rule.");
  }

  public void importRules() {
    FacesFeedback.INSTANCE
        .attempt(() -> admin.access().importAclRules(importText, replace), null)
        .ifPresent(count -> FacesFeedback.INSTANCE.info("Imported " + count + " rules."));
  }

  public boolean isAllowByDefault() {
    return admin.access().aclAllowsByDefault();
  }

  public void setAllowByDefault(boolean allow) {
    admin.access().setAclAllowsByDefault(allow);
  }

  public Permission[] getPermissions() {
    return Permission.values();
  }

  public Action[] getActions() {
    return Action.values();
  }

  public Who[] getWhos() {
    return Who.values();
  }

  public boolean isEditing() {
    return editing != null;
  }

  public Permission getPermission() {
    return permission;
  }

  public void setPermission(Permission permission) {
    this.permission = permission;
  }

  public Action getAction() {
    return action;
  }

  public void setAction(Action action) {
    this.action = action;
  }

  public String getTopicFilter() {
    return topicFilter;
  }

  public void setTopicFilter(String topicFilter) {
    this.topicFilter = topicFilter;
  }

  public Who getWho() {
    return who;
  }

  public void setWho(Who who) {
    this.who = who;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }

  public String getImportText() {
    return importText;
  }

  public void setImportText(String importText) {
    this.importText = importText;
  }

  public boolean isReplace() {
    return replace;
  }

  public void setReplace(boolean replace) {
    this.replace = replace;
  }
}
