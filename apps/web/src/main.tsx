import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/global.css';
import './app/i18n/index.ts';
import { App } from './app/App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
