/**
 * The static-analysis metrics of one stage's code, as stored (docs/quality.md). A part is null
 * when its analyser had nothing to say: documentation of a source that does not parse, types
 * when pyright could not check the file. `version` names the rule sets, so numbers from
 * different versions are never mixed silently.
 */
export interface StageQuality {
  readonly version: string;
  readonly lint: {
    readonly nonBlankLines: number;
    readonly likelyBug: number;
    readonly idiom: number;
    readonly readability: number;
    /** Every finding's code, in order, for drill-down ("F401", "E722", ...). */
    readonly codes: readonly string[];
    readonly complexityMax: number;
    readonly complexityTotal: number;
    /** Findings per group that the stage's reference does not have too, code by code (absent in older rows). */
    readonly beyondReference?: {
      readonly likelyBug: number;
      readonly idiom: number;
      readonly readability: number;
    };
  };
  /** The most complex function of the stage's reference solution, linted the same way. */
  readonly referenceComplexityMax: number;
  /** pyright errors on the reference (absent in rows made before it was stored; null if unknown). */
  readonly referenceTypeErrors?: number | null;
  readonly documentation: {
    readonly publicDefinitions: number;
    readonly documented: number;
    readonly wellShaped: number;
    readonly hintSlots: number;
    readonly annotatedSlots: number;
  } | null;
  readonly types: {
    readonly errors: number;
    readonly syntaxErrors: number;
    /** pyright rules of the errors ("reportReturnType", ...), for drill-down. */
    readonly rules: readonly string[];
  } | null;
  /** Why documentation or types are null, when they are. */
  readonly notes: readonly string[];
}
