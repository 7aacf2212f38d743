import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { startI18n } from './i18n/i18n.ts';
import { LiveAnnouncer } from './shell/LiveAnnouncer.tsx';
import './styles/base.css';
import './styles/controls.css';
import './styles/list.css';
import './styles/editorBase.css';
import './styles/editor.css';
import './styles/document.css';
import './styles/carets.css';
import './styles/tags.css';
import './styles/panel.css';
import './styles/views.css';
import './styles/agreement.css';
import './styles/access.css';
import './styles/export.css';
import './styles/a11y.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
await startI18n();
createRoot(root).render(
  <StrictMode>
    <App />
    <LiveAnnouncer />
  </StrictMode>,
);
