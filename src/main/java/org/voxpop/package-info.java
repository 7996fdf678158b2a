/**
 * voxpop: news articles and their reader comments as a searchable, faceted archive of who is talked
 * about, and how.
 *
 * <p>{@link org.voxpop.Voxpop} is the shortest way in. The packages, from input to answers: {@code
 * model} (immutable records), {@code input} (streaming readers with typed rejects), {@code enrich}
 * (entities, sentiment, stance, abuse; no Lucene types), {@code analysis}, {@code index}, {@code
 * query}. The front doors {@code cli} and {@code web} use the library; it never uses them.
 */
package org.voxpop;
