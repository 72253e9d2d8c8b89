package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.SyndicatedCopy;

class CopyDetectorTest {
  private final CopyDetector detector = new CopyDetector();

  private static final String P1 =
      "Police in Lyon arrested two men on Sunday after a jewellery shop in the old town was"
          + " robbed at gunpoint, the city prosecutor said.";
  private static final String P2 =
      "The suspects, aged 24 and 31, were stopped at a motorway toll near Vienne with a bag of"
          + " watches and rings worth about 80,000 euros.";
  private static final String P3 =
      "A shop assistant was slightly injured during the robbery and was treated at the scene by"
          + " firefighters.";
  private static final String P4 =
      "Both men are due to appear before an investigating judge on Tuesday, the prosecutor's"
          + " office added.";

  private static Article article(String source, String published, String... paragraphs) {
    return ArticleFixture.parse("source: " + source + "\ntitle: Headline of " + source
        + "\npublished: " + published + "\n---\n" + String.join("\n\n", paragraphs) + "\n");
  }

  private static List<String> pairs(List<SyndicatedCopy> copies) {
    List<String> out = new ArrayList<>();
    copies.forEach(c -> out.add(c.source() + "->" + c.original()));
    return out;
  }

  @Test
  void aCopyWithALeadingParagraphAndWithoutTheLastOneIsStillACopy() {
    Article wire = article("wire.txt", "2025-03-02", P1, P2, P3, P4);
    Article reprint = article("reprint.txt", "2025-03-03",
        "Here is what our partners at the agency reported this morning about the Lyon case.",
        P1, P2, P3);
    assertEquals(List.of("reprint.txt->wire.txt"),
        pairs(detector.find(List.of(wire, reprint))));
  }

  @Test
  void independentReportsOfOneEventAreNotCopies() {
    Article wire = article("wire.txt", "2025-03-02", P1, P2, P3, P4);
    Article other = article("other.txt", "2025-03-02",
        "Two armed men who held up a jeweller in Lyon's old town on Sunday were caught hours"
            + " later at a toll booth near Vienne, prosecutors said.",
        "Officers found watches and rings worth about 80,000 euros in their car.",
        "One employee suffered minor injuries.");
    assertTrue(detector.find(List.of(wire, other)).isEmpty());
  }

  @Test
  void aShortBriefQuotedInsideALongFeatureIsNotACopyOfIt() {
    Article brief = article("brief.txt", "2025-03-02", P1, P2);
    List<String> feature = new ArrayList<>(List.of(P1, P2));
    for (int i = 0; i < 6; i++) {
      feature.add("Paragraph " + i + " of the feature goes back over a decade of robberies in the"
          + " region, with interviews of shop owners number " + i + " and retired detectives.");
    }
    Article long1 = article("feature.txt", "2025-03-04", feature.toArray(String[]::new));
    assertTrue(detector.find(List.of(brief, long1)).isEmpty(),
        "the feature holds the brief but is mostly its own text");
  }

  @Test
  void aCopyOfACopyPointsToTheFirstOriginal() {
    Article wire = article("a-wire.txt", "2025-03-02", P1, P2, P3, P4);
    Article first = article("b-first.txt", "2025-03-03", P1, P2, P3, P4,
        "Readers can send tips to our newsroom by e-mail at any hour of the day or night.");
    Article second = article("c-second.txt", "2025-03-04", P1, P2, P3, P4,
        "Readers can send tips to our newsroom by e-mail at any hour of the day or night.");
    assertEquals(List.of("b-first.txt->a-wire.txt", "c-second.txt->a-wire.txt"),
        pairs(detector.find(List.of(wire, first, second))));
  }

  @Test
  void largeEventsUseTheIndexAndFindTheSameCopies() {
    List<Article> many = new ArrayList<>();
    many.add(article("a-wire.txt", "2025-03-01", P1, P2, P3, P4));
    for (int i = 0; i < CopyDetector.PAIRWISE_LIMIT; i++) {
      many.add(article(String.format(java.util.Locale.ROOT, "m-%02d.txt", i), "2025-03-02",
          "Report number " + i + " tells the robbery its own way, with witness " + i
              + " describing the getaway car and officer " + i + " the chase on the motorway."));
    }
    many.add(article("z-reprint.txt", "2025-03-05", P1, P2, P3));
    assertTrue(many.size() > CopyDetector.PAIRWISE_LIMIT);
    assertEquals(List.of("z-reprint.txt->a-wire.txt"), pairs(detector.find(many)));
  }

  @Test
  void identicalShortTextsAreTooShortToCallCopies() {
    Article a = article("a.txt", "2025-03-02", "Markets closed higher on Friday.");
    Article b = article("b.txt", "2025-03-02", "Markets closed higher on Friday.");
    assertTrue(detector.find(List.of(a, b)).isEmpty());
  }

  @Test
  void thousandsOfIdenticalArticlesAreCopiesOfTheFirst() {
    List<Article> same = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      same.add(article(String.format(java.util.Locale.ROOT, "%04d.txt", i), "2025-03-02",
          P1, P2, P3, P4));
    }
    // Quadratic comparison would take minutes here; the shingle index keeps it to seconds.
    List<SyndicatedCopy> copies = detector.find(same);
    assertEquals(1999, copies.size());
    assertTrue(copies.stream().allMatch(c -> c.original().equals("0000.txt")));
  }

  @Test
  void shinglesIgnoreCaseAndPunctuation() {
    long[] a = CopyDetector.shingles("The crew acted quickly, nobody hurt today!");
    long[] b = CopyDetector.shingles("the CREW acted quickly — nobody hurt today");
    assertEquals(3, a.length, "seven words give three five-word shingles");
    assertTrue(java.util.Arrays.equals(a, b));
    assertTrue(CopyDetector.shingles("only four words here").length == 0);
  }
  @Test
  void aCountThatReachesTheShareIsExactAndOneThatCannotIsZero() {
    long[] a = {1, 2, 3, 4, 5, 6, 7, 8};
    long[] b = {2, 4, 6, 8, 10, 12};
    assertEquals(4, CopyDetector.intersectionReaching(a, b, 4.0), "reaches: the exact count");
    assertEquals(4, CopyDetector.intersectionReaching(a, b, 0.5), "far below: still exact");
    assertEquals(0, CopyDetector.intersectionReaching(a, b, 4.5), "four shared cannot reach 4.5");
    assertEquals(0, CopyDetector.intersectionReaching(new long[] {1, 2}, b, 3.0),
        "two values can never share three");
    java.util.Random random = new java.util.Random(12);
    for (int round = 0; round < 300; round++) {
      long[] x = random.longs(5 + random.nextInt(40), 0, 60).distinct().sorted().toArray();
      long[] y = random.longs(5 + random.nextInt(40), 0, 60).distinct().sorted().toArray();
      int shared = (int) java.util.Arrays.stream(x)
          .filter(v -> java.util.Arrays.binarySearch(y, v) >= 0).count();
      double needed = random.nextInt(30) / 2.0;
      assertEquals(shared >= needed ? shared : 0, CopyDetector.intersectionReaching(x, y, needed));
    }
  }
}
