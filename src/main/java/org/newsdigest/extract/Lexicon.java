package org.newsdigest.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The small closed word lists the rule-based recogniser relies on. They are general English
 * news vocabulary (roles, institution words, speech verbs), never names from one article.
 */
final class Lexicon {

  private Lexicon() {}

  /** Nouns that name a role a person holds, singular and plural, lower case. */
  static final Set<String> ROLES =
      Set.of(
          "president", "presidents", "vice", "prime", "minister", "ministers", "chancellor",
          "secretary", "envoy", "envoys", "ambassador", "spokesman", "spokeswoman", "spokesperson",
          "senator", "sen", "governor", "gov", "mayor", "ceo", "chief", "judge", "officer", "general",
          "gen", "king", "queen", "pope", "prince", "princess", "actor", "actress", "singer", "coach",
          "director", "manager", "chairman", "chairwoman", "chair", "commissioner", "representative",
          "rep", "congressman", "congresswoman", "lawmaker", "leader", "founder", "captain", "capt",
          "sheriff", "inspector", "detective", "sergeant", "sgt", "lieutenant", "lt", "colonel", "col",
          "commander", "premier", "deputy", "negotiator", "negotiators", "adviser", "advisor",
          "author", "writer", "rapper", "star", "player", "striker", "goalkeeper", "boss", "attorney",
          "lawyer", "prosecutor", "superintendent", "constable", "emperor", "cardinal", "archbishop",
          "bishop", "rabbi", "imam", "professor", "prof", "head", "executive", "editor", "reporter",
          "correspondent", "analyst", "economist", "spokesmen", "officials", "official", "guard",
          "quarterback", "pitcher", "defender", "forward", "midfielder", "model", "musician",
          "comedian", "director-general", "secretary-general", "president-elect", "dictator",
          "marshal", "admiral", "major", "diplomat", "foreign", "defence", "defense", "interior",
          "finance", "health", "justice", "assistant", "acting", "interim", "former", "senior",
          "lead", "founding", "co-founder", "owner", "investor", "entrepreneur", "activist",
          "campaigner", "teacher", "doctor", "surgeon", "nurse", "firefighter", "trooper",
           "producer", "filmmaker", "journalist", "presenter", "host", "skipper",
          "cricketer", "footballer", "boxer", "driver", "cyclist", "runner", "champion", "chef",
          "designer", "architect", "scientist", "researcher", "candidate", "nominee", "mp", "mep",
          "councillor", "councilman", "councilwoman", "alderman", "magistrate", 
          "sultan", "emir", "sheikh", "ayatollah", "patriarch", "priest", "pastor", "monk", "const",
          "atty", "dist", "supt", "cmdr", "undersheriff");

  /**
   * Role words that are only modifiers: a role needs at least one head noun, so "former" or
   * "foreign" alone is not a role.
   */
  static final Set<String> ROLE_MODIFIERS =
      Set.of(
          "vice", "prime", "foreign", "defence", "defense", "interior", "finance",
          "health", "justice", "assistant", "acting", "interim", "former", "senior", "lead",
          "founding", "general", "head", "chief", "dist");

  /** Role words that can only be part of a role, never stand for one ("General" alone is a title). */
  static boolean isRole(String word) {
    return ROLES.contains(stripDot(word).toLowerCase(Locale.ROOT));
  }

  static boolean isRoleHead(String word) {
    String w = stripDot(word).toLowerCase(Locale.ROOT);
    return ROLES.contains(w) && !ROLE_MODIFIERS.contains(w) || w.equals("general") || w.equals("chief");
  }

  static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mx");

  /**
   * "Mr", "Mrs.", "Dr": an honorific as names take it, never in capitals ("MS Columbus" is a
   * ship, "DR" a country code).
   */
  static boolean isHonorific(String word) {
    String bare = stripDot(word);
    return HONORIFICS.contains(bare.toLowerCase(Locale.ROOT))
        && !(bare.length() >= 2 && bare.equals(bare.toUpperCase(Locale.ROOT)));
  }

  /**
   * First words that make "X of Y" a place: "Gulf of Aden", "Bay of Bengal", "Isle of Man".
   */
  static final Set<String> PLACE_HEADS =
      Set.of("gulf", "bay", "sea", "strait", "straits", "isle", "island", "islands", "cape",
          "lake", "mount", "port", "republic", "kingdom", "province", "county", "district",
          "region", "valley", "coast", "river");

