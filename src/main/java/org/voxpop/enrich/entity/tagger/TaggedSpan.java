package org.voxpop.enrich.entity.tagger;

/**
 * A name the tagger found.
 *
 * @param start first token (an index into the tokens the tagger was given)
 * @param end one past the last token
 * @param type one of {@link NerCorpus#TYPES}
 * @param confidence the model's probability that exactly these tokens form a name of this type
 *     (forward-backward over the label lattice), 0..1
 */
public record TaggedSpan(int start, int end, String type, double confidence) {}
