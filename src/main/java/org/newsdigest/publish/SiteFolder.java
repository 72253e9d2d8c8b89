package org.newsdigest.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The output folder of a build, its hidden siblings and the checks made before anything is
 * written: temporary and retired folders are named {@code .<out>.newsdigest-tmp-*} and {@code
 * .<out>.newsdigest-old-*}.
 *
 * @param target the site folder, absolute and normalised
 * @param parent the folder that holds it
 */
record SiteFolder(Path target, Path parent) {
  /**
   * Puts back a site left aside by a build killed mid-swap, refuses a folder that is no site or
   * is read-only, creates the parent and removes leftovers of killed builds.
   *
   * @throws IOException naming the folder and the reason when the site may not be written
   */
  static SiteFolder prepare(Path out) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException("Refusing to publish into the file-system root '" + target + "'.");
    }
    SiteFolder folder = new SiteFolder(target, parent);
    if (Files.isDirectory(parent)) {
      folder.restoreInterruptedSwap();
    }
    folder.checkReplaceable();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new IOException("Could not create the folder '" + parent + "' for the site: "
          + SiteFiles.reason(e), e);
    }
    folder.removeLeftovers();
    return folder;
  }

  private String tempPrefix() {
    return "." + target.getFileName() + ".newsdigest-tmp-";
  }

  private String oldPrefix() {
    return "." + target.getFileName() + ".newsdigest-old-";
  }

  /** Whether the target is a folder with the marker, one a build may update. */
  boolean isSite() {
    return Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
        && Files.isRegularFile(target.resolve(Publisher.MARKER), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * A fresh hidden folder beside the target, where a new site is written before the swap. Made
   * like any folder, so its permissions follow the umask (0755 under 022), as the site's will;
   * a temporary-directory call would make it 0700, unreadable to a web server's user.
   */
  Path createTemp() throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp = parent.resolve(tempPrefix()
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
      try {
        return Files.createDirectory(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw new IOException("Could not write the site for '" + target + "': no free name"
              + " for a new folder in '" + parent + "'", e);
        }
      } catch (IOException e) {
        throw new IOException("Could not write the site for '" + target + "': the folder '"
            + parent + "' does not accept a new folder (" + SiteFiles.reason(e) + ")", e);
      }
    }
  }

  /**
   * What the target holds that newsdigest did not write (see {@link ForeignFiles}): everything
   * but the files its marker lists, so all of it when the marker lists none.
   */
  List<String> foreignFiles() throws IOException {
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    Optional<SiteMarker> marker = SiteMarker.read(target);
    return ForeignFiles.find(target,
        marker.map(SiteMarker::files).orElse(Set.of()),
        marker.map(SiteMarker::folders).orElse(Set.of()));
  }

  /**
   * Moves the old site aside, the new one in, carries {@code foreign} (what the old folder held
   * that newsdigest did not write) over into the new one, then deletes the old one; undoes on
   * failure. Two renames, because no portable call exchanges two folders atomically: a build
   * killed between them leaves no site, only the complete previous one aside, which {@link
   * #prepare} puts back. A build killed before the foreign files are carried over leaves them in
   * the old folder, and the next build carries them before it removes that folder.
   */
  void swap(Path temp, List<String> foreign) throws IOException {
    Path old = null;
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      String tempName = temp.getFileName().toString();
      old = parent.resolve(oldPrefix() + tempName.substring(tempName.lastIndexOf("-tmp-") + 5));
      try {
        SiteFiles.move(target, old);
      } catch (IOException e) {
        SiteFiles.deleteQuietly(temp);
        throw new IOException("Could not move the previous site '" + target + "' aside: " + e.getMessage(), e);
      }
    }
    try {
      SiteFiles.move(temp, target);
    } catch (IOException e) {
      if (old != null) {
        try {
          SiteFiles.move(old, target);
        } catch (IOException restore) {
          e.addSuppressed(restore);
        }
      }
      SiteFiles.deleteQuietly(temp);
      throw new IOException("Could not move the new site into '" + target + "': " + e.getMessage(), e);
    }
    if (old != null && ForeignFiles.carry(old, target, foreign).isEmpty()) {
      // A failure here leaves only a hidden leftover, which the next build removes.
      SiteFiles.deleteQuietly(old);
    }
  }

  /**
   * A build killed between the two renames of {@link #swap} left no site, only the previous one
   * aside, complete (it was complete before it was moved): it is put back.
   */
  private void restoreInterruptedSwap() throws IOException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> candidates = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
      for (Path entry : entries) {
        if (entry.getFileName().toString().startsWith(oldPrefix())
            && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
            && Files.isRegularFile(entry.resolve(Publisher.MARKER), LinkOption.NOFOLLOW_LINKS)) {
          candidates.add(entry);
        }
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    // Normally there is one; after several killed builds the newest is the last good site.
    Path newest = candidates.get(0);
    for (Path candidate : candidates) {
      if (Files.getLastModifiedTime(candidate).compareTo(Files.getLastModifiedTime(newest)) > 0) {
        newest = candidate;
      }
    }
    SiteFiles.move(newest, target);
  }

  private void checkReplaceable() throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("Refusing to publish into '" + target + "': it is a file, not a folder.");
    }
    if (!Files.isWritable(target)) {
      // Replacing it would work (the rename is in its parent), but the old copy could then not
      // be deleted: a read-only site is one its owner wants kept.
      throw new IOException("Refusing to replace '" + target + "': the folder is read-only.");
    }
    if (!isEmpty(target) && !isSite()) {
      throw new IOException("Refusing to replace '" + target + "': it is not empty and has no "
          + Publisher.MARKER + " file, so it does not look like a site newsdigest built.");
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /**
   * Carries what a site moved aside holds that newsdigest did not write into the site, where a
   * build killed after the swap did not get to put it; whether nothing of the kind is left.
   */
  private boolean carryForeignFiles(Path leftover) {
    if (!leftover.getFileName().toString().startsWith(oldPrefix())) {
      // A temporary folder holds only pages of a build that did not finish: all newsdigest's.
      return true;
    }
    try {
      List<String> foreign = new SiteFolder(leftover, parent).foreignFiles();
      return foreign.isEmpty() || (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
          && ForeignFiles.carry(leftover, target, foreign).isEmpty());
    } catch (IOException e) {
      return false;
    }
  }

  private void removeLeftovers() {
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if ((name.startsWith(tempPrefix()) || name.startsWith(oldPrefix()))
            && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          leftovers.add(entry);
        }
      }
    } catch (IOException e) {
      // An unlistable parent fails the build a moment later, with a clearer message.
      return;
    }
    for (Path leftover : leftovers) {
      if (carryForeignFiles(leftover)) {
        // A leftover that cannot be removed is only clutter: it must not stop the build.
        SiteFiles.deleteQuietly(leftover);
      }
    }
  }
}
