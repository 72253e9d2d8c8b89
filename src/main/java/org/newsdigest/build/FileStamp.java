package org.newsdigest.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * How a file looked: modification time, size and identity (the inode, where the system has
 * one). Equal stamps are taken to mean equal bytes, as make and editors do; the stamp is taken
 * before the file is read, so a write during the read shows as a new stamp next time.
 */
record FileStamp(FileTime modified, long size, Object identity) {
  /** The file's stamp, or null when it cannot be taken (then the file is read). */
  static FileStamp of(Path file) {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return new FileStamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
