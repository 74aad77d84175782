import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app.tsx';
import { initI18n } from './i18n/i18n.ts';
import { watchScrollRegions } from './theme/scroll-regions.ts';
import './styles.css';
import './enforcement/enforcement.css';

const i18n = initI18n();
const root = document.getElementById('root');
if (root === null) throw new Error('index.html lacks #root');

watchScrollRegions(document.body);
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
