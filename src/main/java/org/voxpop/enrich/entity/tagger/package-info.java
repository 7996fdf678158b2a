/**
 * A trained sequence tagger for named entities: tokens, features, model, training, and one tagger
 * per genre of text ({@link org.voxpop.enrich.entity.tagger.GenreTaggers}).
 */
package org.voxpop.enrich.entity.tagger;
