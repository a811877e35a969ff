// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A topic ACL rule. The enumerated fields are stored as lower-case words ({@code allow}, {@code
 * publish}, {@code username}, ...), so the table reads as the rule file does.
 */
@Entity
@Table(name = "mqttee_acl_rule")
public class AclRule {
  public static final int WORD_LENGTH = 16;
  public static final int FILTER_LENGTH = 1024;
  public static final int VALUE_LENGTH = 256;

  @Id
  @Column(name = "id")
  private long id;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "permission", length = WORD_LENGTH, nullable = false)
  private String permission;

  @Column(name = "action", length = WORD_LENGTH, nullable = false)
  private String action;

  @Column(name = "topic_filter", length = FILTER_LENGTH, nullable = false)
  private String topicFilter;

  @Column(name = "who", length = WORD_LENGTH, nullable = false)
  private String who;

  @Column(name = "who_value", length = VALUE_LENGTH)
  private String whoValue;

  protected AclRule() {}

  /**
   * @param position 1 for the rule evaluated first
   * @param whoValue the user name, client id or address {@code who} names; null for all clients
   */
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
