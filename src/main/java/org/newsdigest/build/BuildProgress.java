package org.newsdigest.build;

/**
 * Hears how far a build has come, for a progress line: each stage as it starts, and for the
 * stages that count (reading files, writing pages) each step. Called from the reading threads at once, so an
 * implementation must be thread-safe; it must also be quick, since it runs between files.
 */
@FunctionalInterface
public interface BuildProgress {
  /** Hears nothing. */
  BuildProgress NONE = (stage, done, total) -> { };

  /**
   * The build is in {@code stage} ("reading files", "merging", "writing pages") and has done
   * {@code done} of {@code total} steps; {@code total} is -1 when the stage does not count.
   */
  void stage(String stage, int done, int total);
}
