import { Alert } from 'antd';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/http-client.ts';

/** Shows an API error's `message` — already in the user's language. */
export function ErrorAlert({ error, title, extra }: { error: ApiError; title?: string; extra?: ReactNode }) {
  return (
    <Alert
      type="error"
      showIcon
      data-testid="error-alert"
      data-code={error.code}
      title={title ?? error.message}
      description={title === undefined ? extra : (<>{error.message}{extra}</>)}
    />
  );
}
