/**
 * The {@code voxpop} command line (picocli): a front door over the library; nothing in the library
 * depends on it.
 */
package org.voxpop.cli;
