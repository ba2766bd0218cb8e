import { createContext, useContext, type ReactNode } from 'react';
import { Form, type FormInstance, type FormItemProps, type FormProps } from 'antd';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { feedback, isApiError } from '../../app/api/index.ts';
import { issueMessage } from './issue-message.ts';
import { normalizeValues, schemaRules } from './schema-rules.ts';

const SchemaContext = createContext<z.ZodType | null>(null);

type Values = Record<string, unknown>;

export interface SchemaFormProps<S extends z.ZodType> extends Omit<FormProps<Values>, 'onFinish' | 'form'> {
  schema: S;
  form: FormInstance<Values>;
  /**
   * Called with the parsed, contract-valid object. Call the API through a TanStack mutation
   * (`mutateAsync`): the mutation cache shows the server message, and a rethrown ApiError's
   * field details land on the fields here.
   */
  onSubmit: (data: z.output<S>) => Promise<unknown> | unknown;
  /** Reshape the raw form values before validation (e.g. dayjs → ISO string). */
  prepare?: (values: Values) => Values;
  children: ReactNode;
}

type NamePath = Array<string | number>;

/**
 * The form pattern of the system: field rules come from the same zod schema the API validates
 * with, the whole object is checked on submit, and server-side field errors are shown in place.
 */
export function SchemaForm<S extends z.ZodType>({ schema, form, onSubmit, prepare, children, ...rest }: SchemaFormProps<S>) {
  const { t } = useTranslation();

  const showIssues = (issues: Array<{ path: NamePath; message: string }>): void => {
    const byField = new Map<string, { name: NamePath; errors: string[] }>();
    for (const issue of issues) {
      if (issue.path.length === 0) continue;
      const key = issue.path.join('.');
      const entry = byField.get(key) ?? { name: issue.path, errors: [] };
      entry.errors.push(issue.message);
      byField.set(key, entry);
    }
    form.setFields([...byField.values()]);
  };

  const onFinish = async (raw: Values) => {
    const values = normalizeValues(schema, prepare ? prepare(raw) : raw);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      showIssues(parsed.error.issues.map((i) => ({ path: i.path.filter((p): p is string | number => typeof p !== 'symbol'), message: issueMessage(i) })));
      feedback.message?.error(t('form.invalid'));
      return;
    }
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      // The global handler already showed the message; put field details where they belong.
      if (isApiError(error)) showIssues(error.fieldIssues());
    }
  };

  return (
    <SchemaContext.Provider value={schema}>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void onFinish(v)} {...rest}>
        {children}
      </Form>
    </SchemaContext.Provider>
  );
}

/** A Form.Item whose rules come from the surrounding SchemaForm's schema. */
export function SchemaField({ name, rules, ...rest }: FormItemProps & { name: string }) {
  const schema = useContext(SchemaContext);
  const derived = schema ? schemaRules(schema, name) : [];
  return <Form.Item name={name} rules={[...derived, ...(rules ?? [])]} {...rest} />;
}
