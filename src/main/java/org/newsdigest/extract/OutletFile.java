package org.newsdigest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.model.Outlet;
import org.newsdigest.model.OutletKind;

/**
 * Reads a folder's {@code outlet.txt}: who published the articles in that folder and the
 * folders under it. Either the outlet's name alone on a line, or {@code key: value} lines:
 *
 * <pre>
 * # comments start with #
 * name: BBC News
 * country: GB
 * kind: broadcaster
 * host: bbc.co.uk
 * </pre>
 *
 * <p>Every line is optional but a name or a host. What the file leaves out comes from the outlet
 * list when it knows the name or the host.
 */
public final class OutletFile {
  private static final Pattern FIELD = Pattern.compile("^([A-Za-z]+)\\s*:\\s*(.*)$");

  private OutletFile() {}

  /**
   * The outlet the file names, or null (with a problem) when it names none. Lines that cannot be
   * used add a problem naming {@code file} and the line and are passed over.
   *
   * @param file the file as the user knows it, for problems ("seeds/bbc/outlet.txt")
   * @param key its path under the seeds folder, the outlet's clue ("bbc/outlet.txt")
   */
  public static Outlet parse(String text, String file, String key, OutletList list,
      List<String> problems) {
    String name = null;
    String host = null;
    String country = null;
    OutletKind kind = null;
    boolean countryGiven = false;
    boolean kindGiven = false;
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = (i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i]).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = file + " line " + (i + 1) + ": ";
      Matcher field = FIELD.matcher(line);
      if (!field.matches()) {
        if (name == null) {
          name = line;
        } else {
          problems.add(where + "a second name; write name:, country:, kind: or host: lines;"
              + " this line is ignored");
        }
        continue;
      }
      String value = field.group(2).strip();
      switch (field.group(1).toLowerCase(Locale.ROOT)) {
        case "name", "outlet", "source" -> name = value.isEmpty() ? name : value;
        case "country" -> {
          country = OutletList.country(value, where, problems);
          countryGiven = true;
        }
        case "kind" -> {
          kind = OutletList.kind(value, where, problems);
          kindGiven = true;
        }
        case "host", "url", "site" -> {
          host = OutletList.hostOf(value);
          if (host == null && !value.isEmpty()) {
            problems.add(where + "'" + value + "' is not a web host such as bbc.co.uk;"
                + " this line is ignored");
          }
        }
        default -> problems.add(where + "'" + field.group(1) + "' is not one of name, country,"
            + " kind, host; this line is ignored");
      }
    }
    OutletList.Entry entry = host != null ? list.byHost(host) : null;
    if (entry == null && name != null) {
      entry = list.byName(name);
    }
    if (name == null) {
      name = entry != null ? entry.name() : host;
    }
    if (name == null) {
      problems.add(file + ": names no outlet (write its name on a line, or name: ...);"
          + " the file is ignored");
      return null;
    }
    if (entry != null) {
      host = host != null ? host : entry.host();
      country = countryGiven ? country : entry.country();
      kind = kindGiven ? kind : entry.kind();
    }
    return new Outlet(name, host, country, kind, Outlet.Basis.FOLDER_FILE, key);
  }
}
