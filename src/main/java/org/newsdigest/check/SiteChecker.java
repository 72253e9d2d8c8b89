package org.newsdigest.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsdigest.check.LinkResolver.External;
import org.newsdigest.check.LinkResolver.Internal;
import org.newsdigest.check.LinkResolver.Invalid;
import org.newsdigest.check.LinkResolver.Resolution;
import org.w3c.dom.Document;

/**
 * Entry point of {@code newsdigest check}: verifies a built site folder as a browser, a feed
 * reader and a search engine would meet it, without a server.
 *
 * <ul>
 *   <li>every HTML page is well-formed HTML5 with unique ids, and nothing on it can run code: no
 *       script except the site's own {@code assets/} files and JSON-LD blocks, no event-handler
 *       attribute, no {@code javascript:}/{@code data:}/{@code vbscript:} address, no frames or
 *       embedded objects;
 *   <li>every link and {@code #anchor} between the site's files resolves, relatively, without
 *       climbing above the site's root (the site may be served from any sub-path);
 *   <li>the Atom feed, the JSON Feed and the sitemap parse and have their required fields, and
 *       every address they list is a file of the site;
 *   <li>every file name is a safe slug, unique even on a case-insensitive file system, and the
 *       folder holds only plain files and folders: no symbolic link that could lead outside.
 * </ul>
 *
 * <p>A checker is stateless and may be reused from any thread.
 */
