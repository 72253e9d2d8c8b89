package org.newsdigest.build;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;
import org.newsdigest.render.ContentDigests;

/**
 * The digests of one build's articles ({@link FileReadCodec#digest}) and events ({@link
 * MergeMemoryCodec#digest}), looked up both ways: how the render memo kept in the cache folder
 * names them between processes.
 */
final class BuildDigests implements ContentDigests {
  private final Map<Article, byte[]> ofArticle;
  private final Map<Event, byte[]> ofEvent = new IdentityHashMap<>();
  private final Map<ByteBuffer, Article> articles = new HashMap<>();
  private final Map<ByteBuffer, Event> events = new HashMap<>();

  /** @param articleDigests each article's digest, by the very object */
  BuildDigests(Map<Article, byte[]> articleDigests, List<Event> eventList) {
    this.ofArticle = articleDigests;
    articleDigests.forEach((article, digest) -> articles.put(ByteBuffer.wrap(digest), article));
    List<byte[]> digests = eventList.parallelStream()
        .map(event -> MergeMemoryCodec.digest(event, articleDigests)).toList();
    for (int e = 0; e < eventList.size(); e++) {
      ofEvent.put(eventList.get(e), digests.get(e));
      events.put(ByteBuffer.wrap(digests.get(e)), eventList.get(e));
    }
  }

  /**
   * Each article's {@link FileReadCodec#digest}, worked out on every core: what the merge
   * memory matches articles by, and what events' digests name their articles by.
   */
  static Map<Article, byte[]> ofArticles(List<Article> articles) {
    List<byte[]> digests = articles.parallelStream().map(FileReadCodec::digest).toList();
    Map<Article, byte[]> byArticle = new IdentityHashMap<>(articles.size() * 2);
    for (int i = 0; i < articles.size(); i++) {
      byArticle.put(articles.get(i), digests.get(i));
    }
    return byArticle;
  }

  @Override
  public byte[] of(Event event) {
    return ofEvent.get(event);
  }

  @Override
  public byte[] of(Article article) {
    return ofArticle.get(article);
  }

  @Override
  public Event event(byte[] digest) {
    return events.get(ByteBuffer.wrap(digest));
  }

  @Override
  public Article article(byte[] digest) {
    return articles.get(ByteBuffer.wrap(digest));
  }
}
