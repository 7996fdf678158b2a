/**
 * Faceted search over voxpop indexes: {@link org.voxpop.query.VoxpopSearcher} takes an immutable
 * {@link org.voxpop.query.SearchRequest} and returns an immutable {@link
 * org.voxpop.query.SearchResult} with hits and facet counts of comments and distinct articles.
 */
package org.voxpop.query;
