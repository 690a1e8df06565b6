/**
 * The {@code nonlin} command line: one picocli command per job, shared option mixins, data source
 * resolution, progress display, pictures, and the error reporter that turns every failure into one
 * line and an exit code (0 success, 2 bad usage or input, 1 anything else). The only code in nonlin
 * that prints.
 */
package org.nonlin.cli;
