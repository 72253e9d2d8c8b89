package org.newsdigest.hostile;

import java.util.List;

/**
 * One input of the hostile corpus.
 *
 * @param kind what sort of hostility it carries (xss, naughty, encoding, ...)
 * @param seedPath its path inside the seeds folder, '/' separated
 * @param from where its bytes come from: {@code file:NAME} or {@code gen:NAME}
 * @param expected what the build must do with it
 * @param literals texts the article page must show as text, never as markup
 */
record HostileCase(
    String kind, String seedPath, String from, Expected expected, List<String> literals) {
  HostileCase {
    literals = List.copyOf(literals);
  }
}
