package org.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsdigest.model.Block;
import org.newsdigest.model.EntityType;

/**
 * Turns a person found in a list into evidence for its neighbours: in "Steve Witkoff and Jared
 * Kushner" one known person makes the other untyped full name a person too.
 */
final class PersonLists {

  private static final Pattern COORDINATION = Pattern.compile("^(?:,? and |, |,? or )$");

  private PersonLists() {}

  /** The candidates, in the same order, with persons spread along lists until nothing changes. */
  static List<Candidate> spread(List<Candidate> sorted, List<Block> blocks) {
    List<Candidate> candidates = new ArrayList<>(sorted);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i + 1 < candidates.size(); i++) {
        Candidate a = candidates.get(i);
        Candidate b = candidates.get(i + 1);
        if (a.block() != b.block() || b.start() < a.end()) {
          continue;
        }
        String gap = blocks.get(a.block()).text().substring(a.end(), b.start());
        if (!COORDINATION.matcher(gap).matches()) {
          continue;
        }
        if (a.type() == EntityType.PERSON && b.type() == null && b.looksLikeFullName()) {
          candidates.set(i + 1, b.withType(EntityType.PERSON));
          changed = true;
        } else if (b.type() == EntityType.PERSON && a.type() == null && a.looksLikeFullName()) {
          candidates.set(i, a.withType(EntityType.PERSON));
          changed = true;
        }
      }
    }
    return candidates;
  }
}
