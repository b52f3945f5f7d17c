import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { common } from '../../../../src/i18n/common';
import { ErrorSummary } from '../../../../src/ui/form/ErrorSummary';
import { useForm } from '../../../../src/ui/form/useForm';

const schema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'Nhập tên'), z.maxLength(5, 'Tên quá dài')),
  limits: z.object({ pct: z.number().check(z.lte(100, 'Quá 100')) }),
});
type Values = z.input<typeof schema>;
/** The schema's own messages, first per field (the app's schemas carry codes that src/i18n words instead). */
const messagesByPath = (error: z.core.$ZodError) => {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join('.')] ??= issue.message;
  return out;
};
const FIELDS = { name: { id: 'f-name', label: 'Tên' }, 'limits.pct': { id: 'f-pct', label: 'Tỉ lệ' } };

function Harness(props: { initial: Values; onSave: (v: z.output<typeof schema>) => void; check?: (v: Values) => Partial<Record<keyof typeof FIELDS, string>>; wordProblems?: (error: z.core.$ZodError) => Record<string, string> }) {
  const [values, setValues] = useState(props.initial);
  const form = useForm({ values, fields: FIELDS, schema, check: props.check, wordProblems: props.wordProblems ?? messagesByPath });
  return (
    <form onSubmit={form.submit(props.onSave)} noValidate>
      <input
        id="f-name"
        aria-label="Tên"
        value={values.name}
        {...form.aria('name', 'gợi ý')}
        onInput={(e) => {
          form.touch('name');
          setValues({ ...values, name: e.currentTarget.value });
        }}
      />
      <input id="f-pct" aria-label="Tỉ lệ" value={values.limits.pct} {...form.aria('limits.pct')} />
      {form.error('name') && <p data-testid="name-error">{form.error('name')}</p>}
      <ErrorSummary problems={form.summary} heading={common.formSummary} />
      <button type="submit" disabled={!form.valid}>
        Lưu
      </button>
    </form>
  );
}

const name = () => screen.getByLabelText('Tên');
const save = () => screen.getByRole('button', { name: 'Lưu' }) as HTMLButtonElement;
const summaryLines = () => [...document.querySelectorAll('.form-summary li')].map((li) => li.textContent);

describe('useForm', () => {
  it('lists every problem in field order at once, but shows a field its own only once touched', () => {
    render(<Harness initial={{ name: '', limits: { pct: 120 } }} onSave={vi.fn()} />);
    expect(summaryLines()).toEqual(['Tên: Nhập tên', 'Tỉ lệ: Quá 100']);
    expect(screen.getByText('Còn 2 ô cần sửa trước khi lưu:')).toBeTruthy();
    expect(save().disabled).toBe(true);
    expect(screen.queryByTestId('name-error')).toBeNull();
    expect(name().getAttribute('aria-invalid')).toBeNull();
    expect(name().getAttribute('aria-describedby')).toBe('f-name-hint');

    fireEvent.input(name(), { target: { value: 'Quá dài rồi' } });
    expect(screen.getByTestId('name-error').textContent).toBe('Tên quá dài');
    expect(name().getAttribute('aria-invalid')).toBe('true');
    expect(name().getAttribute('aria-describedby')).toBe('f-name-hint f-name-error');
  });

  it('marks a field touched when the user leaves it', () => {
    render(<Harness initial={{ name: '', limits: { pct: 1 } }} onSave={vi.fn()} />);
    fireEvent.blur(name());
    expect(screen.getByTestId('name-error').textContent).toBe('Nhập tên');
  });

  it('lets a rule of its own win over the schema, and words a field’s schema problems its own way', () => {
    render(
      <Harness
        initial={{ name: 'Lan', limits: { pct: 120 } }}
        onSave={vi.fn()}
        check={(v) => (v.name === 'Lan' ? { name: 'Tên đã có' } : {})}
        wordProblems={(error) => ({ ...messagesByPath(error), 'limits.pct': 'Nhập số từ 0 đến 100' })}
      />,
    );
    expect(summaryLines()).toEqual(['Tên: Tên đã có', 'Tỉ lệ: Nhập số từ 0 đến 100']);
  });

  it('hands over the parsed values only when nothing is left to fix, and shows every field’s problem after a refused submit', () => {
    const onSave = vi.fn();
    render(<Harness initial={{ name: '', limits: { pct: 5 } }} onSave={onSave} />);
    fireEvent.submit(save().form!);
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByTestId('name-error').textContent).toBe('Nhập tên');

    fireEvent.input(name(), { target: { value: '  Lan ' } });
    expect(document.querySelector('.form-summary')).toBeNull();
    fireEvent.click(save());
    expect(onSave).toHaveBeenCalledWith({ name: 'Lan', limits: { pct: 5 } });
  });

  it('does not hand over values that fail the schema on a path the form does not list', () => {
    const onSave = vi.fn();
    render(<Harness initial={{ name: 'Lan', limits: 'none' } as unknown as Values} onSave={onSave} />);
    expect(document.querySelector('.form-summary')).toBeNull();
    expect(save().disabled).toBe(true);
    fireEvent.submit(save().form!);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('moves focus to the field when its line in the summary is followed', () => {
    render(<Harness initial={{ name: 'Lan', limits: { pct: 120 } }} onSave={vi.fn()} />);
    fireEvent.click(screen.getByRole('link', { name: 'Tỉ lệ' }));
    expect(document.activeElement?.id).toBe('f-pct');
  });
});
