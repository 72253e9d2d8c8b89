package org.newsdigest.extract;

import org.newsdigest.model.Article;
import org.newsdigest.model.Document;

/** Entry point of the extract stage: understands one document. Immutable, thread-safe. */
public final class Extractor {

  public Article extract(Document document) {
    throw new UnsupportedOperationException("TODO");
  }
}
