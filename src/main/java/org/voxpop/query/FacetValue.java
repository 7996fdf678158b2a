package org.voxpop.query;

/**
 * One value of a facet dimension with how many matching comments carry it and in how many distinct
 * articles (an article counts when it matches itself or one of its comments does).
 *
 * @param value the indexed value, e.g. {@code Q30} or {@code negative}
 * @param label a readable label, e.g. "United States"; equal to {@code value} when there is none
 * @param comments matching comments with this value
 * @param articles distinct articles among the matches with this value
 */
public record FacetValue(String value, String label, int comments, int articles) {}
