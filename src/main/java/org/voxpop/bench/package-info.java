/**
 * The benchmark harness behind {@code voxpop bench}: a deterministic corpus generator, declarative
 * runs with expected counts, and side-by-side measurements of voxpop against plain Lucene, written
 * as JSON, Markdown and SVG. JMH micro-benchmarks live in {@code src/jmh}.
 */
package org.voxpop.bench;
