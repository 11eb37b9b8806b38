/**
 * The one import of zod/mini, so that every schema of the library shares it (one import in the bundle).
 *
 * @module
 */
export * as z from 'zod/mini'
