import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { validateData } from './src/integrations/validate-data.ts';

// SITE_URL / BASE_PATH let the same source deploy to a custom domain or to a
// GitHub Pages project site under /<repo>/.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [validateData()],
  vite: { plugins: [tailwindcss()] },
});
