import { z } from 'zod/mini';
import { cleanText } from './fold';
import { timestampSchema } from './organisation';
import { parseWebUrl } from './web-url';

/** Vietnamese reason a URL is refused; the form shows it under the field. */
export function webUrlError(input: string): string | null {
  const r = parseWebUrl(input);
  if (r.ok) return null;
  if (r.reason === 'empty') return 'Hãy nhập đường dẫn.';
  if (r.reason === 'scheme')
    return `Không nhận đường dẫn “${r.scheme}:”. Chỉ nhận địa chỉ web bắt đầu bằng http:// hoặc https://.`;
  return 'Đường dẫn không hợp lệ. Hãy nhập đầy đủ, ví dụ https://dichvucong.gov.vn/';
}

const text = (max: number, label: string) =>
  z.pipe(
    z.string().check(z.maxLength(max, `${label} tối đa ${max} ký tự`)),
    z.transform((s) => cleanText(s)),
  );

/** What the documents form submits: validated, cleaned, and the URL in ASCII form. */
export const documentInputSchema = z.object({
  title: z.pipe(text(160, 'Tiêu đề'), z.string().check(z.minLength(1, 'Hãy nhập tiêu đề.'))),
  url: z.pipe(
    z.string().check(z.refine((s) => webUrlError(s) === null, { error: (iss) => webUrlError(String(iss.input)) ?? '' })),
    z.transform((s) => (parseWebUrl(s) as { url: string }).url),
  ),
  note: text(500, 'Ghi chú'),
  publisher: text(160, 'Nơi ban hành'),
});
export type DocumentInput = z.input<typeof documentInputSchema>;
export type DocumentFields = z.output<typeof documentInputSchema>;

/** A link in the documents list, as stored and exchanged in backups. */
export const documentLinkSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  note: z.string(),
  publisher: z.string(),
  official: z.boolean(),
  updatedAt: timestampSchema,
});
export type DocumentLink = z.infer<typeof documentLinkSchema>;
