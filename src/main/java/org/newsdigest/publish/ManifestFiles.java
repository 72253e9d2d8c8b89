package org.newsdigest.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The caller's manifest file and, beside it, the pending flag of an in-place update: written
 * before the update changes the site, removed after the new manifest is saved. A flag still there
 * means an update was cut short, so the site is not what any manifest says and the next build
 * writes it afresh.
 *
 * @param manifest absolute path of the manifest file, outside the site
 */
record ManifestFiles(Path manifest) {
  Path pendingFlag() {
    return manifest.resolveSibling(manifest.getFileName() + ".pending");
  }

  boolean updatePending() {
    return Files.exists(pendingFlag());
  }

  void markPending(Path site) throws IOException {
    Files.createDirectories(manifest.getParent());
    Files.writeString(pendingFlag(), "newsdigest is updating " + site
        + " in place; while this file exists the next build writes the site afresh.\n",
        StandardCharsets.UTF_8);
  }

  /**
   * Deletes the manifests in {@code folder} (files named {@code *.manifest}, with their pending
   * flags) that no build can use: their site's folder is gone, or they do not say which site
   * they describe (another format). Returns how many; never throws, as it only tidies.
   */
  static int forgetGoneSites(Path folder) {
    List<Path> manifests = new ArrayList<>();
    try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, "*.manifest")) {
      found.forEach(manifests::add);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    int forgotten = 0;
    for (Path manifest : manifests) {
      try {
        Optional<String> site = Manifest.siteOf(manifest);
        if (site.isEmpty() || !Files.isDirectory(Path.of(site.get()))) {
          Files.deleteIfExists(new ManifestFiles(manifest).pendingFlag());
          Files.deleteIfExists(manifest);
          forgotten++;
        }
      } catch (IOException | RuntimeException e) {
        // Left for the next tidying: a manifest that cannot be deleted costs only its bytes.
      }
    }
    return forgotten;
  }

  /**
   * Saves the manifest of the site just published, then clears the pending flag. Never throws: a
   * manifest that cannot be saved costs only the next build its in-place path, as the flag (or
   * the missing manifest) then sends it to a fresh build.
   */
  void save(Manifest site) {
    try {
      site.write(manifest);
      Files.deleteIfExists(pendingFlag());
    } catch (IOException e) {
      try {
        Files.deleteIfExists(manifest);
      } catch (IOException ignored) {
        // The site digest in the marker no longer matches this manifest, so it is never used.
      }
    }
  }
}
