package org.newsdigest.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Picks a page's main content the way Readability does, because its scores are the ones the
 * best extractors are measured by: every paragraph-like element scores by its length and
 * commas, gives that score to its parent and (less) to its ancestors; ancestors lose by link
 * density and by negative class or id words; the best one wins, with those of its siblings
 * that score nearly as well or read like prose. Stateless; one call per page.
 */
final class ContentScorer {
  /**
   * Readability's positive and negative class words. Matched with {@code contains} on the
   * lower-cased name rather than as one regex alternation: the same matches (the words are plain
   * lower-case letters), in a fraction of the time.
   */
  private static final List<String> POSITIVE =
      List.of("article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
          "pagination", "post", "text", "blog", "story");
  private static final List<String> NEGATIVE =
      List.of("-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
          "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
          "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "byline",
          "author", "dateline", "caption");
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "section", "h2",
      "h3", "h4", "h5", "h6");
  private static final Set<String> BLOCK_CHILDREN = Set.of("a", "blockquote", "dl", "div", "img",
      "ol", "p", "pre", "table", "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6",
      "figure", "header", "footer", "aside", "nav", "form", "main");
  private static final Set<String> PROSE_TAGS = Set.of("p", "pre", "blockquote");
  private static final int ANCESTOR_LEVELS = 5;
  /** A period that ends a sentence somewhere in the text: a short sibling that is prose. */
  private static final Pattern HAS_SENTENCE_END = Pattern.compile(".*\\.( |$).*");

  /**
   * Text length, link text length, commas, prose and the number of a few tags under every
   * element, counted in one pass (instead of a subtree search per element and tag).
   */
  static final class TextStats {
    private static final List<String> COUNTED_TAGS = List.of("p", "img", "li", "input");

    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    TextStats(Element root) {
      // Iterative traversal, children before parents, so each node is counted once: a page
      // nested 10,000 levels deep neither overflows the stack nor costs quadratic time.
      NodeTraversor.traverse(
          new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
              if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                String t = text.getWholeText();
                int[] c = of(parent);
                c[0] += Texts.strippedNormalLength(t);
                for (int i = 0; i < t.length(); i++) {
                  char ch = t.charAt(i);
                  if (ch == ',' || ch == '\uFF0C' || ch == '\u3001' || ch == '\u060C') {
                    c[2]++;
                  }
                }
              }
            }

            @Override
            public void tail(Node node, int depth) {
              if (node instanceof Element element) {
                int[] c = of(element);
                if (element.normalName().equals("a")) {
                  c[1] = c[0];
                }
                if (PROSE_TAGS.contains(element.normalName())) {
                  c[3] = c[0] - c[1];
                }
                int counted = COUNTED_TAGS.indexOf(element.normalName());
                if (counted >= 0) {
                  c[4 + counted]++;
                }
                if (element != root && element.parent() != null) {
                  int[] p = of(element.parent());
                  for (int i = 0; i < c.length; i++) {
                    p[i] += c[i];
                  }
                }
              }
            }
          },
          root);
    }

    private int[] of(Element e) {
      int[] c = counts.get(e);
      if (c == null) {
        c = new int[4 + COUNTED_TAGS.size()];
        counts.put(e, c);
      }
      return c;
    }

    int length(Element e) {
      int[] c = counts.get(e);
      return c == null ? 0 : c[0];
    }

    int commas(Element e) {
      int[] c = counts.get(e);
      return c == null ? 0 : c[2];
    }

    /** Unlinked text inside paragraphs, quotes and pre blocks: the prose an element holds. */
    int prose(Element e) {
      int[] c = counts.get(e);
      return c == null ? 0 : c[3];
    }

    /**
     * How many {@code tag} elements (one of p, img, li, input) the element holds, itself
     * included, as {@code getElementsByTag(tag).size()} counts them on the unchanged tree.
     */
    int tagCount(Element e, String tag) {
      int[] c = counts.get(e);
      return c == null ? 0 : c[4 + COUNTED_TAGS.indexOf(tag)];
    }

    int linkLength(Element e) {
      int[] c = counts.get(e);
      return c == null ? 0 : c[1];
    }

    double linkDensity(Element e) {
      int[] c = counts.get(e);
      return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
    }
  }

  /** The elements that make up the article, in document order; empty when nothing scores. */
  List<Element> pick(Element body) {
    TextStats stats = new TextStats(body);
    Map<Element, Double> scores = new IdentityHashMap<>();
    List<Element> candidates = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (!isParagraph(element)) {
        continue;
      }
      int length = stats.length(element);
      if (length < 25) {
        continue;
      }
      double score = 1 + stats.commas(element) + Math.min(length / 100, 3);
      Element ancestor = element.parent();
      for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
        if (!scores.containsKey(ancestor)) {
          scores.put(ancestor, baseScore(ancestor));
          candidates.add(ancestor);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, score / divider, Double::sum);
        if (ancestor == body) {
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    for (Element candidate : candidates) {
      scores.put(candidate, scores.get(candidate) * (1 - stats.linkDensity(candidate)));
    }
    List<Element> ranked = new ArrayList<>(candidates);
    ranked.sort(Comparator.comparingDouble((Element e) -> -scores.get(e)));
    Element top = ranked.get(0);
    top = commonAncestorOfRivals(top, ranked, scores);
    top = climbWhileParentScoresHigher(top, body, scores);
    top = climbWhileParentAddsProse(top, body, stats);
    return withSiblings(top, scores, stats);
  }

  /**
   * When several of the best candidates sit under one ancestor, the article is split into
   * parts (a lead box, a body box) and that ancestor holds it all.
   */
  private static Element commonAncestorOfRivals(
      Element top, List<Element> ranked, Map<Element, Double> scores) {
    double topScore = scores.getOrDefault(top, 0.0);
    List<Element> rivals = new ArrayList<>();
    for (Element e : ranked.subList(1, Math.min(ranked.size(), 6))) {
      if (scores.get(e) >= topScore * 0.75) {
        rivals.add(e);
      }
    }
    if (rivals.size() < 3) {
      return top;
    }
    for (Element parent = top.parent(); parent != null && !parent.normalName().equals("body");
        parent = parent.parent()) {
      int inside = 0;
      for (Element rival : rivals) {
        if (isAncestor(parent, rival)) {
          inside++;
        }
      }
      if (inside >= 3) {
        return parent;
      }
    }
    return top;
  }

  private static Element climbWhileParentScoresHigher(
      Element top, Element body, Map<Element, Double> scores) {
    Element current = top;
    double last = scores.getOrDefault(top, 0.0);
    Element parent = current.parent();
    while (parent != null && parent != body && scores.containsKey(parent)) {
      double parentScore = scores.get(parent);
      if (parentScore < last / 3) {
        break;
      }
      if (parentScore > last) {
        current = parent;
      }
      last = parentScore;
      parent = parent.parent();
    }
    return current;
  }

  /**
   * Articles split by figures or ads into several boxes: the parent holds the whole story when
   * what it adds is mostly prose (unlinked paragraph text) and little else.
   */
  private static Element climbWhileParentAddsProse(Element top, Element body, TextStats stats) {
    Element current = top;
    for (Element parent = current.parent(); parent != null && parent != body;
        parent = parent.parent()) {
      int addedProse = stats.prose(parent) - stats.prose(current);
      int added = stats.length(parent) - stats.length(current);
      int addedLinks = stats.linkLength(parent) - stats.linkLength(current);
      if (added == 0) {
        current = parent;
        continue;
      }
      boolean mostlyProse = addedProse >= added * 0.6 && addedLinks <= added * 0.25;
      if (addedProse < stats.prose(current) * 0.2 || !mostlyProse) {
        break;
      }
      current = parent;
    }
    return current;
  }

  private static List<Element> withSiblings(
      Element top, Map<Element, Double> scores, TextStats stats) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> kept = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        kept.add(sibling);
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
          ? topScore * 0.2 : 0;
      Double score = scores.get(sibling);
      if (score != null && score + bonus >= threshold) {
        kept.add(sibling);
      } else if (sibling.normalName().equals("p") || sibling.normalName().equals("blockquote")) {
        int length = stats.length(sibling);
        double links = stats.linkDensity(sibling);
        if ((length > 80 && links < 0.25)
            || (length > 0 && length <= 80 && links == 0
                && HAS_SENTENCE_END.matcher(sibling.text()).matches())) {
          kept.add(sibling);
        }
      }
    }
    return kept;
  }

  private static boolean isAncestor(Element ancestor, Element element) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** A paragraph, or a div that holds only text and inline markup and so acts as one. */
  private static boolean isParagraph(Element element) {
    String tag = element.normalName();
    if (PARAGRAPH_TAGS.contains(tag)) {
      return !tag.equals("section") || hasNoBlockChildren(element);
    }
    return tag.equals("div") && hasNoBlockChildren(element);
  }

  private static boolean hasNoBlockChildren(Element element) {
    for (Element child : element.children()) {
      if (BLOCK_CHILDREN.contains(child.normalName()) && !child.normalName().equals("a")) {
        return false;
      }
    }
    return true;
  }

  private static double baseScore(Element element) {
    double score = switch (element.normalName()) {
      case "div", "article" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return score + classWeight(element);
  }

  /** +25 for article-like class and id words, -25 for furniture-like ones (each of the two). */
  static int classWeight(Element element) {
    int weight = 0;
    for (String name : List.of(element.className(), element.id())) {
      if (name.isEmpty()) {
        continue;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (isNegative(lower)) {
        weight -= 25;
      }
      if (containsAny(lower, POSITIVE)) {
        weight += 25;
      }
    }
    return weight;
  }

  /**
   * A negative word anywhere, or "hid" as a whole space-separated word (Readability's
   * {@code ^hid$| hid$| hid |^hid }; like the regex's {@code $}, the end may be followed by one
   * line terminator).
   */
  private static boolean isNegative(String lower) {
    if (containsAny(lower, NEGATIVE) || lower.contains(" hid ") || lower.startsWith("hid ")) {
      return true;
    }
    String end = withoutFinalLineTerminator(lower);
    return end.equals("hid") || end.endsWith(" hid");
  }

  private static String withoutFinalLineTerminator(String text) {
    if (text.endsWith("\r\n")) {
      return text.substring(0, text.length() - 2);
    }
    boolean terminator =
        !text.isEmpty() && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(text.length() - 1)) >= 0;
    if (terminator) {
      return text.substring(0, text.length() - 1);
    }
    return text;
  }

  private static boolean containsAny(String text, List<String> words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
