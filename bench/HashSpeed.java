import java.security.MessageDigest;
import java.util.Random;
import org.newsdigest.model.Murmur3;

/**
 * How fast SHA-256 and newsdigest's MurmurHash3 hash an 8 KB buffer over and over (1 GiB each,
 * three rounds). Run it under the JIT the launcher picks for builds, and under C2:
 *
 *   java -XX:TieredStopAtLevel=1 -cp target/newsdigest.jar bench/HashSpeed.java
 *   java -cp target/newsdigest.jar bench/HashSpeed.java
 */
public class HashSpeed {
  public static void main(String[] args) throws Exception {
    byte[] buffer = new byte[8192];
    new Random(1).nextBytes(buffer);
    int times = (1 << 30) / buffer.length;
    long sink = 0;
    for (int round = 1; round <= 3; round++) {
      long start = System.nanoTime();
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < times; i++) {
        sha.update(buffer);
      }
      sink += sha.digest()[0];
      long shaNanos = System.nanoTime() - start;
      start = System.nanoTime();
      Murmur3 murmur = new Murmur3();
      for (int i = 0; i < times; i++) {
        murmur.update(buffer, 0, buffer.length);
      }
      sink += murmur.digest()[0];
      long murmurNanos = System.nanoTime() - start;
      System.out.printf("round %d: SHA-256 %.0f MB/s, MurmurHash3 %.0f MB/s%n", round,
          (1 << 30) / 1e6 / (shaNanos / 1e9), (1 << 30) / 1e6 / (murmurNanos / 1e9));
    }
    System.out.println("checksum " + sink); // keeps the hashing from being optimised away
  }
}
