/**
 * The voxpop OpenSearch plugin: the ingest processor {@code voxpop} ({@link
 * org.voxpop.opensearch.plugin.VoxpopProcessor}) that enriches articles and their nested comments
 * with voxpop's own code, and the token filter {@code voxpop_entity_id} ({@link
 * org.voxpop.opensearch.plugin.EntityIdTokenFilter}) that lets queries name entities as voxpop's
 * {@code entity:America} does.
 *
 * <p>Only this package is specific to OpenSearch; the enrichment and the document shape are
 * voxpop's {@code org.voxpop.enrich} and {@code org.voxpop.opensearch} sources, compiled in.
 */
package org.voxpop.opensearch.plugin;
