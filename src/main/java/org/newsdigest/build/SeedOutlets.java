package org.newsdigest.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdigest.extract.OutletFile;
import org.newsdigest.extract.OutletList;
import org.newsdigest.extract.Outlets;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.model.Article;
import org.newsdigest.model.Outlet;

/**
 * What a seeds folder says about outlets, beyond what each article tells: its outlet list
 * ({@code outlets.tsv} at the top, laid over the shipped one) and its folders' {@code outlet.txt}
 * files. Read on every build, after the articles (which the read cache may hold): an edited list
 * changes no article file, yet must change their outlets.
 *
 * @param outlets the decider with this folder's lists
 * @param problems what was wrong in the files, each naming the file and line; none stops the build
 * @param addsToShipped whether the folder has any outlet file, so articles must be decided again
 */
public record SeedOutlets(Outlets outlets, List<String> problems, boolean addsToShipped) {
  /** Outlet files larger than this are not read: a list of every host on the web is not one. */
  static final long MAX_BYTES = 16L << 20;

  public SeedOutlets {
    problems = List.copyOf(problems);
  }

  /**
   * Reads the outlet files of {@code root}, as {@link Ingester.SeedFiles#outletFiles()} lists
   * them, over the list {@code shipped} names hosts with.
   */
  public static SeedOutlets read(Path root, List<Path> outletFiles, Outlets shipped) {
    List<String> problems = new ArrayList<>();
    OutletList list = shipped.list();
    List<Path> folderFiles = new ArrayList<>();
    boolean any = false;
    for (Path file : outletFiles) {
      String key = Ingester.relativeKey(root, file);
      String shown = shown(root, key);
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.equals(Ingester.OUTLET_FILE)) {
        folderFiles.add(file);
      } else if (key.contains("/")) {
        problems.add(shown + ": not read; the outlet list is read only at the top of the seeds"
            + " folder (" + shown(root, Ingester.OUTLET_LIST) + ")");
      } else {
        String text = text(file, shown, problems);
        if (text != null) {
          list = OutletList.parse(text, shown, problems).over(list);
          any = true;
        }
      }
    }
    Map<String, Outlet> folders = new LinkedHashMap<>();
    for (Path file : folderFiles) {
      String key = Ingester.relativeKey(root, file);
      String text = text(file, shown(root, key), problems);
      if (text == null) {
        continue;
      }
      Outlet outlet = OutletFile.parse(text, shown(root, key), key, list, problems);
      if (outlet != null) {
        int slash = key.lastIndexOf('/');
        folders.put(slash < 0 ? "" : key.substring(0, slash), outlet);
        any = true;
      }
    }
    return new SeedOutlets(any ? new Outlets(list, folders) : shipped, problems, any);
  }

  /** The article with its outlet decided with this folder's files; itself when it has none. */
  public Article decide(Article article) {
    return addsToShipped ? outlets.decide(article) : article;
  }

  /**
   * The article with its outlet decided again for {@code sourceUnderSeeds}, its path under this
   * seeds folder, when its source key is another ({@code inspect} prefixes the folder it read).
   */
  public Article decide(Article article, String sourceUnderSeeds) {
    return outlets.decide(article, sourceUnderSeeds);
  }

  private static String shown(Path root, String key) {
    return root.resolve(key).toString().replace('\\', '/');
  }

  private static String text(Path file, String shown, List<String> problems) {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(shown + ": not a regular file; not read");
        return null;
      }
      if (Files.size(file) > MAX_BYTES) {
        problems.add(shown + ": larger than 16 MB; not read");
        return null;
      }
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException | OutOfMemoryError e) {
      problems.add(shown + ": cannot be read (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + ")");
      return null;
    }
  }
}
