package org.nonlin.ensemble;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nonlin.Version;
import org.nonlin.data.io.NdArray;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.InputFiles;
import org.nonlin.io.JsonFields;
import org.nonlin.model.ArchiveFiles;

/**
 * Reads and writes ensemble files: a ZIP archive, like a model file, holding {@code ensemble.json}
 * and the members' parameters as NumPy arrays {@code m1/W1.npy}, {@code m1/B1.npy}, {@code
 * m2/W1.npy}, ... ({@code np.load} opens it as an npz file).
 *
 * <p>{@code ensemble.json} holds {@code format} ({@value #FORMAT}), {@code format_version}, {@code
 * library_version}, {@code kind} ({@value SchapireBoosting#KIND} or {@value BalancedBagging#KIND}),
 * {@code vote} ({@code soft} or {@code hard} for bagging, {@value #BOOSTING_VOTE} for boosting),
 * {@code inputs}, {@code class_names}, {@code member_count} and {@code members}: per member its
 * {@code name} and {@code type}, {@code network} (with {@code architecture}, {@code precision} and
 * the {@code parameters} names) or {@code constant} (with {@code class}). Parameters keep their
 * precision, so a loaded ensemble predicts bit-identically. Feature normalisation is not stored.
 * Writes are atomic.
 */
public final class EnsembleFiles {

  /** The value of the {@code format} key that marks a nonlin ensemble. */
  public static final String FORMAT = "nonlin-ensemble";

  /** The format version this library writes; it reads this and every older one. */
  public static final int FORMAT_VERSION = 1;

  /** The {@code vote} of boosting: the majority of three, three-way ties to L3. */
  public static final String BOOSTING_VOTE = "majority";

  static final String META = "ensemble.json";

  private static final String HINT = "save the ensemble again";

  private EnsembleFiles() {}

  /**
   * Writes {@code ensemble} to {@code file} atomically: a failed write leaves any earlier file
   * intact.
   *
   * @throws IllegalArgumentException before writing anything, when a member is neither a {@link
   *     NetworkClassifier} nor a {@link ConstantClassifier}
   */
  public static void save(Ensemble ensemble, Path file) throws IOException {
    List<Object> entries = new ArrayList<>();
    Map<String, NdArray> arrays = new LinkedHashMap<>();
    List<Classifier> members = ensemble.members();
    for (int i = 0; i < members.size(); i++) {
      String name = "m" + (i + 1);
      entries.add(MemberCodec.describe(members.get(i), name));
      arrays.putAll(MemberCodec.arrays(members.get(i), name));
    }
    ArchiveFiles.write(file, META, metadata(ensemble, entries), arrays);
  }

  private static Map<String, Object> metadata(Ensemble ensemble, List<Object> members) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("format", FORMAT);
    meta.put("format_version", FORMAT_VERSION);
    meta.put("library_version", Version.CURRENT);
    if (ensemble instanceof BalancedBagging bagging) {
      meta.put("kind", BalancedBagging.KIND);
      meta.put("vote", bagging.vote().label());
    } else {
      meta.put("kind", SchapireBoosting.KIND);
      meta.put("vote", BOOSTING_VOTE);
    }
    meta.put("inputs", ensemble.inputs());
    meta.put("class_names", new ArrayList<Object>(ensemble.classNames()));
    meta.put("member_count", members.size());
    meta.put("members", members);
    return meta;
  }

  /**
   * Reads an ensemble file.
   *
   * @return a {@link BalancedBagging} or a {@link SchapireBoosting}, as the file's kind says
   * @throws DataFormatException naming the file when it is not a nonlin ensemble, is corrupt or
   *     truncated, is inconsistent, or comes from a newer format version
   */
  public static Ensemble load(Path file) throws IOException {
    InputFiles.requireFile(file);
    try {
      return fromMetadata(readMetadata(file), file);
    } catch (DataFormatException e) {
      throw e.file() == null ? e.at(file, e.line()) : e;
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file, "invalid ensemble: " + e.getMessage(), HINT).causedBy(e);
    }
  }

  private static Map<String, Object> readMetadata(Path file) throws IOException {
    return ArchiveFiles.readDescription(file, META, "ensemble", HINT);
  }

  private static Ensemble fromMetadata(Map<String, Object> meta, Path file) throws IOException {
    ArchiveFiles.requireFormat(meta, FORMAT, FORMAT_VERSION, file, "ensemble");
    String kind = JsonFields.string(meta, "kind");
    String vote = JsonFields.string(meta, "vote");
    boolean bagging = kind.equals(BalancedBagging.KIND);
    if (!bagging && !kind.equals(SchapireBoosting.KIND)) {
      throw new IllegalArgumentException(
          "kind '"
              + kind
              + "' is not known; expected "
              + BalancedBagging.KIND
              + " or "
              + SchapireBoosting.KIND);
    }
    List<String> classNames = JsonFields.strings(meta, "class_names");
    List<Classifier> members = readMembers(meta, classNames.size(), file);
    if (bagging) {
      return BalancedBagging.of(classNames, members, VoteRule.parse(vote));
    }
    if (!vote.equals(BOOSTING_VOTE) || members.size() != 3) {
      throw new IllegalArgumentException(
          "boosting needs vote '"
              + BOOSTING_VOTE
              + "' and 3 members, got '"
              + vote
              + "' and "
              + members.size());
    }
    return SchapireBoosting.of(classNames, members.get(0), members.get(1), members.get(2));
  }

  private static List<Classifier> readMembers(Map<String, Object> meta, int numClasses, Path file)
      throws IOException {
    int inputs = JsonFields.integer(meta, "inputs");
    int count = JsonFields.integer(meta, "member_count");
    List<Object> entries = JsonFields.list(meta, "members");
    if (entries.size() != count) {
      throw new IllegalArgumentException(
          "member_count is " + count + " but " + entries.size() + " members are listed");
    }
    List<Classifier> members = new ArrayList<>(count);
    for (Object entry : entries) {
      members.add(
          MemberCodec.read(JsonFields.asObject(entry, "a member"), inputs, numClasses, file));
    }
    return members;
  }
}
