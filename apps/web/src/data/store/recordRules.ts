// Set by the build (vite.config.ts and vitest.config.ts, from build/recordRules.ts).
declare const __RECORD_RULES__: string;

/**
 * The record rules of this build (a hash of the core's validators and rules): stored with each record check, so a
 * check by other rules is made again (docs/architecture.md, "Checked once, read many times").
 */
export const RECORD_RULES: string = __RECORD_RULES__;
