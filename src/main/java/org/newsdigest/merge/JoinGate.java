package org.newsdigest.merge;

/**
 * A test every join of {@link AverageLinkClustering} must pass besides its threshold, asked about
 * the two clusters as they are at that moment. A closed gate does not forbid the join for good:
 * when either cluster changes, the pair is asked again. The gate follows the clustering through
 * {@link #joined}, so it can keep what it needs about each cluster.
 */
interface JoinGate {
  /**
   * True when clusters {@code a} and {@code b} (named by their lowest item) may join at average
   * link {@code average}.
   */
  boolean allows(int a, int b, double average);

  /** Cluster {@code b} has been folded into cluster {@code a} at average link {@code average}. */
  void joined(int a, int b, double average);

  /** The gate that allows every join. */
  JoinGate OPEN = new JoinGate() {
    @Override
    public boolean allows(int a, int b, double average) {
      return true;
    }

    @Override
    public void joined(int a, int b, double average) {}
  };

  /** A gate that allows a join only when both {@code x} and {@code y} allow it. */
  static JoinGate both(JoinGate x, JoinGate y) {
    return new JoinGate() {
      @Override
      public boolean allows(int a, int b, double average) {
        return x.allows(a, b, average) && y.allows(a, b, average);
      }

      @Override
      public void joined(int a, int b, double average) {
        x.joined(a, b, average);
        y.joined(a, b, average);
      }
    };
  }

  /** Makes one gate per clustering run. */
  interface Factory {
    Factory NONE = weight -> OPEN;

    /** The factory of gates that both this and {@code other}'s gates must allow. */
    default Factory and(Factory other) {
      return weight -> both(gate(weight), other.gate(weight));
    }

    /** A fresh gate over items where item i stands for {@code weight[i]} identical items. */
    JoinGate gate(int[] weight);
  }
}
