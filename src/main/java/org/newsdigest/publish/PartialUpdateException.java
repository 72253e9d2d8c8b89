package org.newsdigest.publish;

import java.io.IOException;

/**
 * An in-place update failed after it began replacing and deleting pages: the site holds whole
 * pages, old and new, whose links all resolve, but not the previous site as it was. The pending
 * flag it leaves makes the next build write the site afresh.
 */
public final class PartialUpdateException extends IOException {
  private static final long serialVersionUID = 1L;

  PartialUpdateException(String message, Throwable cause) {
    super(message, cause);
  }
}
