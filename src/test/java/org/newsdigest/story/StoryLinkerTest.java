package org.newsdigest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.entities.EntityTableBuilder;
import org.newsdigest.model.Article;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.InputFormat;
import org.newsdigest.model.Outlet;
import org.newsdigest.model.Participant;
import org.newsdigest.model.Storyline;
import org.newsdigest.model.SummarySentence;

/** Storylines from hand-made events, each test one rule of the spec. */
class StoryLinkerTest {
  private final StoryLinker linker = new StoryLinker();

  /** The storylines of {@code events}, with their entity table built as a build does. */
  private List<Storyline> link(List<Event> events) {
    return linker.link(events, EntityTableBuilder.build(events));
  }

  /**
   * An event of one article; {@code names} are "person:Name" or "org:Name", with the name's other
   * spellings after bars: "person:Dana Whitfield|Whitfield".
   */
  static Event event(String title, LocalDate date, String summary, String... names) {
    String source = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".txt";
    Article article = new Article(source, InputFormat.TEXT, title, false, Outlet.stated("Courier"), null, null,
        null, null, "en", null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
    List<Participant> participants = new ArrayList<>();
    for (String name : names) {
      boolean person = name.startsWith("person:");
      List<String> spellings = List.of(name.substring(name.indexOf(':') + 1).split("\\|"));
      participants.add(new Participant(name, person ? EntityType.PERSON : EntityType.ORGANISATION,
          spellings.get(0), spellings.subList(1, spellings.size()), null, List.of(source)));
    }
    return new Event(title, date, null, null, participants, List.of(article),
        List.of(new SummarySentence(summary, source)), List.of(), List.of(), List.of(), List.of(),
        null, null);
  }

  private static final Event SHOOTING = event("Two killed in shooting at Riverside plant",
      LocalDate.of(2025, 3, 4),
      "A gunman killed two workers at the Riverside packaging plant on Tuesday, police said.",
      "person:Dana Whitfield", "org:Riverside Packaging", "person:Tom Greer");
  private static final Event ARREST = event("Suspect in Riverside plant shooting arrested",
      LocalDate.of(2025, 3, 6),
      "Police arrested Dana Whitfield, a former employee, two days after the shooting.",
      "person:Dana Whitfield", "org:Riverside Packaging");
  private static final Event TRIAL = event("Trial opens for Riverside shooting suspect",
      LocalDate.of(2025, 7, 14),
      "Dana Whitfield pleaded not guilty as the murder trial over the plant shooting opened.",
      "person:Dana Whitfield", "person:Judge Alma Reyes");
  private static final Event OTHER_SHOOTING = event("Three killed in shooting at Lakeside mall",
      LocalDate.of(2025, 5, 2),
      "A gunman killed three shoppers at the Lakeside mall on Friday, police said.",
      "person:Robert Klein", "org:Lakeside Mall");

  @Test
  void followUpsOfOneCaseFormOneStoryOldestFirst() {
    List<Storyline> stories = link(List.of(TRIAL, OTHER_SHOOTING, ARREST, SHOOTING));
    assertEquals(1, stories.size(), stories.toString());
    Storyline story = stories.get(0);
    assertEquals(List.of(SHOOTING, ARREST, TRIAL), story.events());
    assertEquals("Dana Whitfield", story.shared().get(0));
    assertEquals("dana-whitfield-riverside-packaging-2025-03", story.slug());
    // The arrest is tied to both others: it is the story's centre and gives its title.
    assertEquals(ARREST.title(), story.title());
  }

  @Test
  void twoEventsOfTheSameKindWithDifferentPeopleAreNotLinked() {
    Event quake = event("Strong earthquake shakes northern province", LocalDate.of(2024, 2, 1),
        "A magnitude 6.1 earthquake damaged hundreds of homes, officials said.",
        "person:Amir Tehrani", "org:Seismology Institute");
    Event otherQuake = event("Strong earthquake shakes southern province", LocalDate.of(2024, 2, 20),
        "A magnitude 5.8 earthquake damaged dozens of homes, officials said.",
        "person:Leyla Saberi", "org:Red Crescent");
    assertTrue(link(List.of(quake, otherQuake)).isEmpty());
    assertTrue(link(List.of(SHOOTING, OTHER_SHOOTING)).isEmpty());
  }

  @Test
  void aSharedNameAloneWithNothingElseInCommonDoesNotLink() {
    Event concert = event("Orchestra opens its winter season", LocalDate.of(2025, 3, 20),
        "The city orchestra played to a full hall.", "person:Dana Whitfield");
    assertTrue(link(List.of(SHOOTING, concert)).isEmpty());
  }

  @Test
  void eventsTooFarApartOrUndatedAreNotLinked() {
    Event muchLater = event("Riverside shooting suspect appeals", LocalDate.of(2027, 1, 10),
        "Dana Whitfield appealed the murder verdict over the plant shooting.",
        "person:Dana Whitfield", "org:Riverside Packaging");
    assertTrue(link(List.of(SHOOTING, muchLater)).isEmpty());
    Event undated = event("Riverside shooting suspect appeals", null,
        "Dana Whitfield appealed the murder verdict over the plant shooting.",
        "person:Dana Whitfield", "org:Riverside Packaging");
    assertTrue(link(List.of(SHOOTING, undated)).isEmpty());
  }

  @Test
  void newsOutletsNamedAsOrganisationsTieNothing() {
    Event a = event("Flooding closes mountain road", LocalDate.of(2025, 1, 5),
        "Heavy rain flooded the mountain road, officials said.",
        "org:Associated Press", "org:Regional Gazette");
    Event b = event("Flooding closes coastal road", LocalDate.of(2025, 1, 9),
        "Heavy rain flooded the coastal road, officials said.",
        "org:Associated Press", "org:Regional Gazette");
    assertTrue(link(List.of(a, b)).isEmpty());
  }

  @Test
  void aSurnameIsThePersonTheEntityTableJoinsItTo() {
    Event charged = event("Riverside shooting suspect charged with murder", LocalDate.of(2025, 3, 9),
        "Prosecutors charged Whitfield with two counts of murder over the plant shooting.",
        "person:Whitfield", "org:County Prosecutor");
    Event arrest = event("Suspect in Riverside plant shooting arrested", LocalDate.of(2025, 3, 6),
        "Police arrested Dana Whitfield, a former employee, two days after the shooting.",
        "person:Dana Whitfield|Whitfield", "org:Riverside Police");
    List<Storyline> stories = link(List.of(charged, arrest));
    assertEquals(1, stories.size(), "the table makes 'Whitfield' Dana Whitfield: " + stories);
    assertEquals("Dana Whitfield", stories.get(0).shared().get(0));

    // With two Whitfields in the digest the surname says neither, so it ties nothing.
    Event other = event("Council elects new chair", LocalDate.of(2025, 2, 1),
        "The council elected Rosa Whitfield as its chair.", "person:Rosa Whitfield|Whitfield");
    assertTrue(link(List.of(charged, arrest, other)).isEmpty());
  }

  @Test
  void accentsAndCaseDoNotSplitAParticipant() {
    Event a = event("Minister resigns over contract affair", LocalDate.of(2025, 9, 1),
        "Minister José Núñez resigned over the contract affair.", "person:José Núñez");
    Event b = event("Inquiry into contract affair opens", LocalDate.of(2025, 9, 15),
        "An inquiry into the contract affair that cost Jose Nunez his post opened.",
        "person:JOSE NUNEZ");
    List<Storyline> stories = link(List.of(b, a));
    assertEquals(1, stories.size());
    assertEquals(List.of(a, b), stories.get(0).events());
  }

  @Test
  void theSubjectOfADigestTiesNoStory() {
    // Sixty events over a year; the president is named by twenty of them, each about something
    // else, with the word "president" in common. Only two of them share a rarer person too.
    List<Event> events = new ArrayList<>();
    LocalDate start = LocalDate.of(2025, 1, 6);
    for (int i = 0; i < 60; i++) {
      String subject = "Topic" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
      events.add(i % 3 == 0
          ? event("President speaks on " + subject, start.plusDays(6L * i),
              "The president spoke on " + subject + " in the capital.",
              "person:Ana Ruiz", "person:Aide " + subject)
          : event("Report on " + subject, start.plusDays(6L * i),
              "A report on " + subject + " was published.", "person:Writer " + subject));
    }
    events.set(3, event("President names envoy Lio Park", start.plusDays(18),
        "The president named Lio Park as envoy.", "person:Ana Ruiz", "person:Lio Park"));
    events.set(6, event("Envoy Lio Park starts mission", start.plusDays(36),
        "Lio Park, the president's envoy, started the mission.", "person:Ana Ruiz",
        "person:Lio Park"));
    List<Storyline> stories = link(events);
    assertEquals(1, stories.size(), stories.toString());
    assertEquals(List.of(events.get(3), events.get(6)), stories.get(0).events());
  }

  @Test
  void aChainOfEventsEachSharingSomeoneElseWithTheNextIsNotOneStory() {
    // Five hearings a week apart; each names the minister of the one before and a new one.
    List<Event> events = new ArrayList<>();
    String[] ministers = {"Aldo Berg", "Bea Cruz", "Cai Dorn", "Dov Enns", "Eli Faro", "Fay Gish"};
    for (int i = 0; i < 5; i++) {
      events.add(event("Committee hears minister " + ministers[i + 1],
          LocalDate.of(2025, 2, 3).plusWeeks(i),
          "The committee heard the minister in the budget hearing.",
          "person:" + ministers[i], "person:" + ministers[i + 1]));
    }
    List<Storyline> stories = link(events);
    // the first two links make a story of three (half of the new member's pairs are linked);
    // a fourth event is tied to one of the three only, so the chain stops there
    for (Storyline story : stories) {
      assertTrue(story.events().size() <= 3, story.events().toString());
    }
  }

  @Test
  void storiesAreNewestFirstWithUniqueSlugs() {
    Event a1 = event("Strike at port enters second day", LocalDate.of(2025, 6, 2),
        "Dock workers led by Ines Prado kept the port strike going.", "person:Ines Prado");
    Event a2 = event("Port strike ends with pay deal", LocalDate.of(2025, 6, 9),
        "Ines Prado said the port strike ended with a pay deal.", "person:Ines Prado");
    // Another Ines Prado, another story the same month: a different slug all the same.
    Event b1 = event("Ines Prado wins chess title", LocalDate.of(2025, 6, 20),
        "Ines Prado won the national chess title.", "person:Ines Prado");
    Event b2 = event("Chess champion Ines Prado defends title", LocalDate.of(2026, 5, 1),
        "Ines Prado defended her national chess title.", "person:Ines Prado");
    List<Storyline> stories = link(List.of(a1, a2, b1, b2));
    // With one name in common every event qualifies on name; the themes keep the stories apart.
    assertEquals(2, stories.size(), stories.toString());
    assertEquals(List.of(b1, b2), stories.get(0).events());
    assertEquals(List.of(a1, a2), stories.get(1).events());
    assertEquals("ines-prado-2025-06", stories.get(0).slug());
    assertEquals("ines-prado-2025-06-2", stories.get(1).slug());
  }

  @Test
  void tenThousandEventsWithOneUbiquitousNameStayInSmallStories() {
    List<Event> events = new ArrayList<>();
    LocalDate start = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < 10_000; i++) {
      int story = i / 2;
      events.add(event("Case " + story + " hearing " + (i % 2), start.plusDays(i / 50),
          "Hearing in case number " + story + " of the docket.",
          "person:President Everywhere", "person:Defendant Number" + story));
    }
    List<Storyline> stories = link(events);
    assertEquals(5_000, stories.size());
    assertTrue(stories.stream().allMatch(s -> s.events().size() == 2));
    assertEquals(stories, link(events), "the same events give the same stories");
  }
}
