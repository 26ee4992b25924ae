/** How a legacy reason starts when the reference fails the cases converted from its asserts. */
export const REFERENCE_DISAGREES = "the reference does not pass the converted cases";

/**
 * Sort the reasons why tests stayed legacy ("line 3: For uses candidate") into kinds that an
 * import summary can count; the full reason stays in each task's notes.md and task.yaml.
 */
export function legacyReasonGroup(reason: string): string {
  const statement = /^line \d+: (\w+) uses /.exec(reason);
  if (statement) return `a ${statement[1]} statement around the function under test`;
  if (/^line \d+: a value is not plain data/.test(reason))
    return "an argument or expected value is not plain data";
  if (/^line \d+: /.test(reason)) return "an assert that is not a recognised comparison";
  if (reason.startsWith(REFERENCE_DISAGREES)) {
    return `${REFERENCE_DISAGREES} (its results are not plain data, e.g. a Counter, or differ)`;
  }
  const error = /^(\w+(?:Error|Exception)):/.exec(reason);
  if (error) return `${error[1]} while evaluating the test`;
  return reason;
}
