package org.newsdigest.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsdigest.model.Page;

/**
 * Entry point of the publish stage, the only code that writes the site. Two writers:
 *
 * <ul>
 *   <li>{@link #open}: pages are written, as they come, into a fresh temporary folder beside
 *       {@code out}, which replaces {@code out} at commit, so a failed build leaves the previous
 *       site untouched and no file from an earlier build survives;
 *   <li>{@link #openIncremental}: when a manifest kept by the caller describes the site at {@code
 *       out} exactly, only the pages whose bytes changed are written, in place, in an order that
 *       keeps every link working at every instant (see {@link InPlaceSiteWriter}); otherwise as
 *       {@link #open}, and the manifest is written for next time.
 * </ul>
 *
 * <p>Both leave the same folder for the same pages, byte for byte, the {@value #MARKER} file
 * included: it names the site digest (a SHA-256 over every path and its content's SHA-256). A
 * non-empty folder without the marker is never replaced, so a mistyped output path cannot wipe
 * someone's files; a read-only site is refused too. Temporary and retired folders are named
 * {@code .<out>.newsdigest-tmp-*} and {@code .<out>.newsdigest-old-*}; leftovers of a killed
 * earlier build are removed by the next one, and a site left aside by a build killed between
 * the two renames of the swap is put back first. Two builds into the same folder at once are
 * not supported.
 */
public final class Publisher {
  /** Marks a folder as a newsdigest site that a later build may replace. */
  public static final String MARKER = ".newsdigest-site";

  /**
   * Writes {@code pages} as the site at {@code out}, replacing what was there.
   *
   * @throws IOException naming the path when {@code out} is a file, a folder that is not a
   *     newsdigest site, or when writing or swapping fails; {@code out} is then unchanged
   * @throws IllegalArgumentException when a page path is unsafe or appears twice
   */
  public void publish(List<Page> pages, Path out) throws IOException {
    Objects.requireNonNull(pages, "The parameter 'pages' must not be null.");
    Objects.requireNonNull(out, "The parameter 'out' must not be null.");
    Set<String> seen = new HashSet<>();
    for (Page page : pages) {
      Objects.requireNonNull(page, "A page must not be null.");
      PagePaths.check(page.path());
      if (!seen.add(page.path())) {
        throw new IllegalArgumentException("The page path '" + page.path() + "' appears twice.");
      }
    }
    try (SiteWriter site = open(out)) {
      try {
        pages.forEach(site::accept);
      } catch (UncheckedIOException e) {
        throw new IOException(e.getMessage(), e.getCause());
      }
      site.commit();
    }
  }

  /**
   * Opens the site at {@code out} to be written afresh, page by page: each accepted page goes
   * straight to disk, in a temporary folder that {@link SiteWriter#commit()} swaps in; only the
   * paths stay in memory. {@link SiteWriter#accept} may be called from several threads at once;
   * it throws {@link UncheckedIOException} when a page cannot be written, and {@link
   * IllegalArgumentException} for an unsafe or repeated path. Closing without commit deletes the
   * temporary folder.
   *
   * @throws IOException naming the folder when {@code out} may not be written (a file, a folder
   *     that is not a site, a read-only site, a parent that accepts no new folder); nothing is
   *     changed then but leftovers of killed builds, which are removed
   */
  public SiteWriter open(Path out) throws IOException {
    Objects.requireNonNull(out, "The parameter 'out' must not be null.");
    return new FreshSiteWriter(SiteFolder.prepare(out), Optional.empty(), "");
  }

  /**
   * Opens the site at {@code out} to be updated in place when {@code manifest} (a file of the
   * caller's, outside the site) describes that site exactly and no earlier update was cut short:
   * only pages whose bytes changed are written, pages no longer given are deleted at commit, and
   * the manifest is updated. Otherwise (no manifest, another site, a site changed by hand, an
   * update cut short, an unreadable manifest) as {@link #open}, and the manifest is written at
   * commit so the next build can update in place. Closing an in-place writer without commit
   * removes the pages it added; the old pages are only touched by commit.
   *
   * @throws IOException as {@link #open}
   * @throws IllegalArgumentException when {@code manifest} lies inside {@code out}
   */
  public SiteWriter openIncremental(Path out, Path manifest) throws IOException {
    return openIncremental(out, manifest, "");
  }

  /**
   * As {@link #openIncremental(Path, Path)}, for pages made by {@code madeBy}: a name for the code,
   * templates and settings that make them (a hex digest, or "" when unknown). The writer then
   * {@link SiteWriter#remembersInputs() remembers} what each page was made from, and, when the
   * site was last written by the same maker, {@link SiteWriter#keep keeps} a page made from the
   * same inputs as before without it being made again.
   */
  public SiteWriter openIncremental(Path out, Path manifest, String madeBy) throws IOException {
    Objects.requireNonNull(out, "The parameter 'out' must not be null.");
    Objects.requireNonNull(madeBy, "The parameter 'madeBy' must not be null.");
    Objects.requireNonNull(manifest, "The parameter 'manifest' must not be null.");
    Path manifestFile = manifest.toAbsolutePath().normalize();
    if (manifestFile.startsWith(out.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("The manifest '" + manifest
          + "' must be kept outside the site folder '" + out + "'.");
    }
    SiteFolder folder = SiteFolder.prepare(out);
    ManifestFiles files = new ManifestFiles(manifestFile);
    Optional<SiteWriter> inPlace = InPlaceSiteWriter.open(folder, files, madeBy);
    if (inPlace.isPresent()) {
      return inPlace.get();
    }
    return new FreshSiteWriter(folder, Optional.of(files), madeBy);
  }

  /**
   * Deletes the manifests kept in {@code folder} (by {@link #openIncremental}) that describe a
   * site whose folder is gone, or that another format wrote: no build can use them, and without
   * this they pile up, one per output folder ever built (previews in temporary folders). Returns
   * how many; never throws.
   */
  public static int forgetManifestsOfGoneSites(Path folder) {
    return ManifestFiles.forgetGoneSites(folder);
  }
}
