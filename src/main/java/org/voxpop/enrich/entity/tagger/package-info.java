/** A trained sequence tagger for named entities: tokens, features, model, training. */
package org.voxpop.enrich.entity.tagger;
