/**
 * Immutable records of what voxpop reads: articles and their comment threads, and the {@link
 * org.voxpop.model.Genre} of a text (edited news, social media, or between the two).
 *
 * <p>Optional values are {@link java.util.Optional}, never {@code null}; unknown input fields are
 * kept in {@code extra} maps so that nothing a source sends is lost.
 */
package org.voxpop.model;
