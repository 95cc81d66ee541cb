import { z } from 'zod';
import { secretRefSchema } from './reference.schema';
import { templateSchema } from './template.schema';

/** A request header; its value may use placeholders, never a secret's value. */
export const httpHeaderSchema = z.object({
  name: z
    .string()
    .max(100)
    .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'must be a header name such as X-Request-Id')
    .meta({ label: { en: 'Name', zh: '名称' }, widget: 'text' }),
  value: templateSchema.meta({ label: { en: 'Value', zh: '值' }, widget: 'template' }),
});
export type HttpHeader = z.infer<typeof httpHeaderSchema>;

/**
 * Everything of an HTTP call but its method, which lookup (reads) and action
 * (writes) restrict differently. Spread `.shape` after the kind's own `method`.
 */
export const httpRequestBaseSchema = z.object({
  url: templateSchema.meta({
    label: { en: 'URL', zh: '地址' },
    widget: 'template',
    help: {
      en: 'Write the scheme and host out; placeholder values are percent-encoded',
      zh: '请写出完整的协议和主机名；占位符的值会被百分号编码',
    },
    placeholder: 'https://api.example.com/orders/{{ vars.orderId }}',
  }),
  headers: z
    .array(httpHeaderSchema)
    .max(30)
    .default([])
    .meta({ label: { en: 'Headers', zh: '请求头' }, widget: 'list', section: 'advanced' }),
  secret: secretRefSchema.optional().meta({
    label: { en: 'Credential', zh: '凭据' },
    widget: 'secret',
    help: {
      en: 'A stored secret the request authenticates with; its value is never shown or logged',
      zh: '用于认证的已存密钥；其值不会显示或记录',
    },
  }),
  body: templateSchema.optional().meta({
    label: { en: 'Body', zh: '请求体' },
    widget: 'template',
    help: {
      en: 'Usually JSON with placeholders: a value inside "…" is escaped as text, elsewhere it keeps its type',
      zh: '通常是带占位符的 JSON：引号内的值按文本转义，引号外的值保留其类型',
    },
  }),
  timeoutMs: z
    .number()
    .int()
    .min(100)
    .max(30_000)
    .default(10_000)
    .meta({
      label: { en: 'Timeout (ms)', zh: '超时（毫秒）' },
      widget: 'number',
      section: 'advanced',
    }),
});
export type HttpRequestBase = z.infer<typeof httpRequestBaseSchema>;
