package org.newsdigest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdigest.render.DefaultTemplates;

/**
 * The folders a build reads and writes (seeds, output, cache, templates) must not hold one
 * another: a fresh site replaces its output folder whole, so seeds, a cache or templates inside
 * it would be lost; an output or a cache inside the seeds would be read back as articles (the
 * site grows with every build), and so would templates. One exception: a folder inside the seeds
 * under a hidden name ({@code seeds/.newsdigest-cache}) is never read as articles.
 */
final class FolderRoles {
  /** One folder and what it is for, as the message names it. */
  record Role(String name, Path folder) {}

  private final List<Role> roles = new ArrayList<>();

  /**
   * What to say when the seeds folder is missing: usually the command was run outside a digest
   * project, so the message says how to make one or where to point.
   */
  static String missingSeeds(Path seeds) {
    return "The seeds folder '" + seeds + "' does not exist or is not a folder. Run 'newsdigest init'"
        + " to start a digest project here, or pass --seeds DIR (the folder of your articles).";
  }

  /**
   * The user's templates folder: the option, else ./templates when present, else null (the
   * built-in templates only).
   */
  static Path templatesFolder(Path option) {
    if (option != null) {
      return option;
    }
    Path fallback = Path.of("templates");
    return Files.isDirectory(fallback) ? fallback : null;
  }

  /**
   * Checks the folders a build reads and writes, as build and serve --watch take them: the seeds
   * and a named templates folder exist, and no two hold one another.
   *
   * @throws UsageError saying which folder is wrong and what to do
   */
  static void checkBuildFolders(Path seeds, Path templatesOption, Path out, Path cache) {
    if (!Files.isDirectory(seeds)) {
      throw new UsageError(missingSeeds(seeds));
    }
    if (templatesOption != null && !Files.isDirectory(templatesOption)) {
      throw new UsageError("The templates folder '" + templatesOption + "' does not exist or is not a folder.");
    }
    new FolderRoles().with("seeds", seeds).with("output", out).with("cache", cache)
        .with("templates", templatesFolder(templatesOption))
        .conflict().ifPresent(message -> {
          throw new UsageError(message);
        });
  }

  /** Warns on {@code err} of each file in the user's templates that overrides no built-in template. */
  static void warnUnmatchedTemplates(Path templates, java.io.PrintWriter err) {
    DefaultTemplates.unmatched(templates).forEach(line -> err.println("newsdigest: warning: " + line));
  }

  /** Adds a folder; a null one (an unused cache, no templates) is left out. */
  FolderRoles with(String name, Path folder) {
    if (folder != null) {
      roles.add(new Role(name, folder));
    }
    return this;
  }

  /** Why these folders cannot be used together, or empty when they can. */
  Optional<String> conflict() {
    for (int a = 0; a < roles.size(); a++) {
      for (int b = 0; b < roles.size(); b++) {
        if (a == b) {
          continue;
        }
        Role outer = roles.get(a);
        Role inner = roles.get(b);
        Path outerPath = resolved(outer.folder());
        Path innerPath = resolved(inner.folder());
        if (!innerPath.startsWith(outerPath)) {
          continue;
        }
        if (outerPath.equals(innerPath) && a > b) {
          continue; // the same pair, named once
        }
        if (outer.name().equals("seeds") && hiddenInside(outerPath, innerPath)) {
          continue;
        }
        return Optional.of(message(outer, inner, outerPath.equals(innerPath)));
      }
    }
    return Optional.empty();
  }

  private static String message(Role outer, Role inner, boolean same) {
    String what = same
        ? "The " + outer.name() + " folder and the " + inner.name() + " folder are the same ('"
            + outer.folder() + "')"
        : "The " + outer.name() + " folder '" + outer.folder() + "' holds the " + inner.name()
            + " folder '" + inner.folder() + "'";
    return what + ": " + why(outer.name(), inner.name()) + " Use folders that do not hold one"
        + " another.";
  }

  private static String why(String outer, String inner) {
    if (outer.equals("output")) {
      return "a build replaces what the output folder holds, so the " + inner + " would be lost.";
    }
    if (outer.equals("seeds")) {
      return inner.equals("output") ? "the site would be read back as articles."
          : "the " + inner + " would be read as articles.";
    }
    return "each would take the other's files for its own.";
  }

  private static boolean hiddenInside(Path outer, Path inner) {
    for (Path part : outer.relativize(inner)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The folder as an absolute path with links resolved as far as it exists: two names of one
   * folder (a link, "..") are the same folder.
   */
  private static Path resolved(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }
}
