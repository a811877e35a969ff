// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.protocol.topic.TopicFilters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which topics a client may publish to and subscribe to. Rules are tried in order and the first
 * that applies decides; when none applies the action is allowed, so an ACL that is a deny list
 * needs no catch-all, and one that is an allow list ends with {@code deny all #} and {@code deny
 * all $SYS/#} (a leading wildcard does not cover {@code $} topics). Thread-safe and immutable.
 *
 * <p>One rule per line, {@code #} starts a comment line:
 *
 * <pre>
 * allow|deny  publish|subscribe|all  topic-filter  [user name]
 * </pre>
 *
 * A publish rule applies when its filter matches the topic; a subscribe rule when its filter covers
 * the whole requested filter ({@code deny subscribe secret/#} refuses {@code secret/+} but not
 * {@code #}, as in EMQX).
 */
public final class TopicAcl {

  /** No rules: everything allowed. */
  public static final TopicAcl ALLOW_ALL = new TopicAcl(List.of());

  private enum Action {
    PUBLISH,
    SUBSCRIBE,
    ALL
  }

  private record Rule(boolean allow, Action action, String filter, String user) {

    boolean appliesTo(Action requested, String username) {
      return (action == Action.ALL || action == requested)
          && (user == null || user.equals(username));
    }
  }

  private final List<Rule> rules;

  private TopicAcl(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Reads the rules of {@code file}; a line that is not a rule fails with its line number. */
  public static TopicAcl load(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  /** The rules of {@code lines}; {@code source} names them in error messages. */
  public static TopicAcl parse(List<String> lines, String source) {
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        rules.add(rule(line.split("\\s+")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            source + " line " + (i + 1) + ": " + e.getMessage() + ": " + line, e);
      }
    }
    return new TopicAcl(rules);
  }

  private static Rule rule(String[] words) {
    if (words.length != 3 && !(words.length == 5 && words[3].equals("user"))) {
      throw new IllegalArgumentException("expected allow|deny publish|subscribe|all filter");
    }
    boolean allow =
        switch (words[0]) {
          case "allow" -> true;
          case "deny" -> false;
          default -> throw new IllegalArgumentException("not allow or deny");
        };
    Action action = Action.valueOf(words[1].toUpperCase(Locale.ROOT));
    if (!TopicFilters.isValid(words[2])) {
      throw new IllegalArgumentException("invalid topic filter");
    }
    return new Rule(allow, action, words[2], words.length == 5 ? words[4] : null);
  }

  /** Whether {@code username} (null: anonymous) may publish to {@code topic}. */
  public boolean mayPublish(String username, String topic) {
    if (rules.isEmpty()) {
      return true; // the per-PUBLISH path without an ACL: no iterator
    }
    for (Rule rule : rules) {
      if (rule.appliesTo(Action.PUBLISH, username) && TopicFilters.matches(rule.filter(), topic)) {
        return rule.allow();
      }
    }
    return true;
  }

  /** Whether {@code username} (null: anonymous) may subscribe to the (non-shared) filter. */
  public boolean maySubscribe(String username, String filter) {
    for (Rule rule : rules) {
      if (rule.appliesTo(Action.SUBSCRIBE, username)
          && TopicFilters.covers(rule.filter(), filter)) {
        return rule.allow();
      }
    }
    return true;
  }
}
