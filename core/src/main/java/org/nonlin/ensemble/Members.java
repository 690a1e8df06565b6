package org.nonlin.ensemble;

import java.util.List;

/** Checks that the members of an ensemble can vote together. */
final class Members {

  private Members() {}

  /**
   * Checks that there is at least one member and that every member reads as many features as the
   * first and knows as many classes as there are names.
   *
   * @throws IllegalArgumentException naming the first member that does not fit
   */
  static void requireAlike(List<String> classNames, List<? extends Classifier> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("an ensemble needs at least 1 member, got 0");
    }
    if (classNames.size() < 2) {
      throw new IllegalArgumentException(
          "number of class names " + classNames.size() + " must be >= 2");
    }
    int inputs = members.get(0).inputs();
    for (int i = 0; i < members.size(); i++) {
      Classifier member = members.get(i);
      if (member.inputs() != inputs) {
        throw new IllegalArgumentException(
            "member "
                + (i + 1)
                + " reads "
                + member.inputs()
                + " features; member 1 reads "
                + inputs);
      }
      if (member.numClasses() != classNames.size()) {
        throw new IllegalArgumentException(
            "member "
                + (i + 1)
                + " knows "
                + member.numClasses()
                + " classes; the ensemble has "
                + classNames.size()
                + " class names "
                + classNames);
      }
    }
  }
}
