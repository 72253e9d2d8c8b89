import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a recorded build spent its CPU: reads a JFR recording (bench/profile makes one) and
 * prints the share of execution samples per pipeline stage, the hottest newsdigest methods
 * (inclusive), the time the JIT compilers spent compiling and the collector's pauses.
 *
 * <p>A sample belongs to the stage of the outermost newsdigest frame that does a stage's work
 * (the orchestration in cli, serve and build.SiteBuilder is skipped), so work that a stage hands
 * to other threads (parallel streams, render workers) still counts for that stage. Run as a
 * source file: {@code java bench/BuildProfile.java REC.jfr [FROM-SECONDS]}; with FROM-SECONDS
 * only samples taken that long after the recording began count (to leave out a first build).
 */
public final class BuildProfile {
  private static final int TOP_METHODS = 40;

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: java bench/BuildProfile.java REC.jfr [FROM-SECONDS]");
      System.exit(2);
    }
    double from = args.length > 1 ? Double.parseDouble(args[1]) : 0;
    List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
    long start = events.stream().mapToLong(e -> e.getStartTime().toEpochMilli()).min().orElse(0);
    long after = start + (long) (from * 1000);
    Map<String, Integer> stages = new LinkedHashMap<>();
    for (String stage : List.of("read", "merge", "entities", "stories", "render", "publish",
        "other newsdigest", "outside newsdigest")) {
      stages.put(stage, 0);
    }
    Map<String, Integer> methods = new HashMap<>();
    int samples = 0;
    Duration compiling = Duration.ZERO;
    Duration paused = Duration.ZERO;
    int compilations = 0;
    int collections = 0;
    for (RecordedEvent event : events) {
      if (event.getStartTime().toEpochMilli() < after) {
        continue;
      }
      switch (event.getEventType().getName()) {
        case "jdk.ExecutionSample" -> {
          RecordedStackTrace stack = event.getStackTrace();
          if (stack == null) {
            continue;
          }
          samples++;
          stages.merge(stageOf(stack.getFrames()), 1, Integer::sum);
          Set<String> seen = new HashSet<>();
          for (RecordedFrame frame : stack.getFrames()) {
            String name = name(frame);
            // a lambda's own frame only repeats the method that holds its body
            if (name.startsWith("org.newsdigest.") && !name.contains("$$Lambda")
                && seen.add(name)) {
              methods.merge(name, 1, Integer::sum);
            }
          }
        }
        case "jdk.Compilation" -> {
          compiling = compiling.plus(event.getDuration());
          compilations++;
        }
        case "jdk.GarbageCollection" -> {
          paused = paused.plus(event.getDuration("sumOfPauses"));
          collections++;
        }
        default -> { }
      }
    }
    int total = Math.max(1, samples);
    System.out.printf("%d execution samples%n%nBy stage (outermost stage frame):%n", samples);
    stages.forEach((stage, n) -> System.out.printf("  %-20s %5.1f %%%n", stage, 100.0 * n / total));
    System.out.printf("%nHottest newsdigest methods (share of samples with the method on the stack):%n");
    List<Map.Entry<String, Integer>> hottest = new ArrayList<>(methods.entrySet());
    hottest.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    hottest.stream().limit(TOP_METHODS).forEach(e -> System.out.printf("  %5.1f %%  %s%n",
        100.0 * e.getValue() / total, e.getKey().substring("org.newsdigest.".length())));
    System.out.printf("%nJIT: %d compilations, %.1f s compiling (summed over compiler threads;"
        + " only those the recording's threshold keeps)%n", compilations, compiling.toMillis() / 1e3);
    System.out.printf("GC: %d collections, %.1f s paused%n", collections, paused.toMillis() / 1e3);
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  /** Frames come innermost first: the outermost stage frame is the last one found. */
  private static String stageOf(List<RecordedFrame> frames) {
    String stage = null;
    boolean ours = false;
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (!type.startsWith("org.newsdigest.")) {
        continue;
      }
      ours = true;
      String found = stageOfType(type.substring("org.newsdigest.".length()));
      if (found != null) {
        stage = found;
      }
    }
    return stage != null ? stage : ours ? "other newsdigest" : "outside newsdigest";
  }

  private static String stageOfType(String type) {
    String pkg = type.substring(0, Math.max(0, type.indexOf('.')));
    return switch (pkg) {
      case "ingest", "extract" -> "read";
      case "build" -> type.startsWith("build.SiteBuilder") ? null : "read";
      case "merge" -> "merge";
      case "entities" -> "entities";
      case "story" -> "stories";
      case "render" -> "render";
      case "publish" -> "publish";
      default -> null; // cli, serve, text, model: orchestration or shared helpers
    };
  }
}
