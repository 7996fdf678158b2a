/**
 * Immutable records of what voxpop reads: articles and their comment threads.
 *
 * <p>Optional values are {@link java.util.Optional}, never {@code null}; unknown input fields are
 * kept in {@code extra} maps so that nothing a source sends is lost.
 */
package org.voxpop.model;
