// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A topic ACL rule. The words are stored as the rule file writes them (allow/deny,
 * publish/subscribe/all, all/username/clientid/ipaddress), so the table reads like the file.
 */
@Entity
@Table(name = "mqttee_acl_rule")
public class AclRule {

  @Id
  @Column(name = "id")
  private long id;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "permission", length = 8, nullable = false)
  private String permission;

  @Column(name = "action", length = 16, nullable = false)
  private String action;

  @Column(name = "topic_filter", length = 1024, nullable = false)
  private String topicFilter;

  @Column(name = "who", length = 16, nullable = false)
  private String who;

  /** The user name, client id or IP address; null when the rule applies to everyone. */
  @Column(name = "who_value", length = 256)
  private String whoValue;

  protected AclRule() {}

  public AclRule(
      long id,
      int position,
      String permission,
      String action,
      String topicFilter,
      String who,
      String whoValue) {
    this.id = id;
    this.position = position;
    this.permission = permission;
    this.action = action;
    this.topicFilter = topicFilter;
    this.who = who;
    this.whoValue = whoValue;
  }

  public long getId() {
    return id;
  }

  /** 1 for the rule evaluated first. */
  public int getPosition() {
    return position;
  }

  public String getPermission() {
    return permission;
  }

  public String getAction() {
    return action;
  }

  public String getTopicFilter() {
    return topicFilter;
  }

  public String getWho() {
    return who;
  }

  public String getWhoValue() {
    return whoValue;
  }
}
