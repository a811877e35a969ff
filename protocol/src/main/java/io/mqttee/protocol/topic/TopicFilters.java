// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.topic;

/** Rules for topic filters and matching topic names against them (MQTT 4.7). */
public final class TopicFilters {

  private static final String SHARE_PREFIX = "$share/";
  private static final String QUEUE_PREFIX = "$queue/";

  private TopicFilters() {}

  /**
   * Whether {@code filter} is a valid topic filter: at least one character (MQTT-4.7.3-1), no
   * U+0000 (MQTT-4.7.3-2), '#' only as the whole last level (MQTT-4.7.1-2) and '+' only as a whole
   * level (MQTT-4.7.1-3). A shared subscription is valid when its group and inner filter are.
   */
  public static boolean isValid(String filter) {
    if (filter == null || filter.isEmpty() || filter.length() > TopicNames.MAX_BYTES) {
      return false;
    }
    if (filter.startsWith(SHARE_PREFIX) || filter.startsWith(QUEUE_PREFIX)) {
      return parseShared(filter) != null;
    }
    return isValidPlain(filter);
  }

  private static boolean isValidPlain(String filter) {
    int n = filter.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = filter.charAt(i);
      boolean levelStart = i == 0 || filter.charAt(i - 1) == '/';
      boolean levelEnd = i == n - 1 || filter.charAt(i + 1) == '/';
      if (c == '\u0000' || TopicNames.isControlCharacter(c)) {
        return false;
      }
      if (c == '#' && !(levelStart && i == n - 1)) {
        return false;
      }
      if (c == '+' && !(levelStart && levelEnd)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the filter contains a '+' or '#' wildcard. */
  public static boolean hasWildcard(String filter) {
    return TopicNames.hasWildcard(filter);
  }

  /**
   * The group and inner filter of a {@code $share/{group}/{filter}} (MQTT 5 section 4.8.2) or an
   * EMQX {@code $queue/{filter}} subscription, or null when {@code filter} is not a valid shared
   * subscription. The group must be non-empty and hold no '/', '+' or '#' (MQTT-4.8.2-1/2).
   */
  public static SharedFilter parseShared(String filter) {
    if (filter.startsWith(QUEUE_PREFIX)) {
      String inner = filter.substring(QUEUE_PREFIX.length());
      return isValidPlain(inner) ? new SharedFilter(SharedFilter.QUEUE_GROUP, inner) : null;
    }
    if (!filter.startsWith(SHARE_PREFIX)) {
      return null;
    }
    int slash = filter.indexOf('/', SHARE_PREFIX.length());
    if (slash <= SHARE_PREFIX.length()) {
      return null;
    }
    String group = filter.substring(SHARE_PREFIX.length(), slash);
    String inner = filter.substring(slash + 1);
    if (TopicNames.hasWildcard(group) || !isValidPlain(inner)) {
      return null;
    }
    return new SharedFilter(group, inner);
  }

  /**
   * Whether the topic name matches the (non-shared) filter. Wildcards at the first level do not
   * match topics starting with '$' (MQTT-4.7.2-1); "a/#" also matches "a" (MQTT 4.7.1.2).
   */
  public static boolean matches(String filter, String topic) {
    int fl = filter.length();
    int tl = topic.length();
    if (fl == 0 || tl == 0) {
      return false;
    }
    char first = filter.charAt(0);
    if (TopicNames.isSystemTopic(topic) && (first == '+' || first == '#')) {
      return false;
    }
    int f = 0;
    int t = 0;
    while (true) {
      int fEnd = levelEnd(filter, f);
      int tEnd = levelEnd(topic, t);
      if (fEnd - f == 1 && filter.charAt(f) == '#') {
        return true;
      }
      boolean plus = fEnd - f == 1 && filter.charAt(f) == '+';
      if (!plus && (fEnd - f != tEnd - t || !filter.regionMatches(f, topic, t, fEnd - f))) {
        return false;
      }
      f = fEnd + 1;
      t = tEnd + 1;
      if (f > fl) {
        return t > tl;
      }
      if (t > tl) {
        // the topic has no more levels: only a trailing "#" still matches (the parent level)
        return fl - f == 1 && filter.charAt(f) == '#';
      }
    }
  }

  /**
   * Whether every topic that {@code other} matches is matched by {@code filter} too: {@code "a/#"}
   * covers {@code "a/+/b"} and {@code "a"}, {@code "a/+"} does not cover {@code "a/#"}. Both are
   * valid, non-shared filters; as in {@link #matches}, a filter starting with a wildcard does not
   * cover one starting with '$'.
   */
  public static boolean covers(String filter, String other) {
    String[] f = filter.split("/", -1);
    String[] o = other.split("/", -1);
    if (TopicNames.isSystemTopic(other) && (f[0].equals("+") || f[0].equals("#"))) {
      return false;
    }
    for (int i = 0; i < f.length; i++) {
      if (f[i].equals("#")) {
        return true;
      }
      if (i >= o.length || o[i].equals("#") || (o[i].equals("+") && !f[i].equals("+"))) {
        return false;
      }
      if (!f[i].equals("+") && !f[i].equals(o[i])) {
        return false;
      }
    }
    return f.length == o.length;
  }

  private static int levelEnd(String s, int from) {
    int slash = s.indexOf('/', from);
    return slash < 0 ? s.length() : slash;
  }
}
