import { z } from 'zod';
import { responseSchemas } from './registries.js';

/** `GET /api/health` and `GET /api/ready`. */
export const HealthResponse = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    version: z.string(),
    database: z.enum(['sqlite', 'postgres']),
    migration: z.string().nullable().meta({ description: 'name of the last applied migration' }),
    message: z.string().optional(),
  })
  .register(responseSchemas, { id: 'Health' });

export type HealthResponseBody = z.output<typeof HealthResponse>;
