package org.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.OutletKind;

/** The outlet list: the shipped file, lookups by host and name, and a user's list laid over it. */
class OutletListTest {
  private static final OutletList SHIPPED = OutletList.shipped();

  @Test
  void theShippedListIsSortedByHostWithEveryCellValid() throws IOException {
    String text;
    try (InputStream in = OutletList.class.getResourceAsStream(OutletList.SHIPPED)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> hosts = new ArrayList<>();
    Set<String> countries = Set.of(Locale.getISOCountries());
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      assertTrue(cells.length == 4 || cells.length == 5, "4 or 5 cells: " + line);
      assertEquals(OutletList.hostOf(cells[0]), cells[0], "a bare lower-case host: " + line);
      assertTrue(cells[2].equals("-") || countries.contains(cells[2]), "country code: " + line);
      assertNotNull(OutletKind.of(cells[3]), "every shipped outlet has a kind: " + line);
      hosts.add(cells[0]);
    }
    List<String> sorted = new ArrayList<>(hosts);
    sorted.sort(null);
    assertEquals(sorted, hosts, "keep outlets.tsv sorted by host");
    assertEquals(hosts.size(), Set.copyOf(hosts).size(), "no host twice");
    assertTrue(hosts.size() >= 300, "a few hundred outlets, has " + hosts.size());
    assertEquals(hosts.size(), SHIPPED.size());
  }

  @Test
  void theMajorWiresAreListedAsWires() {
    for (String host : List.of("reuters.com", "apnews.com", "afp.com", "dpa.com", "ansa.it",
        "efe.com", "xinhuanet.com", "qna.org.qa")) {
      OutletList.Entry entry = SHIPPED.byHost(host);
      assertNotNull(entry, host);
      assertEquals(OutletKind.WIRE, entry.kind(), host);
    }
  }

  @Test
  void aHostMatchesItselfItsSubdomainsAndWww() {
    assertEquals("CNN", SHIPPED.byHost("edition.cnn.com").name());
    assertEquals("CNN", SHIPPED.byHost("cnn.com").name());
    assertEquals("BBC News", SHIPPED.byHost("www.bbc.co.uk").name());
    assertEquals("BBC News", SHIPPED.byHost("WWW.BBC.CO.UK.").name(), "case and a trailing dot");
    assertEquals("Reuters", SHIPPED.byHost("https://www.reuters.com:443/world/x?y=1#z").name(),
        "an address is read for its host");
  }

  @Test
  void twoLinesOfOneOutletAnswerAsOne() {
    assertEquals("huffpost.com", SHIPPED.byHost("www.huffingtonpost.com").host(),
        "one name in one country: the line the name finds");
    assertEquals("huffingtonpost.co.uk", SHIPPED.byHost("huffingtonpost.co.uk").host(),
        "HuffPost UK is another outlet");
  }

  @Test
  void theLongestListedHostWins() {
    assertEquals("The Times of India", SHIPPED.byHost("timesofindia.indiatimes.com").name());
    assertEquals("The Economic Times", SHIPPED.byHost("m.economictimes.indiatimes.com").name());
    assertNull(SHIPPED.byHost("indiatimes.com"), "the parent is not an outlet of its own");
  }

  @Test
  void anUnknownHostAndLookalikesFindNothing() {
    assertNull(SHIPPED.byHost("springfield-gazette.com"));
    assertNull(SHIPPED.byHost("notcnn.com"), "only whole labels match");
    assertNull(SHIPPED.byHost("cnn.com.example.org"), "a listed host inside another one is not it");
    assertNull(SHIPPED.byHost("thestar.com.my.example"), "nor one with a suffix");
    assertEquals("The Star (Malaysia)", SHIPPED.byHost("thestar.com.my").name());
    assertNull(SHIPPED.byHost("localhost"));
    assertNull(SHIPPED.byHost("192.168.0.1"));
    assertNull(SHIPPED.byHost(null));
  }

