package org.newsdigest.model;

/**
 * One sentence of an article's body, as the extract stage split it.
 *
 * @param text the sentence, trimmed
 * @param block index of the block it belongs to
 */
public record Sentence(String text, int block) {}
