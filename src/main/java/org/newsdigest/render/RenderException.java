package org.newsdigest.render;

/**
 * A template could not be read, parsed or run. The message names the template and, when
 * FreeMarker knows it, the line and column, so a user can fix an overriding template.
 */
public final class RenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
