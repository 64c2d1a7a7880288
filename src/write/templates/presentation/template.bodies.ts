import { z } from 'zod';
import { TENANT_PATTERN } from '../../../core/ids';
import { templateProblem } from '../../../rendering/certificate-html';

const page = z.strictObject({
  size: z.enum(['A4', 'Letter']).default('A4'),
  orientation: z.enum(['landscape', 'portrait']).default('landscape'),
});

const html = z
  .string()
  .min(1)
  .max(500_000)
  .superRefine((value, context) => {
    const problem = templateProblem(value);
    if (problem)
      context.addIssue({ code: 'custom', message: `is not a valid template: ${problem}` });
  });
const css = z.string().max(200_000);

export const newTemplateBody = z.strictObject({
  kind: z.enum(['author', 'classic']),
  title: z.string().trim().min(1).max(200),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like en or pt-BR'),
  html,
  css: css.default(''),
  page: page.default({ size: 'A4', orientation: 'landscape' }),
  tenantId: z.string().regex(TENANT_PATTERN).optional(),
});

export const newVersionBody = z.strictObject({
  html,
  css: css.optional(),
  page: page.optional(),
  note: z.string().max(1000).optional(),
  tenantId: z.string().regex(TENANT_PATTERN).optional(),
});
