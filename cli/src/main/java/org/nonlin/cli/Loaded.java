package org.nonlin.cli;

import java.util.Map;
import org.nonlin.data.Split;

/**
 * Data read for training: the raw training and test parts, the JSON form of the CSV encoding (empty
 * for other sources) and a name for the source.
 *
 * @param split raw training part and test part (the test part may be null)
 * @param encoding the CSV table encoding fitted on the training file, or an empty map
 * @param source what was read, for messages and the model's record
 */
record Loaded(Split split, Map<String, Object> encoding, String source) {}
