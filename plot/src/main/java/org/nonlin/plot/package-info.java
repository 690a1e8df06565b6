/**
 * Pictures of training and of what a network learned: line charts (training curves, ROC and PR
 * curves, learning-rate range tests), decision-region maps, scatter plots of hidden-layer spaces
 * with warped grids, heat maps (confusion matrices, hyperparameter grids), image grids (digits) and
 * figures that put several of these side by side.
 *
 * <p>Every chart is drawn once, through the small {@link org.nonlin.plot.Canvas} interface, which
 * has two implementations: {@link org.nonlin.plot.Java2dCanvas} (raster, written as PNG) and {@link
 * org.nonlin.plot.SvgCanvas} (vector, written as SVG by our own writer). {@link
 * org.nonlin.plot.Chart#write} picks the format from the file name and replaces the file
 * atomically, so a failed run never leaves a truncated picture behind.
 *
 * <p>The package depends on the JDK alone and takes plain arrays, so that it can be used with any
 * model. Java2D runs headless: nothing here opens a window, and a JVM without a display should run
 * with {@code -Djava.awt.headless=true} (the JDK also chooses headless mode by itself when no
 * display is set).
 */
package org.nonlin.plot;
