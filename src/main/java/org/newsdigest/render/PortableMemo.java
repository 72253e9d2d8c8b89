package org.newsdigest.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;

/**
 * A {@link RenderMemo}'s pages in a form another process can take: each page's key and each
 * read's answer as a {@link PageFingerprint#portable} hash, and each question with its event or
 * article named by its {@link ContentDigests} digest. A question many pages ask (an event's page
 * address) is written once, in a table the pages point into, and worked out again once.
 *
 * <p>A page is taken when its key, and every answer to its questions asked again of this
 * process's render, hash as they did: the model it would make is then the one it made, as in
 * {@link RenderMemo}. A question about an event or article this process does not have fails, and
 * with it the page. One render at a time: the questions are answered against that render's
 * indexes, from every render thread.
 */
final class PortableMemo {
  private static final Object FAILS = new Object();

  /** A question as written: its kind and arguments, events and articles as digests. */
  private record Asked(PageReads.Question.Kind kind, byte[] event, byte[] article, Entity entity,
      String text, String extension, byte[] answer) {}

  /** A page as written: its key's hash, its fingerprint, and its questions as table places. */
  private record Page(byte[] key, byte[] fingerprint, int[] reads) {}

  /**
   * A page taken from a memo of another process: what this process keeps of it, and how it was
   * written there, for {@link #write} to write it again without working it out.
   */
  record Taken(RenderMemo.Kept kept, PortableMemo memo, Page page) {}

  private final byte[] settings;
  private final List<Asked> questions;
  private final Map<String, Page> pages;
  private final ContentDigests digests;
  /** Each question's {@link PageReads.Read} in this process once worked out, or {@link #FAILS}. */
  private final AtomicReferenceArray<Object> answered;

  private PortableMemo(byte[] settings, List<Asked> questions, Map<String, Page> pages,
      ContentDigests digests) {
    this.settings = settings;
    this.questions = questions;
    this.pages = pages;
    this.digests = digests;
    this.answered = new AtomicReferenceArray<>(questions.size());
  }

  /** The renderer settings the pages were made with, or null. */
  byte[] settings() {
    return settings;
  }

  /**
   * The fingerprint and reads of the page at {@code path}, when it was kept with a key that
   * hashes as {@code key} does and every question it asked is answered the same by {@code site};
   * else null.
   */
  Taken take(String path, Object key, SiteIndexes site) {
    Page page = pages.get(path);
    if (page == null || !Arrays.equals(page.key(), PageFingerprint.portable(key, digests))) {
      return null;
    }
    List<PageReads.Read> reads = new ArrayList<>(page.reads().length);
    for (int q : page.reads()) {
      Object read = answered.get(q);
      if (read == null) {
        read = answer(questions.get(q), site);
        answered.set(q, read); // the same in every thread: racing threads only repeat it
      }
      if (read == FAILS) {
        return null;
      }
      reads.add((PageReads.Read) read);
    }
    return new Taken(new RenderMemo.Kept(key, List.copyOf(reads), page.fingerprint()), this, page);
  }

  /** The question asked again in this process, with its answer when it hashes as it did. */
  private Object answer(Asked asked, SiteIndexes site) {
    Event event = asked.event() == null ? null : digests.event(asked.event());
    Article article = asked.article() == null ? null : digests.article(asked.article());
    if (asked.event() != null && event == null || asked.article() != null && article == null) {
      return FAILS;
    }
    PageReads.Question question = new PageReads.Question(asked.kind(), event, article,
        asked.entity(), asked.text(), asked.extension());
    Object answer = question.ask(site);
    return Arrays.equals(asked.answer(), PageFingerprint.portable(answer, digests))
        ? new PageReads.Read(question, answer) : FAILS;
  }

