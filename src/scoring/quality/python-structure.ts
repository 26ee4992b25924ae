import { z } from "zod";
import type { CaseOutcome } from "../../core/observation.js";
import { docstringShape, type ShapeProblem } from "./docstring-shape.js";

/**
 * What python/pyarena_structure.py reports about a candidate's public API. It comes out of the
 * sandbox, so it is validated strictly before anything is computed from it.
 */
const definitionSchema = z.strictObject({
  kind: z.enum(["function", "method", "class"]),
  name: z.string().max(1000),
  line: z.number().int().min(1),
  docstring: z.string().nullable(),
  params: z.array(z.strictObject({ name: z.string().max(1000), annotated: z.boolean() })),
  returnAnnotated: z.boolean(),
  returnsValue: z.boolean(),
  raises: z.array(z.string().max(1000)),
});

const structureSchema = z.strictObject({
  definitions: z.array(definitionSchema).max(500),
  truncated: z.boolean(),
  nonBlankLines: z.number().int().min(0),
});

export type PublicDefinition = z.infer<typeof definitionSchema>;
export type StructureFacts = z.infer<typeof structureSchema>;

/** The helper's answer for one candidate: its facts, or why there are none (e.g. a syntax error). */
export type StructureResult =
  | { readonly ok: true; readonly facts: StructureFacts }
  | { readonly ok: false; readonly reason: string };

/** One documented definition whose docstring lacks part of its shape. */
export interface ShapeFinding {
  readonly name: string;
  readonly line: number;
  readonly problems: readonly ShapeProblem[];
}

/**
 * The documentation metric of one sample. Coverages are null when there is nothing to cover
 * (no public definitions, or no parameters and returns), so averages skip such samples instead
 * of counting them as perfect or as zero.
 */
export interface DocumentationMetrics {
  /** Public functions, methods (not `__init__`) and classes: the things that need a docstring. */
  readonly publicDefinitions: number;
  readonly documented: number;
  readonly docstringCoverage: number | null;
  /** Documented definitions whose docstring has the full shape (docstring-shape.ts). */
  readonly wellShaped: number;
  readonly shapeFindings: readonly ShapeFinding[];
  /** Parameters (without self/cls) and returns (not of `__init__`) of public functions and methods. */
  readonly hintSlots: number;
  readonly annotatedSlots: number;
  readonly hintCoverage: number | null;
  /** The helper stopped after 500 definitions; the numbers cover those. */
  readonly truncated: boolean;
}

/**
 * Reads the structure helper's observation for one candidate. A raised outcome (SyntaxError,
 * RecursionError on absurd nesting) is a result about the candidate, never an exception.
 */
export function parseStructureOutcome(outcome: CaseOutcome | undefined): StructureResult {
  if (outcome === undefined) return { ok: false, reason: "the structure helper reported nothing" };
  if (outcome.kind === "raised") return { ok: false, reason: `the source does not parse (${outcome.type})` };
  if (typeof outcome.value !== "string")
    return { ok: false, reason: "the structure helper sent a non-string" };
  let json: unknown;
  try {
    json = JSON.parse(outcome.value);
  } catch (error) {
    return { ok: false, reason: `the structure helper sent invalid JSON (${String(error)})` };
  }
  const parsed = structureSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: "the structure helper sent an unexpected shape" };
  return { ok: true, facts: parsed.data };
}

/** Docstring coverage and shape, and type-hint coverage, from the helper's facts. */
export function documentationMetrics(facts: StructureFacts): DocumentationMetrics {
  const inits = new Map(
    facts.definitions.filter((d) => d.name.endsWith(".__init__")).map((d) => [d.name.slice(0, -9), d]),
  );
  let publicDefinitions = 0;
  let documented = 0;
  let hintSlots = 0;
  let annotatedSlots = 0;
  const shapeFindings: ShapeFinding[] = [];
  for (const d of facts.definitions) {
    const isInit = d.kind === "method" && d.name.endsWith(".__init__");
    if (d.kind !== "class") {
      hintSlots += d.params.length + (isInit ? 0 : 1);
      annotatedSlots += d.params.filter((p) => p.annotated).length + (!isInit && d.returnAnnotated ? 1 : 0);
    }
    if (isInit) continue; // documented by its class's docstring, or its own; never required
    publicDefinitions += 1;
    if (d.docstring === null) continue;
    documented += 1;
    const init = d.kind === "class" ? inits.get(d.name) : undefined;
    const problems = docstringShape({
      docstring: d.docstring,
      ...(init?.docstring ? { alsoIn: init.docstring } : {}),
      params: d.params.map((p) => p.name),
      returnsValue: d.returnsValue,
      raises: d.raises,
    });
    if (problems.length > 0) shapeFindings.push({ name: d.name, line: d.line, problems });
  }
  return {
    publicDefinitions,
    documented,
    docstringCoverage: publicDefinitions === 0 ? null : documented / publicDefinitions,
    wellShaped: documented - shapeFindings.length,
    shapeFindings,
    hintSlots,
    annotatedSlots,
    hintCoverage: hintSlots === 0 ? null : annotatedSlots / hintSlots,
    truncated: facts.truncated,
  };
}
