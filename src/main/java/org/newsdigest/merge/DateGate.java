package org.newsdigest.merge;

import java.util.Arrays;
import java.util.List;

/**
 * One happening has one date: two clusters join only when their dated reports fall within a few
 * days of one another. Sure dates (a dateline, a day the lead states) must lie within {@link
 * MergeSettings#sureDays()} days; any known dates, publication days included, within {@link
 * MergeSettings#knownDays()}. The span must hold {@link MergeSettings#dateShare()} of the two
 * clusters' dated reports and some of each: one misread weekday among many reports of one day
 * does not keep a cluster from its event, while two clusters whose dates lie apart never join.
 */
final class DateGate implements JoinGate {
  /** An item without a date of that kind. */
  static final int NONE = Integer.MIN_VALUE;

  private final Span sure;
  private final Span known;
  private final int sureDays;
  /** Per cluster: the latest publication day of its reports dated only by it, and how many. */
  private final int[] lastPublished;
  private final int[] publishedOnly;

  private DateGate(Days days, MergeSettings settings, int[] weight) {
    sure = new Span(days.sure, weight, settings.sureDays(), settings.dateShare());
    known = new Span(days.known, weight, settings.knownDays(), settings.dateShare());
    sureDays = settings.sureDays();
    lastPublished = days.published.clone();
    publishedOnly = new int[weight.length];
    for (int i = 0; i < weight.length; i++) {
      publishedOnly[i] = days.published[i] == NONE ? 0 : weight[i];
    }
  }

  @Override
  public boolean allows(int a, int b, double average) {
    return sure.allows(a, b) && known.allows(a, b) && notBefore(a, b) && notBefore(b, a);
  }

  /**
   * False when every dated report of cluster {@code a} is dated only by its publication day and
   * the latest of those lies more than {@link MergeSettings#sureDays()} before the first sure date
   * of cluster {@code b}: reports out before a happening cannot report it (a preview says when
   * the happening will be, and is dated by that day).
   */
  private boolean notBefore(int a, int b) {
    if (publishedOnly[a] == 0 || sure.dated(a) || !sure.dated(b)) {
      return true;
    }
    return (long) lastPublished[a] >= (long) sure.first(b) - sureDays;
  }

  @Override
  public void joined(int a, int b, double average) {
    sure.join(a, b);
    known.join(a, b);
    lastPublished[a] = Math.max(lastPublished[a], lastPublished[b]);
    publishedOnly[a] += publishedOnly[b];
  }

  /** The event days of some articles (epoch days, or {@link #NONE}), for gates over them. */
  static final class Days {
    private final int[] sure;
    private final int[] known;
    /** The publication day of reports dated only by it, else {@link #NONE}. */
    private final int[] published;

    private Days(int[] sure, int[] known, int[] published) {
      this.sure = sure;
      this.known = known;
      this.published = published;
    }

    /** The days of corpus articles {@code members}, item x standing for {@code members[x]}. */
    static Days of(Corpus corpus, List<Integer> members) {
      int[] sure = new int[members.size()];
      int[] known = new int[members.size()];
      int[] published = new int[members.size()];
      for (int x = 0; x < members.size(); x++) {
        EventDate date = corpus.evidence(members.get(x)).date();
        known[x] = date == null ? NONE : Math.toIntExact(date.date().toEpochDay());
        sure[x] = date == null || !date.confident() ? NONE : known[x];
        published[x] = date == null || date.strength() != EventDate.PUBLICATION ? NONE : known[x];
      }
      return new Days(sure, known, published);
    }

    /** The days of some of these items: item {@code x} of the result is {@code items.get(x)}. */
    Days among(List<Integer> items) {
      int[] s = new int[items.size()];
      int[] k = new int[items.size()];
      int[] p = new int[items.size()];
      for (int x = 0; x < items.size(); x++) {
        s[x] = sure[items.get(x)];
        k[x] = known[items.get(x)];
        p[x] = published[items.get(x)];
      }
      return new Days(s, k, p);
    }

    /** Gates over these items under {@code settings}. */
    JoinGate.Factory gates(MergeSettings settings) {
      return weight -> new DateGate(this, settings, weight);
    }

    /** True when the dates of item groups {@code a} and {@code b} agree, as a gate sees it. */
    boolean agree(List<Integer> a, List<Integer> b, MergeSettings settings) {
      int[][] sureA = histogram(sure, a);
      int[][] sureB = histogram(sure, b);
      return Span.allows(sureA, sureB, settings.sureDays(), settings.dateShare())
          && Span.allows(histogram(known, a), histogram(known, b), settings.knownDays(),
              settings.dateShare())
          && notBefore(a, sureA, sureB, settings) && notBefore(b, sureB, sureA, settings);
    }

