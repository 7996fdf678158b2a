/**
 * Streaming readers for voxpop's input formats: JSON Lines articles with nested comment threads,
 * separate comment files, gzipped variants, and text pasted from a web page.
 *
 * <p>Readers never throw for a bad record: they emit {@link org.voxpop.input.InputRecord.Rejected}
 * with the file:line and a typed {@link org.voxpop.input.RejectReason}, and go on. The format is
 * described in {@code docs/input-format.md}.
 */
package org.voxpop.input;
