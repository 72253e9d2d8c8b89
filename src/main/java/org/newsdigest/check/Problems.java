package org.newsdigest.check;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one check run, in the order they were found. */
final class Problems {
  private final List<Problem> found = new ArrayList<>();

  void add(String path, String message) {
    found.add(new Problem(path, message));
  }

  List<Problem> list() {
    return List.copyOf(found);
  }
}
