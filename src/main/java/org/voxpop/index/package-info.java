/**
 * Writing voxpop indexes: the {@link org.voxpop.index.Schema} (every field and facet), the mapping
 * of enriched articles to document blocks, and the streaming, crash-safe indexer.
 */
package org.voxpop.index;
