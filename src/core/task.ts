import { z } from "zod";
import { pyValueSchema } from "./py-value.js";

/**
 * Schemas of the native suite format (docs/task-format.md). They are the single source of
 * truth: the loader validates with them and every type below is inferred from them.
 */
export const tierSchema = z.enum(["easy", "medium", "hard", "extreme"]);
export const kindSchema = z.enum([
  "generate",
  "fix",
  "refactor",
  "explain",
  "multi-turn",
  "tutor",
  "predict-output",
  "predict-input",
]);
/** Kinds whose answers are Python expressions, not modules: there is nothing to lint or document. */
export const EXPRESSION_KINDS: ReadonlySet<string> = new Set(["predict-output", "predict-input"]);
export const caseTagSchema = z.enum(["edge", "error-handling", "perf"]);

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "a Python identifier");
const fileName = z
  .string()
  .regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/, "a relative file path inside the task folder");
const versionRange = z
  .string()
  .regex(
    /^(>=|<=|==|<|>)?3\.\d+(\s*,\s*(>=|<=|<|>)3\.\d+)?$/,
    "a version range such as '>=3.10' or '>=3.10,<3.13'",
  );

export const limitsSchema = z.strictObject({
  cpu_floor_seconds: z.number().positive().max(600).optional(),
  cpu_factor: z.number().positive().max(100).optional(),
  memory_mb: z.number().int().min(64).max(16384).optional(),
  output_kb: z
    .number()
    .int()
    .min(1)
    .max(1 << 20)
    .optional(),
  observations_mb: z.number().int().min(1).max(4096).optional(),
  processes: z.number().int().min(4).max(4096).optional(),
  file_size_mb: z.number().int().min(1).max(4096).optional(),
  open_files: z.number().int().min(16).max(65536).optional(),
  tmpfs_mb: z.number().int().min(1).max(16384).optional(),
});
export type LimitsSpec = z.infer<typeof limitsSchema>;

export const suiteSpecSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a lower-case name with dashes"),
  version: z.string().regex(/^\d+\.\d+(\.\d+)?$/, "a version such as 0.1 or 1.2.0"),
  description: z.string().min(1),
  canary: z.string().min(16),
  python: versionRange.default(">=3.10"),
  limits: limitsSchema.default({}),
  policy: z
    .strictObject({
      /** Every stage needs at least this many mutants. */
      min_mutants: z.number().int().min(0).default(0),
      /** Every file of every task must contain the canary string. */
      canary_in_files: z.boolean().default(false),
      /** Tiers whose tasks need a perf case that a mutant fails by running out of CPU or memory. */
      perf_tiers: z.array(tierSchema).default([]),
      /** fix tasks: given.py must fail; refactor tasks: given.py must pass. */
      check_given: z.boolean().default(false),
    })
    .default({ min_mutants: 0, canary_in_files: false, perf_tiers: [], check_given: false }),
  source: z
    .strictObject({ dataset: z.string(), file: z.string(), license: z.string(), url: z.string().optional() })
    .optional(),
});
export type SuiteSpec = z.infer<typeof suiteSpecSchema>;

export const turnSpecSchema = z.strictObject({
  prompt: fileName,
  reference: fileName,
  cases: fileName,
  mutants: fileName.optional(),
});

export const taskSpecSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, "a lower-case id (letters, digits, '-', '_', '.')"),
  title: z.string().min(1),
  tier: tierSchema,
  kind: kindSchema,
  topics: z.array(z.string().min(1)).min(1),
  python: versionRange.default(">=3.10"),
  requires: z.array(identifier).default([]),
  entry_point: identifier.optional(),
  limits: limitsSchema.default({}),
  cases: fileName.optional(),
  validators: fileName.optional(),
  legacy_test: fileName.optional(),
  turns: z.array(turnSpecSchema).min(2).optional(),
  source: z.strictObject({ dataset: z.string(), id: z.string(), license: z.string() }).optional(),
  canary: z.string().optional(),
});
export type TaskSpec = z.infer<typeof taskSpecSchema>;

export const dataCaseSchema = z.strictObject({
  id: z.string().min(1).max(200),
  args: z.array(pyValueSchema),
  kwargs: z.record(identifier, pyValueSchema).optional(),
  expected: pyValueSchema.optional(),
  /** For expected values too large to store (MBs of JSON): sha256 of the value's canonical key, compared exactly. */
  expected_sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, "64 lower-case hex digits")
    .optional(),
  raises: z.string().optional(),
  atol: z.number().nonnegative().optional(),
  rtol: z.number().nonnegative().optional(),
  tags: z.array(caseTagSchema).default([]),
  validator: identifier.optional(),
});
export type DataCase = z.infer<typeof dataCaseSchema>;

export const dataCasesFileSchema = z.strictObject({
  canary: z.string().optional(),
  cases: z.array(dataCaseSchema).min(1),
});

export type Tier = z.infer<typeof tierSchema>;
export type TaskKind = z.infer<typeof kindSchema>;
export type CaseTag = z.infer<typeof caseTagSchema>;
