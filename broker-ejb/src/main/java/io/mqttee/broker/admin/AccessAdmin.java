// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

import java.util.List;
import java.util.Optional;

/**
 * MQTT users, topic ACL rules and banned clients, kept in the database and applied to every
 * transport's clients from the next CONNECT, PUBLISH or SUBSCRIBE on, without a restart.
 */
public interface AccessAdmin {

  /** Whether a client without a user name may connect. */
  boolean allowAnonymous();

  void setAllowAnonymous(boolean allow);

  Page<MqttUserView> users(PageRequest page);

  Optional<MqttUserView> user(String username);

  /**
   * @throws ConflictException when the user exists
   * @throws InvalidInputException when the name or password is empty or too long
   */
  MqttUserView createUser(String username, char[] password, boolean superuser);

  /**
   * @throws NotFoundException when there is no such user
   */
  MqttUserView updateUser(String username, char[] newPasswordOrNull, Boolean superuserOrNull);

  /**
   * @throws NotFoundException when there is no such user
   */
  void deleteUser(String username);

  /** The rules in the order they are evaluated. */
  List<AclRuleView> aclRules();

  /**
   * @throws NotFoundException when there is no such rule
   */
  AclRuleView aclRule(long id);

  /**
   * Adds a rule at {@code positionOrNull} (1 = evaluated first), or last.
   *
   * @throws InvalidInputException when the filter or the rule is invalid
   */
  AclRuleView addAclRule(AclRuleDraft rule, Integer positionOrNull);

  /**
   * @throws NotFoundException when there is no such rule
   */
  AclRuleView updateAclRule(long id, AclRuleDraft rule);

  /**
   * @throws NotFoundException when there is no such rule
   */
  void deleteAclRule(long id);

  /**
   * Imports rules in the text format of {@code mqttee.acl.file} ({@code allow|deny
   * publish|subscribe|all filter [user name]}), after the existing ones or instead of them.
   *
   * @return how many rules were imported
   * @throws InvalidInputException naming the first line that is not a rule; nothing is imported
   */
  int importAclRules(String text, boolean replace);

  /** What happens to an action no rule applies to. */
  boolean aclAllowsByDefault();

  void setAclAllowsByDefault(boolean allow);

  /** Bans in force, newest first. */
  Page<BanView> bans(PageRequest page);

  /**
   * Bans a client id, user name or IP address; connected clients it covers are disconnected.
   *
   * @throws ConflictException when the same ban exists
   */
  BanView ban(BanDraft ban);

  /**
   * @throws NotFoundException when there is no such ban
   */
  void unban(BanView.Kind kind, String value);
}
