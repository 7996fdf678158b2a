/** JMH micro-benchmarks; built with the {@code jmh} Maven profile and run by {@code bench/jmh}. */
package org.voxpop.bench;
