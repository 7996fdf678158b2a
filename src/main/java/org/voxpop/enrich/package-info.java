/**
 * Enrichment of article and comment text: entity mentions ({@code entity}), sentiment, stance and
 * abuse ({@code sentiment}), run by {@link org.voxpop.enrich.EnrichmentPipeline} as a list of
 * {@link org.voxpop.enrich.EnrichmentStep}s, each adding one {@link org.voxpop.enrich.Attribute} to
 * a text's {@link org.voxpop.enrich.TextEnrichment}. A new step is a class of its own with its
 * attribute; the index and the OpenSearch document read that attribute where they write fields.
 *
 * <p>Pure Java with no Lucene types, so that other engines (e.g. an OpenSearch ingest processor)
 * can reuse it.
 */
package org.voxpop.enrich;