  /**
   * {@code kept} (a memo's pages by path) as bytes: the pages whose key, questions and answers
   * all have a portable form; the others are left out, to be modelled next time.
   */
  static byte[] write(byte[] settings, Map<String, RenderMemo.Kept> kept,
      Map<String, Taken> takenFrom, ContentDigests digests) {
    Map<PageReads.Question, Integer> table = new HashMap<>();
    List<Asked> questions = new ArrayList<>();
    Map<String, Page> pages = new LinkedHashMap<>(kept.size() * 2);
    // A taken page's questions are those of its memo's table: renumbered through this, not hashed.
    Map<PortableMemo, int[]> renumbered = new IdentityHashMap<>();
    // By path, so that the same pages give the same bytes, whatever order the render kept them in.
    new TreeMap<>(kept).forEach((path, page) -> {
      Taken taken = takenFrom.get(path);
      byte[] key = taken != null ? taken.page().key() : PageFingerprint.portable(page.key(), digests);
      if (key == null) {
        return;
      }
      int[] reads = new int[page.reads().size()];
      for (int r = 0; r < reads.length; r++) {
        if (taken != null) {
          int[] places = renumbered.computeIfAbsent(taken.memo(), memo -> {
            int[] none = new int[memo.questions.size()];
            Arrays.fill(none, -1);
            return none;
          });
          int was = taken.page().reads()[r];
          if (places[was] < 0) {
            places[was] = questions.size();
            questions.add(taken.memo().questions.get(was));
          }
          reads[r] = places[was];
          continue;
        }
        PageReads.Read read = page.reads().get(r);
        Integer at = table.get(read.question());
        if (at == null) {
          Asked asked = asked(read, digests);
          at = asked == null ? -1 : questions.size();
          table.put(read.question(), at);
          if (asked != null) {
            questions.add(asked);
          }
        }
        if (at < 0) {
          return;
        }
        reads[r] = at;
      }
      pages.put(path, new Page(key, page.fingerprint(), reads));
    });
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
      DataOutputStream out = new DataOutputStream(bytes);
      writeBytes(out, settings);
      out.writeInt(questions.size());
      for (Asked asked : questions) {
        out.writeByte(asked.kind().ordinal());
        writeBytes(out, asked.event());
        writeBytes(out, asked.article());
        Entity entity = asked.entity();
        out.writeBoolean(entity != null);
        if (entity != null) {
          writeText(out, entity.key());
          out.writeByte(entity.type().ordinal());
          writeText(out, entity.name());
          out.writeInt(entity.aliases().size());
          for (String alias : entity.aliases()) {
            writeText(out, alias);
          }
          writeText(out, entity.role());
        }
        writeText(out, asked.text());
        writeText(out, asked.extension());
        writeBytes(out, asked.answer());
      }
      out.writeInt(pages.size());
      for (Map.Entry<String, Page> entry : pages.entrySet()) {
        writeText(out, entry.getKey());
        writeBytes(out, entry.getValue().key());
        writeBytes(out, entry.getValue().fingerprint());
        out.writeInt(entry.getValue().reads().length);
        for (int q : entry.getValue().reads()) {
          out.writeInt(q);
        }
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
  }

  /** The question as written, or null when it or its answer has no portable form. */
  private static Asked asked(PageReads.Read read, ContentDigests digests) {
    PageReads.Question q = read.question();
    byte[] event = q.event() == null ? null : digests.of(q.event());
    byte[] article = q.article() == null ? null : digests.of(q.article());
    byte[] answer = PageFingerprint.portable(read.answer(), digests);
    if (q.event() != null && event == null || q.article() != null && article == null
        || answer == null) {
      return null;
    }
    return new Asked(q.kind(), event, article, q.entity(), q.text(), q.extension(), answer);
  }

  /**
   * What {@link #write} wrote, its events and articles to be found through {@code digests}.
   *
   * @throws IllegalArgumentException when the bytes are damaged
   */
  static PortableMemo read(byte[] bytes, ContentDigests digests) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      byte[] settings = readBytes(in);
      int count = count(in, bytes.length);
      List<Asked> questions = new ArrayList<>(count);
      PageReads.Question.Kind[] kinds = PageReads.Question.Kind.values();
      for (int q = 0; q < count; q++) {
        PageReads.Question.Kind kind = kinds[in.readUnsignedByte()];
        byte[] event = readBytes(in);
        byte[] article = readBytes(in);
        Entity entity = null;
        if (in.readBoolean()) {
          String key = readText(in);
          EntityType type = EntityType.values()[in.readUnsignedByte()];
          String name = readText(in);
          List<String> aliases = new ArrayList<>();
          for (int a = count(in, bytes.length); a > 0; a--) {
            aliases.add(readText(in));
          }
          entity = new Entity(key, type, name, aliases, readText(in));
        }
        questions.add(new Asked(kind, event, article, entity, readText(in), readText(in),
            readBytes(in)));
      }
      int pageCount = count(in, bytes.length);
      Map<String, Page> pages = new HashMap<>(pageCount * 2);
      for (int p = 0; p < pageCount; p++) {
        String path = readText(in);
        byte[] key = readBytes(in);
        byte[] fingerprint = readBytes(in);
        int[] reads = new int[count(in, bytes.length)];
        for (int r = 0; r < reads.length; r++) {
          reads[r] = in.readInt();
          if (reads[r] < 0 || reads[r] >= count) {
            throw new IllegalArgumentException("damaged render memo: question " + reads[r]);
          }
        }
        pages.put(path, new Page(key, fingerprint, reads));
      }
      if (in.read() != -1) {
        throw new IllegalArgumentException("damaged render memo: bytes left over");
      }
      return new PortableMemo(settings, questions, pages, digests);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("damaged render memo", e);
    }
  }

  private static int count(DataInputStream in, int most) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > most) {
      throw new IllegalArgumentException("damaged render memo: count " + count);
    }
    return count;
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes == null ? -1 : bytes.length);
    if (bytes != null) {
      out.write(bytes);
    }
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length == -1) {
      return null;
    }
    if (length < 0 || length > in.available()) {
      throw new IllegalArgumentException("damaged render memo: length " + length);
    }
    return in.readNBytes(length);
  }

  private static void writeText(DataOutputStream out, String text) throws IOException {
    writeBytes(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
  }

  private static String readText(DataInputStream in) throws IOException {
    byte[] bytes = readBytes(in);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }
}
