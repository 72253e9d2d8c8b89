/**
 * The entity stage, after the merge: who is who across the whole digest. It builds the {@link
 * org.newsdigest.model.EntityTable} that travels in the {@link org.newsdigest.model.Digest}, so
 * the pages lay out what was decided here instead of deciding it again.
 */
package org.newsdigest.entities;
