/**
 * voxpop on an OpenSearch cluster: the field names of a voxpop document ({@link
 * org.voxpop.opensearch.OpenSearchFields}), its index template and ingest pipeline ({@link
 * org.voxpop.opensearch.IndexTemplate}), the enrichment of a JSON document that the ingest
 * processor runs ({@link org.voxpop.opensearch.SourceEnricher}), and the bulk loader ({@link
 * org.voxpop.opensearch.BulkLoader}).
 *
 * <p>No Lucene types: {@code OpenSearchFields}, {@code IndexTemplate} and {@code SourceEnricher}
 * are compiled into the OpenSearch plugin as they are (see {@code opensearch-plugin/}), which runs
 * on the Lucene version of its OpenSearch release. The library never depends on the command line.
 */
package org.voxpop.opensearch;
