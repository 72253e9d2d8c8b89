package org.newsdigest.render;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * A FreeMarker configuration whose every parsed template, the ones a page's template includes
 * or imports too, checks the thread's interrupted flag at each loop pass and macro call, so the
 * watchdog of {@link TemplateLimits} can stop a loop that does not end. FreeMarker offers the
 * checks (used by its own online tester) but no setting to turn them on: they are added as each
 * template comes out of the cache, once per template.
 */
final class GuardedConfiguration extends Configuration {
  private final Set<Template> guarded = Collections.newSetFromMap(new IdentityHashMap<>());

  GuardedConfiguration() {
    super(Configuration.VERSION_2_3_34);
  }

  /** Every other getTemplate, and FreeMarker's include and import, end here. */
  @Override
  public Template getTemplate(String name, Locale locale, Object customLookupCondition,
      String encoding, boolean parseAsFTL, boolean ignoreMissing) throws IOException {
    Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
    if (template != null && parseAsFTL) {
      // Under the lock, so no thread runs a template while the checks are being added to it.
      synchronized (guarded) {
        if (guarded.add(template)) {
          _CoreAPI.addThreadInterruptedChecks(template);
        }
      }
    }
    return template;
  }
}