  /** Last words that make a capitalised name an organisation. */
  static final Set<String> ORG_SUFFIXES =
      Set.of(
          "ministry", "council", "union", "organization", "organisation", "agency", "party", "bank",
          "university", "college", "school", "committee", "commission", "court", "police",
          "department", "inc", "corp", "corporation", "ltd", "llc", "plc", "group", "presidency",
          "parliament", "army", "forces", "force", "navy", "guard", "office", "institute",
          "foundation", "association", "federation", "league", "club", "company", "co", "service",
          "services", "authority", "board", "assembly", "congress", "senate", "government",
          "administration", "times", "post", "news", "press", "journal", "telegraph", "guardian",
          "magistrates", "hospital", "church", "network", "bureau", "fund", "alliance", "coalition",
          "airlines", "airways", "motors", "systems", "technologies", "media", "brigade", "fc",
          "unit", "squad", "team", "cabinet", "secretariat", "tribunal", "distribution", "reuters",
          "weekly", "magazine", "daily", "tribune", "herald", "gazette", "chronicle", "examiner",
          "courier", "inquirer", "bulletin", "radio", "television", "broadcasting", "channel");

  /** First words that make "X of Y" an organisation: "Ministry of Defence", "Bank of England". */
  static final Set<String> ORG_HEADS =
      Set.of(
          "ministry", "department", "bank", "university", "court", "council", "office", "house",
          "organization", "organisation", "league", "federation", "association", "institute",
          "commission", "committee", "board", "church", "coalition", "academy", "society",
          "museum", "school", "college", "bureau", "agency", "order", "union", "party");

  /** Institutions named by one word or a fixed phrase, usually with "the". */
  static final Set<String> INSTITUTIONS =
      Set.of(
          "kremlin", "white house", "pentagon", "elysee", "élysée", "élysée palace", "elysee palace",
          "downing street", "congress", "senate", "bundestag", "duma", "knesset", "vatican",
          "holy see", "supreme court", "state department", "home office", "foreign office",
          "capitol", "quai d'orsay", "un security council", "security council", "european union",
          "european commission", "united nations", "nato");

  /**
   * Last words that make a capitalised name a place ("Pacific Coast Highway", "Newport Beach"):
   * {@code cue-words.txt}, [place suffixes].
   */
  static final Set<String> PLACE_SUFFIXES = CueWords.section("place suffixes");

  /**
   * The states of the United States and the provinces of Canada as a dateline or an address
   * names them after a town ("Wasilla, Alaska", "Staunton, Va.", "Troy, N.Y."): names and the
   * usual news abbreviations, lower case, without full stops.
   */
  static final Set<String> STATES =
      Set.of("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
          "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
          "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
          "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
          "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
          "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
          "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia",
          "wisconsin", "wyoming", "ala", "ariz", "ark", "calif", "cal", "colo", "conn", "del",
          "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn",
          "miss", "mo", "mont", "neb", "nev", "nh", "nj", "nm", "ny", "nc", "nd", "okla", "ore",
          "pa", "ri", "sc", "sd", "tenn", "tex", "vt", "va", "wash", "wis", "wva", "wyo", "dc",
          "ontario", "quebec", "british columbia", "alberta", "manitoba", "saskatchewan",
          "nova scotia", "new brunswick", "ont", "que", "bc", "alta", "man", "sask", "ns");

  /** Lower-case words after a name that make it a region: "the Donbas region". */
  static final Set<String> REGION_WORDS =
      Set.of("region", "province", "oblast", "county", "district", "state", "valley", "area",
          "neighborhood", "neighbourhood", "suburb", "borough", "township");

  /** Verbs that attribute speech. */
  static final Set<String> SPEECH_VERBS =
      Set.of(
          "said", "says", "told", "tells", "added", "adds", "explained", "stated", "insisted",
          "emphasized", "emphasised", "noted", "wrote", "writes", "asked", "warned", "replied",
          "continued", "declared", "tweeted", "remarked", "argued", "acknowledged", "admitted",
          "recalled", "confirmed", "announced", "urged", "stressed", "claimed", "testified",
          "commented", "responded", "predicted", "vowed", "denied", "insists", "adding", "saying",
          "posted", "underlined", "underscored", "observed", "conceded", "cautioned", "pointed",
          "joked", "quipped", "concurred", "agreed", "complained", "lamented", "recounted",
          "reiterated", "maintained", "contended", "shouted", "pleaded", "sobbed", "wondered");

