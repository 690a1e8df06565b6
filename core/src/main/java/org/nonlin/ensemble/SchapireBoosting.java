package org.nonlin.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nonlin.data.Dataset;

/**
 * The three-learner boosting of Schapire, "The Strength of Weak Learnability" (Machine Learning 5,
 * 1990), as the chapter tells it: L1 learns the training data; L2 learns a set that is half rows L1
 * gets right and half rows it gets wrong; L3 learns the rows where L1 and L2 disagree; the three
 * vote.
 *
 * <p>The vote: when L1 and L2 agree, their class; otherwise L3's class. For two classes this is the
 * majority of the three; for more classes it is the plurality, and when all three say different
 * classes the tie goes to L3, the learner trained on exactly those disagreements. {@link
 * #probabilities} gives the vote shares (0, 1/3, 2/3 or 1 per class).
 *
 * <p>The imbalance variant ({@link #trainImbalanced}) replaces L1 by a {@link ConstantClassifier}
 * that always says the majority class. L1's right rows are then the majority rows and its wrong
 * rows all the others, so L2's set is balanced: every minority row and as many majority rows. L3
 * learns the rows L2 does not give to the majority, and the ensemble says a minority class only
 * when L2 and L3 both say one (L3's, when they name different minority classes).
 *
 * <p>How the sets are drawn, and what happens when one would be empty, is told on {@link #train}.
 * The same data, factory and seed give bit-identical members.
 */
public final class SchapireBoosting implements Ensemble {

  /** The {@code kind} of this ensemble in ensemble files. */
  public static final String KIND = "schapire-boosting";

  private final List<String> classNames;
  private final Classifier first;
  private final Classifier second;
  private final Classifier third;

  private SchapireBoosting(
      List<String> classNames, Classifier first, Classifier second, Classifier third) {
    this.classNames = List.copyOf(classNames);
    this.first = first;
    this.second = second;
    this.third = third;
    Members.requireAlike(this.classNames, List.of(first, second, third));
  }

  /**
   * The vote of three trained learners.
   *
   * @throws IllegalArgumentException when the learners differ in input width or class count, or the
   *     class names do not match their class count
   */
  public static SchapireBoosting of(
      List<String> classNames, Classifier first, Classifier second, Classifier third) {
    return new SchapireBoosting(classNames, first, second, third);
  }

  /**
   * Trains the three learners on {@code data} (features already normalised).
   *
   * <ol>
   *   <li>L1 learns every row.
   *   <li>L2 learns {@code 2 · min(right, wrong)} rows: the rows L1 gets right and those it gets
   *       wrong are shuffled and taken alternately, one of each, until the smaller group is used
   *       up. When L1 is right (or wrong) everywhere, L2 learns every row.
   *   <li>L3 learns the rows where L1 and L2 predict different classes; when there are none, every
   *       row.
   * </ol>
   *
   * Seeds: a generator seeded with {@code seed} gives, in turn, L1's seed, the shuffles of L2's
   * set, L2's seed and L3's seed.
   *
   * @throws IllegalArgumentException when the factory's network does not fit the data
   */
  public static SchapireBoosting train(Dataset data, MemberFactory factory, long seed) {
    factory.requireCompatible(data);
    SplittableRandom random = new SplittableRandom(seed);
    Classifier first = factory.train(data, random.nextLong());
    return trainSecondAndThird(data, factory, first, random);
  }

  /**
   * Trains the imbalance variant on {@code data}: L1 always says the majority class ({@link
   * ConstantClassifier#majority}); L2 and L3 are trained as {@link #train} tells, which makes L2's
   * set every minority row plus as many majority rows drawn without replacement. Seeds: a generator
   * seeded with {@code seed} gives the shuffles of L2's set, L2's seed and L3's seed.
   *
   * @throws IllegalArgumentException when the factory's network does not fit the data
   */
  public static SchapireBoosting trainImbalanced(Dataset data, MemberFactory factory, long seed) {
    factory.requireCompatible(data);
    SplittableRandom random = new SplittableRandom(seed);
    return trainSecondAndThird(data, factory, ConstantClassifier.majority(data), random);
  }

  private static SchapireBoosting trainSecondAndThird(
      Dataset data, MemberFactory factory, Classifier first, SplittableRandom random) {
    float[] x = data.featureArray();
    int rows = data.rows();
    int[] firstSays = first.predict(x, rows);

    int[] secondRows = SchapireSets.second(data.labels(), firstSays, random);
    Classifier second = factory.train(data.subset(secondRows), random.nextLong());
    int[] secondSays = second.predict(x, rows);

    int[] thirdRows = SchapireSets.third(firstSays, secondSays);
    Classifier third = factory.train(data.subset(thirdRows), random.nextLong());
    return new SchapireBoosting(data.classNames(), first, second, third);
  }

  /** True for the imbalance variant: L1 is a constant learner. */
  public boolean imbalanceVariant() {
    return first instanceof ConstantClassifier;
  }

  @Override
  public List<Classifier> members() {
    return List.of(first, second, third);
  }

  @Override
  public List<String> classNames() {
    return classNames;
  }

  @Override
  public int inputs() {
    return first.inputs();
  }

  @Override
  public int numClasses() {
    return classNames.size();
  }

  /** The vote shares {@code S[r, c] = (number of L1, L2, L3 predicting c) / 3}. */
  @Override
  public float[] probabilities(float[] x, int rows) {
    return Votes.shares(votes(x, rows), numClasses());
  }

  /** L1's class where L1 and L2 agree, L3's class elsewhere. */
  @Override
  public int[] predict(float[] x, int rows) {
    List<int[]> votes = votes(x, rows);
    int[] a = votes.get(0);
    int[] b = votes.get(1);
    int[] c = votes.get(2);
    int[] result = new int[rows];
    for (int r = 0; r < rows; r++) {
      result[r] = a[r] == b[r] ? a[r] : c[r];
    }
    return result;
  }

  private List<int[]> votes(float[] x, int rows) {
    Votes.requireInput(x, rows, inputs());
    List<int[]> votes = new ArrayList<>(3);
    for (Classifier learner : members()) {
      votes.add(learner.predict(x, rows));
    }
    return votes;
  }

  @Override
  public String toString() {
    return "SchapireBoosting[" + first + ", " + second + ", " + third + "]";
  }
}
