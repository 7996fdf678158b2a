/**
 * Enrichment of article and comment text: entity mentions ({@code entity}), sentiment, stance and
 * abuse ({@code sentiment}), combined by {@link org.voxpop.enrich.EnrichmentPipeline}.
 *
 * <p>Pure Java with no Lucene types, so that other engines (e.g. an OpenSearch ingest processor)
 * can reuse it.
 */
package org.voxpop.enrich;
