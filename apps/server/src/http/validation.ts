import type { FieldIssue } from '@veerkracht/core';
import type { z } from 'zod';
import { invalidRequest } from '../errors.js';

type ZodIssue = z.core.$ZodIssue;

const EXPECTED: Record<string, { code: FieldIssue['code']; what: string }> = {
  number: { code: 'not_a_number', what: 'a number' },
  int: { code: 'not_an_integer', what: 'a whole number' },
  string: { code: 'not_a_string', what: 'text' },
  boolean: { code: 'not_a_boolean', what: 'true or false' },
  object: { code: 'not_an_object', what: 'an object' },
  array: { code: 'not_an_array', what: 'a list' },
};

function describe(field: string): string {
  return field === '' ? 'the body' : field;
}

/**
 * A zod issue in the API's issue shape `{ field, code, message, min?, max? }`,
 * with the same codes the core's validators use, so clients translate one set.
 */
export function toFieldIssues(issue: ZodIssue): FieldIssue[] {
  const field = issue.path.map(String).join('.');
  const name = describe(field);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return [{ field, code: 'required', message: `${name} is required` }];
      const expected = EXPECTED[issue.expected];
      if (expected) return [{ field, code: expected.code, message: `${name} must be ${expected.what}` }];
      return [{ field, code: 'invalid_format', message: `${name} has the wrong type` }];
    }
    case 'too_small':
    case 'too_big': {
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      if (issue.origin === 'array') {
        return issue.code === 'too_big'
          ? [{ field, code: 'too_many', message: `${name} may hold at most ${bound} items`, max: bound }]
          : [{ field, code: 'required', message: `${name} must hold at least ${bound} items`, min: bound }];
      }
      if (issue.origin === 'string') {
        return issue.code === 'too_big'
          ? [{ field, code: 'too_long', message: `${name} must be at most ${bound} characters`, max: bound }]
          : [{ field, code: 'required', message: `${name} must be at least ${bound} characters`, min: bound }];
      }
      const range = issue.code === 'too_small' ? { min: bound } : { max: bound };
      const message =
        issue.code === 'too_small' ? `${name} must be at least ${bound}` : `${name} must be at most ${bound}`;
      return [{ field, code: 'out_of_range', message, ...range }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const path = field ? `${field}.${key}` : key;
        return { field: path, code: 'unknown_field', message: `${path} is not a known field` };
      });
    default:
      return [{ field, code: 'invalid_format', message: `${name} is not valid: ${issue.message}` }];
  }
}

/**
 * Parses a request body (or query) with a zod schema; throws 400
 * `invalid_request` naming every wrong field. Only for transport envelopes:
 * the content of records is validated by the core.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw invalidRequest(result.error.issues.flatMap(toFieldIssues));
}
