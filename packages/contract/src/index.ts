/**
 * @veerkracht/contract: the API's wire contract. The server parses requests
 * and builds its OpenAPI document from these zod schemas; the web app imports
 * only their types (`import type`), so no zod reaches the browser.
 */
export * from './errors.js';
export * from './examples.js';
export * from './health.js';
export * from './limits.js';
export * from './patients.js';
export * from './privacy.js';
export * from './recordData.js';
export * from './registries.js';
export * from './reminders.js';
export * from './sync.js';
export * from './workspace.js';