  /**
   * Capitalised words that open sentences or headings but never name anything: function
   * words, pronouns, and generic nouns that newswire capitalises only at a sentence start.
   */
  static final Set<String> NOT_NAMES =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
          "i", "you", "his", "her", "their", "our", "my", "your", "but", "and", "or", "so", "yet",
          "in", "on", "at", "for", "with", "after", "before", "while", "when", "where", "despite",
          "although", "though", "according", "as", "if", "because", "since", "meanwhile", "however",
          "also", "still", "then", "there", "here", "what", "who", "why", "how", "which", "all",
          "some", "many", "most", "more", "other", "others", "both", "each", "every", "no", "not",
          "one", "two", "three", "now", "today", "yesterday", "tomorrow", "earlier", "later",
          "officials", "police", "authorities", "witnesses", "experts", "analysts", "observers",
          "residents", "investigators", "sources", "critics", "leaders", "reports", "ceasefire",
          "conclusion", "introduction", "update", "updated", "published", "read", "watch", "share",
          "photo", "video", "do", "does", "did", "is", "are", "was",
          "were", "be", "will", "would", "can", "could", "should", "may", "might", "must", "has",
          "have", "had", "by", "from", "to", "of", "about", "over", "under", "into", "during",
          "amid", "against", "among", "between", "through", "until", "unless", "whether", "just",
          "only", "even", "instead", "thus", "once", "again", "further", "first", "last", "next",
          "new", "old", "high", "low", "key", "major", "global", "national", "international",
          "local", "government", "officers", "people", "doing", "being",  "like", "such",
          "second", "third", "several", "few", "any", "none", "nothing", "everyone", "someone",
          "nobody", "anyone", "whose", "whom", "lol", "ok", "am", "pm", "tv", "gmt", "bst", "utc",
          "edt", "est", "pdt", "pst", "cet", "ist", "ap");

  /**
   * Adjectives in {@link #NOT_NAMES} that open many real names inside a sentence: "the New York
   * Times", "the International Monetary Fund", "the National Marine Fisheries Service".
   */
  static final Set<String> NAME_OPENERS =
      Set.of("new", "old", "national", "international", "global", "local", "first", "high", "major",
          "second", "third");

  /**
   * Lower-case nouns that, right after a capitalised word, make it the name of a company, a
   * brand or a town rather than a person: "a Waitrose store", "Playboy founder", "Troy police".
   */
  static final Set<String> NOT_PERSON_HEADS =
      Set.of("store", "stores", "shop", "shops", "supermarket", "supermarkets", "branch", "chain",
          "brand", "founder", "spokesman", "spokeswoman", "spokesperson", "police", "officials",
          "employees", "staff", "workers", "shares", "shareholders", "headquarters", "studio",
          "magazine", "website", "ceremony", "ceremonies", "nominations", "nomination", "award",
          "awards", "residents", "firefighters", "firemen", "council", "county", "executives");

  /**
   * Verbs that headlines and sports listings capitalise right before or after a name ("Named
   * Jane Holbrook coach", "Holbrook Dies Aged 91", "Holbrook Checks Into Rehab"): never part of
   * a name.
   */
  static final Set<String> HEADLINE_VERBS =
      Set.of("dies", "died", "aged", "says", "named", "fired", "hired", "sacked", "appointed",
          "arrested", "charged", "sentenced", "jailed", "convicted", "acquitted", "killed",
          "injured", "wins", "quits", "resigns", "sues", "sued", "signs", "signed", "checks",
          "checked", "leaves", "returns", "joins", "slams", "blasts", "denies", "admits", "agrees",
          "traded", "released", "waived", "nominated", "elected", "dead", "hospitalised",
          "hospitalized", "confirms", "announces", "reveals", "enters", "exits");

  /**
   * Lower-case nouns that, right after a capitalised run, make it a business or an outlet: "a
   * Waitrose store", "People magazine", "Lionsgate studio" (not "police", "residents" or
   * "plant", which follow towns, nor "spokesman", which follows people too).
   */
  static final Set<String> BUSINESS_NOUNS =
      Set.of("store", "stores", "shop", "shops", "supermarket", "supermarkets", "chain", "brand",
          "shares", "shareholders", "headquarters", "studio", "studios", "magazine", "website",
          "newspaper", "network", "label", "executives", "employees", "tabloid", "broadcaster",
          "airline", "retailer", "subsidiary");

  /** Capitalised abbreviations that are ordinary words, not organisations. */
  static final Set<String> COMMON_ACRONYMS =
      Set.of(
          "ko", "kos", "dna", "suv", "tv", "ceo", "da", "ak", "ok", "hiv", "aids", "gdp", "id", "pc",
          "rv", "atm", "mvp", "cctv", "cpr", "gps", "iq", "phd", "vip", "ufo", "fm", "dj", "mc",
          "hq", "pr", "er", "icu", "dui", "dwi", "atv", "bbq", "lol", "omg", "faq", "diy", "mia",
          "usb", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "vp", "svp", "evp",
          "cfo", "coo", "cto", "cmo", "cio", "gm", "et", "pt", "ct", "mt", "akdt", "akst", "hst",
          "cdt", "cst", "mdt", "mst", "aest", "wwi", "wwii", "gi", "gis", "rip", "asap", "aka",
          "mph", "kph", "pdf", "url", "www", "mri", "gpa");

  /** Whether the whole name is a known institution ("Supreme Court", "White House"). */
  static boolean isInstitution(String name) {
    return INSTITUTIONS.contains(name.toLowerCase(Locale.ROOT));
  }

  static boolean isMonthOrWeekday(String word) {
    String w = stripDot(word).toLowerCase(Locale.ROOT);
    return EnglishCalendar.month(w) != null || EnglishCalendar.weekday(w) != null;
  }

  static String stripDot(String word) {
    return word.endsWith(".") && word.indexOf('.') == word.length() - 1
        ? word.substring(0, word.length() - 1)
        : word;
  }
}
