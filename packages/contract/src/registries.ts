import { z } from 'zod';

/**
 * Registries of the named schemas in the OpenAPI document: request bodies are
 * described as clients may send them (defaults optional), responses as the
 * server sends them.
 */
export const requestSchemas = z.registry<{ id: string }>();
export const responseSchemas = z.registry<{ id: string }>();
