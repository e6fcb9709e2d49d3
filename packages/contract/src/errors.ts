import { z } from 'zod';
import { requestSchemas, responseSchemas } from './registries.js';

/** A field problem, as in every 400 answer. */
export const FieldIssueSchema = z
  .object({
    field: z.string().meta({ description: 'dotted path, e.g. changes.3.data.pain; empty for the body itself' }),
    code: z.string().meta({ description: 'machine-readable, e.g. required, out_of_range, unknown_field' }),
    message: z.string(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .register(responseSchemas, { id: 'FieldIssue' });

/** The one error body: `{ error, message, issues? }`. */
export const ErrorSchema = z
  .object({
    error: z.string().meta({ description: 'machine-readable code, e.g. invalid_request, unauthorized' }),
    message: z.string().meta({ description: 'plain English for developers and logs' }),
    issues: z.array(FieldIssueSchema).optional(),
  })
  .register(responseSchemas, { id: 'Error' });

/** A request without content: no body, or `{}`. Anything else is refused, so a typo is not silently ignored. */
export const EmptyRequest = z.strictObject({}).optional().register(requestSchemas, { id: 'EmptyRequest' });

export type FieldIssueBody = z.output<typeof FieldIssueSchema>;
export type ErrorBody = z.output<typeof ErrorSchema>;
