package org.newsdigest.model;

/**
 * Words a source attributes to someone.
 *
 * @param text the quoted words, without quotation marks
 * @param speaker the speaker's display name (the entity's full name), or null when unknown
 * @param speakerKey the speaker's {@link Entity#key()}, or null when unknown or not an entity
 * @param block index of the block holding the quote
 */
public record Quote(String text, String speaker, String speakerKey, int block) {}