  @Test
  void aNameFindsItsOutletIgnoringCaseAccentsAndTheLeadingThe() {
    assertEquals("nytimes.com", SHIPPED.byName("the new york times").host());
    assertEquals("nytimes.com", SHIPPED.byName("NYT").host(), "another name the outlet goes by");
    assertEquals("apnews.com", SHIPPED.byName("AP").host());
    assertEquals("elpais.com", SHIPPED.byName("El Pais").host(), "accents ignored");
    assertNull(SHIPPED.byName("The Springfield Shopper"));
    assertNull(SHIPPED.byName(""));
  }

  @Test
  void aUserListOverridesAShippedEntryAndAddsItsOwn() {
    List<String> problems = new ArrayList<>();
    OutletList user = OutletList.parse("""
        # my outlets
        cnn.com\tCNN International\tUS\tbroadcaster
        springfield-gazette.com\tSpringfield Gazette\tUS\tnewspaper\tThe Gazette
        """, "seeds/outlets.tsv", problems);
    assertEquals(List.of(), problems);
    OutletList list = user.over(SHIPPED);
    assertEquals("CNN International", list.byHost("edition.cnn.com").name());
    assertEquals("Springfield Gazette", list.byHost("www.springfield-gazette.com").name());
    assertEquals("springfield-gazette.com", list.byName("the gazette").host());
    assertEquals("BBC News", list.byHost("bbc.co.uk").name(), "the rest of the shipped list stays");
    assertEquals("CNN", SHIPPED.byHost("cnn.com").name(), "the shipped list itself is unchanged");
  }

  @Test
  void aMalformedLineIsReportedWithFileAndLineAndTheOthersAreRead() {
    List<String> problems = new ArrayList<>();
    OutletList list = OutletList.parse("""
        good.example\tGood News\tGB\tnewspaper
        no tab on this line
        not a host\tBad
        tabloid.example\tTabloid Daily\tXX\ttabloid
        uk.example\tUK Daily\tUK\tnewspaper
        good.example\tGood News again
        \tNameless
        last.example\tLast One
        """, "seeds/outlets.tsv", problems);
    assertEquals(6, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).startsWith("seeds/outlets.tsv line 2: expected a host, a tab"),
        problems.get(0));
    assertTrue(problems.get(1).startsWith("seeds/outlets.tsv line 3: 'not a host' is not a web host"),
        problems.get(1));
    assertTrue(problems.get(2).startsWith("seeds/outlets.tsv line 4: 'XX' is not a two-letter country"),
        problems.get(2));
    assertTrue(problems.get(3).startsWith("seeds/outlets.tsv line 4: 'tabloid' is not a kind"),
        problems.get(3));
    assertTrue(problems.get(4).startsWith("seeds/outlets.tsv line 6: 'good.example' is already listed"
        + " on line 1"), problems.get(4));
    assertTrue(problems.get(5).startsWith("seeds/outlets.tsv line 7: "), problems.get(5));
    assertEquals("Good News", list.byHost("good.example").name());
    OutletList.Entry tabloid = list.byHost("tabloid.example");
    assertEquals("Tabloid Daily", tabloid.name(), "kept without what was wrong");
    assertNull(tabloid.country());
    assertNull(tabloid.kind());
    assertEquals("GB", list.byHost("uk.example").country(), "UK is read as GB");
    assertEquals("Last One", list.byHost("last.example").name(), "lines after the bad ones are read");
    assertNull(list.byHost("last.example").kind());
  }

  @Test
  void hostOfReadsAddressesAndBareHosts() {
    assertEquals("bbc.co.uk", OutletList.hostOf("https://www.BBC.co.uk/news/x"));
    assertEquals("example.org", OutletList.hostOf("//example.org/a"));
    assertEquals("news.example.org", OutletList.hostOf("http://user@news.example.org:8080"));
    assertEquals("example.org", OutletList.hostOf("example.org/path"));
    assertNull(OutletList.hostOf("Reuters"));
    assertNull(OutletList.hostOf("https://"));
    assertNull(OutletList.hostOf("https://.tramino.de"), "an empty label");
  }
}