    /** {@link DateGate#notBefore} of two groups, their sure days given as histograms. */
    private boolean notBefore(List<Integer> a, int[][] sureA, int[][] sureB,
        MergeSettings settings) {
      int last = a.stream().mapToInt(x -> published[x]).max().orElse(NONE);
      if (last == NONE || sureA[0].length > 0 || sureB[0].length == 0) {
        return true;
      }
      return (long) last >= (long) sureB[0][0] - settings.sureDays();
    }

    /** The dated items of a group: {distinct days ascending, how many give each}. */
    private static int[][] histogram(int[] day, List<Integer> group) {
      int[] dated = group.stream().mapToInt(x -> day[x]).filter(d -> d != NONE).sorted()
          .toArray();
      int[] days = new int[dated.length];
      int[] counts = new int[dated.length];
      int n = 0;
      for (int d : dated) {
        if (n > 0 && days[n - 1] == d) {
          counts[n - 1]++;
        } else {
          days[n] = d;
          counts[n++] = 1;
        }
      }
      return new int[][] {Arrays.copyOf(days, n), Arrays.copyOf(counts, n)};
    }
  }

  /** Each cluster's dated items of one kind: distinct days ascending, with how many give each. */
  private static final class Span {
    private final int[][] days;
    private final int[][] counts;
    private final int window;
    private final double share;

    Span(int[] day, int[] weight, int window, double share) {
      this.window = window;
      this.share = share;
      days = new int[day.length][];
      counts = new int[day.length][];
      for (int i = 0; i < day.length; i++) {
        boolean dated = day[i] != NONE;
        days[i] = dated ? new int[] {day[i]} : new int[0];
        counts[i] = dated ? new int[] {weight[i]} : new int[0];
      }
    }

    /**
     * True when either cluster is undated, or some span of {@code window + 1} days holds the
     * required share of both clusters' dated items and at least one of each.
     */
    boolean allows(int a, int b) {
      return allows(new int[][] {days[a], counts[a]}, new int[][] {days[b], counts[b]}, window,
          share);
    }

    /** True when cluster {@code c} holds a dated item. */
    boolean dated(int c) {
      return days[c].length > 0;
    }

    /** The earliest day of cluster {@code c}'s dated items; it must hold one. */
    int first(int c) {
      return days[c][0];
    }

    /** {@link #allows(int, int)} of two clusters given as {days ascending, counts}. */
    static boolean allows(int[][] a, int[][] b, int window, double share) {
      if (a[0].length == 0 || b[0].length == 0) {
        return true;
      }
      int[][] merged = merge(a, b);
      int[] day = merged[0];
      int[] count = merged[1];
      long total = 0;
      for (int c : count) {
        total += c;
      }
      long inside = 0;
      int from = 0;
      for (int to = 0; to < day.length; to++) {
        inside += count[to];
        while ((long) day[to] - day[from] > window) {
          inside -= count[from++];
        }
        if (inside >= share * total && holds(a[0], day[from], day[to])
            && holds(b[0], day[from], day[to])) {
          return true;
        }
      }
      return false;
    }

    private static boolean holds(int[] days, int from, int to) {
      int at = Arrays.binarySearch(days, from);
      int next = at >= 0 ? at : -at - 1;
      return next < days.length && days[next] <= to;
    }

    void join(int a, int b) {
      int[][] merged = merge(new int[][] {days[a], counts[a]}, new int[][] {days[b], counts[b]});
      days[a] = merged[0];
      counts[a] = merged[1];
      days[b] = new int[0];
      counts[b] = new int[0];
    }

    /** The union of two {days ascending, counts} histograms. */
    private static int[][] merge(int[][] a, int[][] b) {
      int[] x = a[0];
      int[] y = b[0];
      int[] day = new int[x.length + y.length];
      int[] count = new int[day.length];
      int i = 0;
      int j = 0;
      int n = 0;
      while (i < x.length || j < y.length) {
        int next = j >= y.length || (i < x.length && x[i] <= y[j]) ? x[i] : y[j];
        day[n] = next;
        while (i < x.length && x[i] == next) {
          count[n] += a[1][i++];
        }
        while (j < y.length && y[j] == next) {
          count[n] += b[1][j++];
        }
        n++;
      }
      return new int[][] {Arrays.copyOf(day, n), Arrays.copyOf(count, n)};
    }
  }
}
