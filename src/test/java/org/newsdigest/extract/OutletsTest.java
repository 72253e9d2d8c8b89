package org.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.Dateline;
import org.newsdigest.model.Document;
import org.newsdigest.model.DocumentMetadata;
import org.newsdigest.model.InputFormat;
import org.newsdigest.model.Outlet;
import org.newsdigest.model.Outlet.Basis;
import org.newsdigest.model.OutletKind;

/**
 * The order in which what an article and its folder tell decide its outlet, with the folder
 * files a seeds folder may hold (the extract spec covers what one file alone tells).
 */
class OutletsTest {
  private static final OutletList LIST = OutletList.shipped();
  private static final Dateline REUTERS = new Dateline("LONDON (Reuters)", "London", null, "Reuters");
  private static final Outlet GAZETTE = new Outlet("Springfield Gazette", null, "US",
      OutletKind.NEWSPAPER, Basis.FOLDER_FILE, "gazette/outlet.txt");

  private final Outlets outlets = new Outlets(LIST, Map.of("gazette", GAZETTE,
      "gazette/sport", new Outlet("Gazette Sport", null, null, null, Basis.FOLDER_FILE,
          "gazette/sport/outlet.txt")));

  @Test
  void aFolderFileBeatsTheDatelineTheAddressAndTheFolderName() {
    Outlet outlet = outlets.decide(null, REUTERS, "https://www.reuters.com/x", "gazette/a.txt");
    assertEquals(GAZETTE, outlet);
    assertEquals(Basis.FOLDER_FILE, outlet.basis());
  }

  @Test
  void theArticlesOwnStatementBeatsItsFolderFile() {
    Outlet outlet = outlets.decide("The Guardian", null, null, "gazette/a.txt");
    assertEquals("The Guardian", outlet.name());
    assertEquals(Basis.STATED, outlet.basis());
  }

  @Test
  void aStatedNameTheListDoesNotKnowTakesTheAddressesHostWhenItAbbreviatesTheOutletThere() {
    Outlet fox = outlets.decide("FOX", null, "http://www.foxnews.com/politics/x.html", "a.txt");
    assertEquals("FOX", fox.name(), "the article's own word for its outlet is kept");
    assertEquals("foxnews.com", fox.host());
    assertEquals(Basis.STATED, fox.basis());
    assertEquals("US", fox.country());
    Outlet post = outlets.decide("KP", null, "https://kyivpost.com/post/1", "a.txt");
    assertEquals("kyivpost.com", post.host(), "an unlisted host's first label counts too");
    // A name that abbreviates nothing there: a syndicated article on another outlet's site.
    assertNull(outlets.decide("Springfield Courier", null, "https://news.yahoo.com/x", "a.txt").host());
    assertNull(outlets.decide("Courier", null, null, "a.txt").host(), "no address, no host");
  }

  @Test
  void anAbbreviationStartsWithTheFirstLetterAndKeepsTheOrder() {
    assertTrue(Outlets.abbreviates("NYT", "nytimes"));
    assertTrue(Outlets.abbreviates("HPO", "HuffPost"));
    assertTrue(Outlets.abbreviates("Fox", "Fox News"));
    assertEquals(false, Outlets.abbreviates("TNY", "nytimes"), "order");
    assertEquals(false, Outlets.abbreviates("Times", "nytimes"), "first letter");
    assertEquals(false, Outlets.abbreviates("N", "nytimes"), "one letter says nothing");
  }

  @Test
  void theNearestFolderFileWinsAndAppliesToFoldersBelowIt() {
    assertEquals("Gazette Sport", outlets.decide(null, null, null, "gazette/sport/a.txt").name());
    assertEquals("Gazette Sport",
        outlets.decide(null, null, null, "gazette/sport/2026/01/a.txt").name());
    assertEquals(GAZETTE, outlets.decide(null, null, null, "gazette/news/a.txt"));
    assertEquals(GAZETTE, outlets.decide(null, null, null, "gazette/feed.xml#3"), "a feed item");
    assertNull(outlets.decide(null, null, null, "other/a.txt"));
  }

  @Test
  void aFolderFileAtTheTopCoversEveryArticle() {
    Outlets top = new Outlets(LIST, Map.of("", GAZETTE));
    assertEquals(GAZETTE, top.decide(null, null, null, "a.txt"));
    assertEquals(GAZETTE, top.decide(null, null, null, "x/y/a.txt"));
  }

