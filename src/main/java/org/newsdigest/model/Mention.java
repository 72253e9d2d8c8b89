package org.newsdigest.model;

/**
 * Where an entity was named: {@code text} is {@code blocks[block].text[start, end)}.
 *
 * @param entityKey the {@link Entity#key()} it refers to
 */
public record Mention(String entityKey, int block, int start, int end, String text) {}
