package org.newsdigest.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A digest project's settings, {@code newsdigest.yaml}: one key per command-line option of
 * {@code build} and {@code serve} ({@code seeds: articles}, {@code base-url: https://...},
 * {@code port: 8080}), read from the working folder or {@code --config FILE}. Flags given on the
 * command line win; folders are relative to the file's own folder, so a project builds the same
 * from wherever it is run. An unknown key is an error naming it and its line, since a misspelt
 * key silently ignored is a setting that silently does not apply.
 *
 * <p>Read with SnakeYAML's safe constructor and composed to nodes, so that no tag can build an
 * object and every key keeps its line.
 */
final class ConfigFile implements CommandLine.IDefaultValueProvider {
  /** The file a project keeps its settings in, looked for in the working folder. */
  static final String NAME = "newsdigest.yaml";
  /** Keys naming folders or files: resolved against the file's folder. */
  private static final Set<String> FOLDERS = Set.of("seeds", "out", "templates", "cache", "opml");
  /** Options that are not settings: the file cannot set itself, ask for help or say how loud to be. */
  private static final Set<String> NOT_SETTINGS = Set.of("config", "help", "version", "quiet", "verbose");

  private final Path file;
  private final Map<String, String> values;

  private ConfigFile(Path file, Map<String, String> values) {
    this.file = file;
    this.values = values;
  }

  /** The settings of {@code file}; {@code known} are the keys the commands accept. */
  static ConfigFile read(Path file, Set<String> known) {
    Node root;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
    } catch (MarkedYAMLException e) {
      throw new UsageError(file + " line " + (e.getProblemMark().getLine() + 1) + ": not valid YAML: "
          + e.getProblem() + ".");
    } catch (IOException e) {
      throw new UsageError("The settings file '" + file + "' cannot be read: " + e.getMessage());
    }
    Map<String, String> values = new LinkedHashMap<>();
    if (root == null) {
      return new ConfigFile(file, values);
    }
    if (!(root instanceof MappingNode mapping)) {
      throw new UsageError(file + " line " + line(root) + ": expected 'key: value' lines.");
    }
    for (NodeTuple entry : mapping.getValue()) {
      Node keyNode = entry.getKeyNode();
      String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : "";
      if (!known.contains(key)) {
        throw new UsageError(file + " line " + line(keyNode) + ": unknown key '" + key + "'. Known keys: "
            + String.join(", ", known.stream().sorted().toList()) + ".");
      }
      if (!(entry.getValueNode() instanceof ScalarNode value)) {
        throw new UsageError(file + " line " + line(entry.getValueNode()) + ": '" + key
            + "' takes one value, not a list or a map.");
      }
      values.put(key, value.getValue());
    }
    return new ConfigFile(file, values);
  }

  /** Every key the file may set: the long names, without dashes, of the commands' options. */
  static Set<String> keysOf(List<CommandLine> commands) {
    Set<String> keys = new java.util.TreeSet<>();
    for (CommandLine command : commands) {
      for (OptionSpec option : command.getCommandSpec().options()) {
        String key = option.longestName().replaceFirst("^-+", "");
        if (!NOT_SETTINGS.contains(key) && !key.startsWith("no-")) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  /** The file's value for the option, a folder resolved against the file's folder, or null. */
  @Override
  public String defaultValue(ArgSpec argument) {
    if (!(argument instanceof OptionSpec option)) {
      return null;
    }
    String key = option.longestName().replaceFirst("^-+", "");
    String value = values.get(key);
    if (!FOLDERS.contains(key)) {
      return value;
    }
    Path folder = file.toAbsolutePath().getParent();
    if (value == null) {
      // A folder the file does not name is the command's default in the file's folder, not in the
      // working folder: the project's own seeds, site and templates wherever it is built from.
      Object initial = option.initialValue();
      if (initial instanceof Path path) {
        return relativeToWorkingFolder(folder.resolve(path));
      }
      Path templates = folder.resolve("templates");
      return key.equals("templates") && Files.isDirectory(templates) ? relativeToWorkingFolder(templates) : null;
    }
    Path path = Path.of(value);
    return path.isAbsolute() ? value : relativeToWorkingFolder(folder.resolve(path));
  }

  /** A folder as short as it can be written from here: "seeds" rather than "/home/me/digest/seeds". */
  private static String relativeToWorkingFolder(Path path) {
    Path here = Path.of("").toAbsolutePath();
    Path normal = path.normalize();
    return normal.startsWith(here) ? (here.equals(normal) ? "." : here.relativize(normal).toString()) : normal.toString();
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
  }
}
