package org.newsdigest.cli;

/**
 * A command line that names something that is not there (a folder, a file) or that cannot work
 * together: said in one line that tells what to do, without the whole usage text, which would
 * bury it. Exits with {@link ExitCodes#USAGE}.
 */
final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(message);
  }
}
