package org.newsdigest.model;

import java.math.BigDecimal;

/** One source's wording of a fact: which article, what it said, in which sentence. */
public record FactReport(
    String source, String wording, BigDecimal value, String qualifier, String sentence) {}
