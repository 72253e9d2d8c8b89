package org.newsdigest.render;

/**
 * Markdown that a template prints as the HTML CommonMark makes of it ({@link
 * ArticleMarkdown#html}), put in a view model in place of that HTML. A page's fingerprint reads
 * the Markdown, which decides the HTML exactly (the code between them is part of what made the
 * site), so a page kept unchanged never runs CommonMark: every article body went through it on
 * every build only to be fingerprinted. The template engine's object wrapper makes the HTML each
 * time a template reads the value.
 */
record CommonMarkHtml(String markdown) {}