  @Test
  void anArticleIsDecidedAgainFromWhatItStatedWithAUserList() {
    Extractor extractor = new Extractor();
    Article stated = extractor.extract(document("x/a.txt", "cnn.com", null));
    Article addressed = extractor.extract(document("x/b.txt", null, "https://edition.cnn.com/a"));
    assertEquals("CNN", stated.outlet());
    assertEquals("CNN", addressed.outlet());
    List<String> problems = new ArrayList<>();
    Outlets mine = new Outlets(
        OutletList.parse("cnn.com\tCNN International\tUS\tbroadcaster\n", "outlets.tsv", problems)
            .over(LIST), Map.of());
    assertEquals("CNN International", mine.decide(stated).outlet(), "the stated host, looked up again");
    assertEquals(Basis.STATED, mine.decide(stated).publisher().basis());
    assertEquals("CNN International", mine.decide(addressed).outlet());
    assertEquals(Basis.ADDRESS, mine.decide(addressed).publisher().basis());
    assertSame(stated, Outlets.shipped().decide(stated), "nothing new: the same article");
  }

  @Test
  void anOutletFileNamesItsOutletAloneOrFieldByField() {
    List<String> problems = new ArrayList<>();
    Outlet alone = OutletFile.parse("# who we are\nSpringfield Gazette\n", "seeds/g/outlet.txt",
        "g/outlet.txt", LIST, problems);
    assertEquals(new Outlet("Springfield Gazette", null, null, null, Basis.FOLDER_FILE,
        "g/outlet.txt"), alone);
    Outlet fields = OutletFile.parse("name: Springfield Gazette\ncountry: us\nkind: Newspaper\n",
        "seeds/g/outlet.txt", "g/outlet.txt", LIST, problems);
    assertEquals("US", fields.country());
    assertEquals(OutletKind.NEWSPAPER, fields.kind());
    assertEquals(List.of(), problems);
  }

  @Test
  void anOutletFileTakesWhatItLeavesOutFromTheList() {
    List<String> problems = new ArrayList<>();
    Outlet byName = OutletFile.parse("The Guardian\n", "f", "k", LIST, problems);
    assertEquals("theguardian.com", byName.host());
    assertEquals("GB", byName.country());
    assertEquals(OutletKind.NEWSPAPER, byName.kind());
    Outlet byHost = OutletFile.parse("host: https://www.bbc.co.uk/news\n", "f", "k", LIST, problems);
    assertEquals("BBC News", byHost.name());
    assertEquals(OutletKind.BROADCASTER, byHost.kind());
    Outlet own = OutletFile.parse("name: The Guardian\nkind: blog\n", "f", "k", LIST, problems);
    assertEquals(OutletKind.BLOG, own.kind(), "what the file says wins over the list");
    assertEquals(List.of(), problems);
  }

  @Test
  void aWrongOutletFileSaysWhereAndWhat() {
    List<String> problems = new ArrayList<>();
    Outlet outlet = OutletFile.parse("name: Gazette\ncolour: blue\nkind: tabloid\nA second name\n",
        "seeds/g/outlet.txt", "g/outlet.txt", LIST, problems);
    assertEquals("Gazette", outlet.name());
    assertNull(outlet.kind());
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("seeds/g/outlet.txt line 2: 'colour' is not one of"),
        problems.get(0));
    assertTrue(problems.get(1).startsWith("seeds/g/outlet.txt line 3: 'tabloid' is not a kind"),
        problems.get(1));
    assertTrue(problems.get(2).startsWith("seeds/g/outlet.txt line 4: a second name"), problems.get(2));
    problems.clear();
    assertNull(OutletFile.parse("# nothing here\n\n", "seeds/g/outlet.txt", "g/outlet.txt", LIST,
        problems));
    assertEquals(List.of("seeds/g/outlet.txt: names no outlet (write its name on a line, or"
        + " name: ...); the file is ignored"), problems);
  }

  private static Document document(String source, String outlet, String url) {
    return new Document(source, InputFormat.TEXT, "A title",
        new DocumentMetadata(outlet, null, null, null, url, null, List.of()),
        List.of(Block.paragraph("Leaders met in Paris on Tuesday.")), List.of());
  }
}
