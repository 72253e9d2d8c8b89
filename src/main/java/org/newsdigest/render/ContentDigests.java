package org.newsdigest.render;

import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * How a {@link RenderMemo} kept beyond its process names the events and articles of a render,
 * whose objects are new in every process: by a 128-bit hash of everything each holds, so that
 * two with one digest are equal. The build works these out (the render does not see how an
 * article is stored) and looks them up both ways.
 */
public interface ContentDigests {
  /** The digest of {@code event}, one of this render's, or null when there is none. */
  byte[] of(Event event);

  /** The digest of {@code article}, one of this render's, or null when there is none. */
  byte[] of(Article article);

  /** The event of this render with {@code digest}, or null. */
  Event event(byte[] digest);

  /** The article of this render with {@code digest}, or null. */
  Article article(byte[] digest);
}
