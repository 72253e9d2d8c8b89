package org.newsdigest.publish;

import java.nio.file.Path;
import org.newsdigest.model.Page;

/**
 * Writes one version of {@link LinkedSite} through {@link Publisher#openIncremental}, from
 * several threads, as a build would: the process {@link InPlaceKillIT} kills.
 * Arguments: site folder, manifest file, number of pages, version.
 */
final class InPlaceUpdateProcess {
  private InPlaceUpdateProcess() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path manifest = Path.of(args[1]);
    int pages = Integer.parseInt(args[2]);
    int version = Integer.parseInt(args[3]);
    try (SiteWriter site = new Publisher().openIncremental(out, manifest)) {
      LinkedSite.version(pages, version).parallelStream().forEach((Page page) -> site.accept(page));
      site.commit();
    }
  }
}
