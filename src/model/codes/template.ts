/** Finding codes of the template stage (src/template), with their severity. */
export const TEMPLATE_CODES = {} as const;
export type TemplateCode = keyof typeof TEMPLATE_CODES;
