package org.newsdigest.entities;

import java.util.Map;

/** Which group a group was joined into, followed to the end: the group that stands for it. */
final class Joins {
  private Joins() {}

  /** The group {@code group} ends up in when each group in {@code into} joined its value. */
  static <T> T root(T group, Map<T, T> into) {
    T at = group;
    while (into.containsKey(at)) {
      at = into.get(at);
    }
    return at;
  }
}
