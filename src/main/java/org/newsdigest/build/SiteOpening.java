package org.newsdigest.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.newsdigest.publish.SiteWriter;
import org.newsdigest.render.Background;

/**
 * The site writer, opened on a thread of its own while the build merges: opening a site to update
 * in place reads its manifest and walks the whole folder to check the manifest still describes it
 * (0.6 s at 10,000 articles, 72,000 files), and needs nothing the merge works out, while much of
 * the merge runs on one core. {@link #take} hands the writer over; closing waits for the opening
 * and abandons a writer never taken, so a build that fails meanwhile leaves the site as it was.
 */
final class SiteOpening implements AutoCloseable {
  /** How the site is opened ({@code Publisher.open} or {@code openIncremental}). */
  @FunctionalInterface
  interface Opener {
    SiteWriter open() throws IOException;
  }

  private final Background<SiteWriter> opening;
  private boolean taken;

  private SiteOpening(Opener opener) {
    this.opening = Background.start("newsdigest-site-opening", () -> {
      try {
        return opener.open();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Starts opening the site with {@code opener}. */
  static SiteOpening start(Opener opener) {
    return new SiteOpening(opener);
  }

  /**
   * The opened writer, now the caller's to commit and close; waits for it.
   *
   * @throws IOException what opening threw, as it was thrown
   */
  SiteWriter take() throws IOException {
    taken = true;
    try {
      return opening.get();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Waits for the opening; a writer opened but never taken is abandoned. Never throws. */
  @Override
  public void close() {
    if (taken) {
      return;
    }
    taken = true;
    try {
      opening.get().close();
    } catch (RuntimeException e) {
      // It failed to open: the build is failing for a reason of its own, which wins.
    }
  }
}