public final class SiteChecker {
  /** A safe file or folder name: lower-case ASCII words joined by '-', then extensions. */
  private static final Pattern SAFE_NAME =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+)*");

  /** The longest name allowed; file systems stop at 255 bytes. */
  private static final int MAX_NAME = 120;


  private final ObjectMapper json = new ObjectMapper();

  /**
   * Checks the site in {@code site}.
   *
   * @return every problem found, grouped by file in path order; empty when the site is sound
   * @throws IOException when {@code site} is not a readable folder
   */
  public List<Problem> check(Path site) throws IOException {
    if (!Files.isDirectory(site)) {
      throw new IOException("'" + site + "' is not a folder.");
    }
    Path root = site.toRealPath();
    Problems problems = new Problems();
    Set<String> files = inventory(root, problems);
    LinkResolver resolver = new LinkResolver(baseUrl(root, files));
    Map<String, Set<String>> ids = new HashMap<>();
    List<Link> waiting = new ArrayList<>();
    HtmlPageCheck pages = new HtmlPageCheck(json);
    XmlFiles xml = new XmlFiles();
    // One file in memory at a time: a site of ten thousand articles is hundreds of megabytes.
    for (String path : files) {
      byte[] content;
      try {
        content = Files.readAllBytes(root.resolve(path));
      } catch (IOException e) {
        problems.add(path, "cannot be read: " + e.getMessage());
        continue;
      }
      List<Link> links = new ArrayList<>();
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (name.endsWith(".html")) {
        text(path, content, problems).ifPresent(html -> {
          HtmlPageCheck.Scan scan = pages.check(path, html, problems);
          ids.put(path, scan.ids());
          links.addAll(scan.links());
        });
      } else if (name.endsWith(".xml") || name.endsWith(".svg")) {
        xml.parse(path, content, problems).map(Document::getDocumentElement)
            .ifPresent(element -> {
              if (name.endsWith(".svg")) {
                new SvgCheck().check(path, element, problems);
              } else if (AtomFeedCheck.ATOM.equals(element.getNamespaceURI())) {
                new AtomFeedCheck().check(path, element, problems, links);
              } else if (SitemapCheck.SITEMAP.equals(element.getNamespaceURI())) {
                new SitemapCheck().check(path, element, problems, links);
              }
            });
      } else if (name.endsWith(".json")) {
        jsonTree(path, content, problems).ifPresent(tree -> {
          if (tree.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
            new JsonFeedCheck().check(path, tree, problems, links);
          }
        });
      }
      // Links are checked file by file so a big site never holds them all; only an anchor on a
      // page not read yet waits until every page is.
      for (Link link : links) {
        if (!checkLink(link, resolver, files, ids, false, problems)) {
          waiting.add(link);
        }
      }
    }
    for (Link link : waiting) {
      checkLink(link, resolver, files, ids, true, problems);
    }
    List<Problem> found = new ArrayList<>(problems.list());
    // Stable: within a file, problems stay in the order they were found.
    found.sort(Comparator.comparing(Problem::path));
    return List.copyOf(found);
  }

  private static boolean hidden(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /**
   * Every plain file under {@code root}, checking names and refusing links and special files.
   * Hidden files and folders are passed over: no page links to one, and they are not the site's
   * pages but what sits beside them (the publisher's marker, a temporary file of an update cut
   * short, a deploy repository's {@code .git/}, {@code .nojekyll}).
   */
  private static Set<String> inventory(Path root, Problems problems) throws IOException {
    Set<String> files = new TreeSet<>();
    // Names are checked in path order once all are known, so "same name as" is the same report
    // whatever order the file system lists them in.
    Set<String> names = new TreeSet<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        if (dir.equals(root)) {
          return FileVisitResult.CONTINUE;
        }
        if (hidden(dir)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        names.add(relative(root, dir));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        String path = relative(root, file);
        if (hidden(file)) {
          return FileVisitResult.CONTINUE;
        }
        if (attributes.isSymbolicLink()) {
          problems.add(path, "is a symbolic link" + target(file)
              + "; a site holds only plain files, so nothing can lead outside it");
        } else if (!attributes.isRegularFile()) {
          problems.add(path, "is not a plain file");
        } else {
          names.add(path);
          files.add(path);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        problems.add(relative(root, file), "cannot be read: " + e.getMessage());
        return FileVisitResult.CONTINUE;
      }
    });
    Map<String, String> folded = new HashMap<>();
    for (String path : names) {
      name(path, problems, folded);
    }
    return files;
  }

  private static String target(Path link) {
    try {
      return " to '" + Files.readSymbolicLink(link) + "'";
    } catch (IOException | UnsupportedOperationException e) {
      return "";
    }
  }

  private static String relative(Path root, Path file) {
    String path = root.relativize(file).toString().replace('\\', '/');
    return path.isEmpty() ? "." : path;
  }

  /** The last name of {@code path} is a safe slug, and no other path differs from it only by case. */
  private static void name(String path, Problems problems, Map<String, String> folded) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (!SAFE_NAME.matcher(name).matches()) {
      problems.add(path, "unsafe name '" + HtmlPageCheck.shorten(name)
          + "': a slug is lower-case letters, digits and single hyphens");
    } else if (name.length() > MAX_NAME) {
      problems.add(path, "name longer than " + MAX_NAME + " characters");
    }
    String key = path.toLowerCase(Locale.ROOT);
    String earlier = folded.putIfAbsent(key, path);
    if (earlier != null) {
      problems.add(path, "same name as '" + earlier + "' on a case-insensitive file system");
    }
  }

  private static Optional<String> text(String path, byte[] bytes, Problems problems) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      problems.add(path, "is not valid UTF-8");
      return Optional.empty();
    }
  }

  private Optional<JsonNode> jsonTree(String path, byte[] bytes, Problems problems) {
    try {
      return Optional.of(json.readTree(bytes));
    } catch (JsonProcessingException e) {
      problems.add(path, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      problems.add(path, "cannot be read as JSON: " + e.getMessage());
    }
    return Optional.empty();
  }

  /**
   * The site's public address, when it was built with one: the feed's own address names it
   * (feed.xml's self link, feed.json's feed_url), else the sitemap line of robots.txt.
   */
  private String baseUrl(Path root, Set<String> files) {
    if (files.contains("feed.json")) {
      try {
        String self = json.readTree(Files.readAllBytes(root.resolve("feed.json")))
            .path("feed_url").asText("");
        if (self.endsWith("/feed.json")) {
          return self.substring(0, self.length() - "feed.json".length());
        }
      } catch (IOException e) {
        // Reported when the file itself is checked.
      }
    }
    if (files.contains("robots.txt")) {
      String robots;
      try {
        robots = Files.readString(root.resolve("robots.txt"), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return null;
      }
      for (String line : robots.split("\n")) {
        String trimmed = line.strip();
        if (trimmed.regionMatches(true, 0, "Sitemap:", 0, 8) && trimmed.endsWith("/sitemap.xml")) {
          String url = trimmed.substring(8).strip();
          return url.substring(0, url.length() - "sitemap.xml".length());
        }
      }
    }
    return null;
  }

  /**
   * Checks one link; returns false, reporting nothing, when its #anchor is on a page whose ids
   * are not known yet and {@code last} is false.
   */
  private static boolean checkLink(Link link, LinkResolver resolver, Set<String> files,
      Map<String, Set<String>> ids, boolean last, Problems problems) {
    Resolution resolution = resolver.resolve(link.from(), link.href());
    String what = link.where() + " '" + HtmlPageCheck.shorten(link.href()) + "'";
    if (resolution instanceof External) {
      if (link.script()) {
        problems.add(link.from(), what + " loads a script from outside the site");
      }
      return true;
    }
    if (resolution instanceof Invalid invalid) {
      problems.add(link.from(), "link " + what + " " + invalid.reason());
      return true;
    }
    Internal target = (Internal) resolution;
    if (!files.contains(target.path())) {
      problems.add(link.from(), "broken link " + what + ": the site has no " + target.path());
      return true;
    }
    if (link.script() && !target.path().startsWith("assets/")) {
      problems.add(link.from(), what + " is not one of the site's assets/ scripts");
    }
    String fragment = target.fragment();
    if (fragment == null || fragment.isEmpty() || fragment.equalsIgnoreCase("top")
        || !target.path().endsWith(".html")) {
      return true;
    }
    if (!last && !ids.containsKey(target.path())) {
      return false;
    }
    if (!ids.getOrDefault(target.path(), Set.of()).contains(fragment)) {
      problems.add(link.from(), "broken anchor " + what + ": " + target.path()
          + " has no element with id '" + fragment + "'");
    }
    return true;
  }
}
