package org.newsdigest.model;

/** A sentence of an event summary, taken verbatim from the article {@code source}. */
public record SummarySentence(String text, String source) {}
