package org.newsdigest.render;

/**
 * An object as a part of a {@link RenderMemo} key that matches only itself: for an event or
 * article, whose record equality compares its content, where a page's reads of the site take it
 * by identity (the page plan's maps are keyed by the objects).
 */
record SameObject(Object object) {
  @Override
  public boolean equals(Object other) {
    return other instanceof SameObject that && that.object == object;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(object);
  }
}
