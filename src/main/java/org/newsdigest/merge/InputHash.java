package org.newsdigest.merge;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.newsdigest.model.Murmur3;

/**
 * A 128-bit {@link Murmur3} hash of a sequence of ints and strings, for the memos of a
 * remembering merger ({@link AssemblyInputs}, {@link PairMemo}): values are collected as ints
 * and hashed at once. Not thread-safe; one per hash.
 */
final class InputHash {
  private int[] values = new int[256];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /** A string as its length, then its chars: no two strings give the same values. */
  void add(String text) {
    add(text.length());
    for (int c = 0; c < text.length(); c++) {
      add(text.charAt(c));
    }
  }

  /**
   * The weights of article {@code i}'s vector, as the document frequency step of each of its
   * terms in term order: with the article itself and the corpus size's step, they decide the
   * vector. The terms follow from the article, and their ids keep their order whatever is
   * added, since ids are ranks in sorted term order.
   */
  void addTermSteps(Corpus corpus, int i) {
    SparseVector vector = corpus.evidence(i).vector();
    add(vector.size());
    for (int t = 0; t < vector.size(); t++) {
      add(corpus.weights().frequencyStep(vector.idAt(t)));
    }
  }

  /** The hash of everything added, 16 bytes. */
  byte[] digest() {
    ByteBuffer bytes = ByteBuffer.allocate(size * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asIntBuffer().put(values, 0, size);
    Murmur3 hash = new Murmur3();
    hash.update(bytes.array(), 0, bytes.capacity());
    return hash.digest();
  }
}
