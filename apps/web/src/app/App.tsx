import { useEffect, useState } from 'react';
import { App as AntApp } from 'antd';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { setFeedback } from './api/index.ts';
import { AuthProvider } from './auth/index.ts';
import { LocaleProvider } from './i18n/LocaleProvider.tsx';
import { createQueryClient } from './query-client.ts';
import { router } from './routing/router.tsx';

/** Hands antd's context-aware message/notification to code outside React (the query cache). */
function FeedbackBridge() {
  const { message, notification } = AntApp.useApp();
  useEffect(() => setFeedback(message, notification), [message, notification]);
  return null;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <AntApp>
          <FeedbackBridge />
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </AntApp>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
