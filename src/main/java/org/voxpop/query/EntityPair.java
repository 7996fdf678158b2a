package org.voxpop.query;

/**
 * Two entities mentioned in the same comment, and in how many matching comments that happens.
 *
 * @param first id of one entity (the smaller id)
 * @param firstName its name
 * @param second id of the other entity
 * @param secondName its name
 * @param comments matching comments that mention both
 */
public record EntityPair(
    String first, String firstName, String second, String secondName, int comments) {}
