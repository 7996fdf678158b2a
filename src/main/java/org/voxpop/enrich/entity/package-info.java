/**
 * Entity recognition for voxpop: a gazetteer of canonical entities (Wikidata QIDs where known,
 * stable slugs otherwise) built from open data sets plus a curated news layer, and a recogniser
 * that finds their mentions in noisy comment text with character offsets and provenance.
 *
 * <p>Pure Java (JDK and Jackson only) so that indexers other than Lucene can reuse it.
 *
 * <p>Demonyms ("Syrian", "Israelis", "russians") are mentions of the country itself with source
 * {@code demonym}: a journalist asking about Syria wants "Syrian fighters" too. Peoples that are
 * not a country ("Kurds", "Arabs", "Sunnis") are {@link org.voxpop.enrich.entity.EntityType#GROUP}
 * entities, and their adjectives ("Kurdish") map to the group.
 */
package org.voxpop.enrich.entity;
