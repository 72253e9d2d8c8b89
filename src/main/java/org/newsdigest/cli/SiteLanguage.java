package org.newsdigest.cli;

import java.nio.file.Path;
import org.newsdigest.render.Messages;

/** The {@code --language} of build and serve, checked before anything is read or written. */
final class SiteLanguage {
  private SiteLanguage() {}

  /**
   * @throws UsageError naming the language and the supported ones when neither the built-in
   *     labels nor a messages file in {@code templates} (or null) has it
   */
  static void check(String language, Path templates) {
    try {
      Messages.load(language, templates);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
  }
}
