/**
 * How every stage folds, keys, names and counts words, in one place: the comparison form of a
 * name ({@link org.newsdigest.text.NameKeys}), running text as words ({@link
 * org.newsdigest.text.TextWords}), slugs ({@link org.newsdigest.text.Slugs}), numbered unique
 * names ({@link org.newsdigest.text.UniqueNames}), stop words and the stemmer ({@link
 * org.newsdigest.text.StopWords}, {@link org.newsdigest.text.Stemmer}), and the one gazetteer
 * ({@link org.newsdigest.text.Gazetteer}): the places the entity recogniser knows and which
 * place the merge reads as lying in which. Depends on nothing but the JDK, so extract, merge,
 * story and render can all use it and none keeps a copy: two stages that fold a name the same
 * way agree on who is the same, and two that know a place know it alike, by construction.
 */
package org.newsdigest.text;
