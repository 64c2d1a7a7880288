import { fullFormats } from 'ajv-formats/dist/formats';
import { z } from 'zod';

/**
 * An e-mail address as the event schemas check it (ajv-formats' `email`), so that no address
 * passes the request's validation and then fails the append's (a 500). zod's own pattern lets
 * through domain labels that end in a hyphen, such as `a@b-.example`.
 */
export const emailSchema = z.email({ pattern: fullFormats.email as RegExp });
