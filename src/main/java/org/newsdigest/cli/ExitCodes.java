package org.newsdigest.cli;

/** The process exit codes, listed in the README. */
public final class ExitCodes {
  /** Everything went as asked. */
  public static final int OK = 0;

  /** The site could not be built or written, or the server could not start; the message says why. */
  public static final int FAILED = 1;

  /** The command line was wrong (unknown option, missing folder); picocli's own convention. */
  public static final int USAGE = 2;

  /** With {@code --strict}: some input files were skipped (the site was still published). */
  public static final int INPUT_SKIPPED = 3;

  /** A template could not be parsed or failed while rendering; the message names it, line and column. */
  public static final int TEMPLATE_ERROR = 4;

  /** {@code newsdigest check} found problems in the site; each is listed as {@code path: problem}. */
  public static final int CHECK_FAILED = 5;

  /** With {@code --no-wait}: another build was writing the same output folder or cache. */
  public static final int BUSY = 6;

  /** {@code fetch}: some addresses failed or robots.txt disallowed them; the others were saved. */
  public static final int FETCH_INCOMPLETE = 7;

  private ExitCodes() {}
}
