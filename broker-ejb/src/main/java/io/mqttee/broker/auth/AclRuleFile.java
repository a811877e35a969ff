// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleDraft.Action;
import io.mqttee.broker.admin.AclRuleDraft.Permission;
import io.mqttee.broker.admin.AclRuleDraft.Who;
import io.mqttee.broker.admin.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text format of {@code mqttee.acl.file}: one rule per line, {@code #} starts a comment line.
 *
 * <pre>
 * allow|deny  publish|subscribe|all  topic-filter  [user name]
 * </pre>
 */
public final class AclRuleFile {

  private AclRuleFile() {}

  /**
   * The rules of {@code text}, in order.
   *
   * @param source names the text in error messages
   * @throws InvalidInputException naming the first line that is not a rule
   */
  public static List<AclRuleDraft> parse(String text, String source) {
    List<AclRuleDraft> rules = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        rules.add(AclRuleValidation.check(rule(line.split("\\s+"))));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            source + " line " + (i + 1) + ": " + e.getMessage() + ": " + line);
      }
    }
    return rules;
  }

  private static AclRuleDraft rule(String[] words) {
    if (words.length != 3 && !(words.length == 5 && words[3].equals("user"))) {
      throw new IllegalArgumentException("expected allow|deny publish|subscribe|all filter");
    }
    Permission permission =
        switch (words[0]) {
          case "allow" -> Permission.ALLOW;
          case "deny" -> Permission.DENY;
          default -> throw new IllegalArgumentException("not allow or deny");
        };
    Action action =
        switch (words[1].toLowerCase(Locale.ROOT)) {
          case "publish" -> Action.PUBLISH;
          case "subscribe" -> Action.SUBSCRIBE;
          case "all" -> Action.ALL;
          default -> throw new IllegalArgumentException("not publish, subscribe or all");
        };
    return words.length == 5
        ? new AclRuleDraft(permission, action, words[2], Who.USERNAME, words[4])
        : new AclRuleDraft(permission, action, words[2], Who.ALL, null);
  }
}
