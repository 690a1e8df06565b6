/**
 * The chapter's experiments as reproducible runs: each builds its data and networks from a seed,
 * trains independent configurations in parallel, and returns a table with the trained runs so that
 * a caller can draw them.
 */
package org.nonlin.experiment;
