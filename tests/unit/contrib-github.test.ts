import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

// Real actions at a pinned major version; anything else is a typo or an unreviewed third party.
const ALLOWED_ACTIONS = new Set([
  'actions/checkout@v4',
  'actions/setup-node@v4',
  'actions/upload-artifact@v4',
  'actions/configure-pages@v5',
  'actions/upload-pages-artifact@v3',
  'actions/deploy-pages@v4',
]);
const FORM_FIELD_TYPES = new Set(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']);

const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>);
const read = (file: string) => readFileSync(file, 'utf8');
const yamlFiles = (dir: string) => readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f));
const workflows = yamlFiles('.github/workflows');
const forms = yamlFiles('.github/ISSUE_TEMPLATE').filter((f) => !f.endsWith('config.yml'));

/** `npm run X`, `npm test`, `npm ci` … named anywhere in a text. */
function npmCommands(text: string): string[] {
  return [...text.matchAll(/\bnpm (?:run ([\w:-]+)|(test|start)\b)/g)].map((m) => m[1] ?? m[2]);
}

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Workflow = { on: unknown; permissions?: Record<string, string>; jobs: Record<string, { steps: Step[]; 'runs-on': string }> };
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((job) => job.steps);

describe('.github workflows', () => {
  it('exist: the pull-request check and the Pages deployment', () => {
    expect(workflows.map((f) => path.basename(f)).sort()).toEqual(['deploy.yml', 'pr.yml']);
  });

  for (const file of workflows) {
    describe(file, () => {
      const wf = yaml.load(read(file)) as Workflow;

      it('parses as YAML with triggers and jobs of steps', () => {
        expect(wf.on).toBeTruthy();
        for (const job of Object.values(wf.jobs)) {
          expect(job['runs-on']).toBeTruthy();
          expect(job.steps.length).toBeGreaterThan(0);
          for (const step of job.steps) expect(Boolean(step.uses) !== Boolean(step.run)).toBe(true);
        }
      });

      it('uses only allow-listed actions at a major version', () => {
        const used = steps(wf).flatMap((s) => (s.uses ? [s.uses] : []));
        expect(used.length).toBeGreaterThan(0);
        for (const uses of used) {
          expect(uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
          expect(ALLOWED_ACTIONS.has(uses), `${uses} is not in the allow-list`).toBe(true);
        }
      });

      it('names only npm scripts that exist in package.json', () => {
        const named = npmCommands(steps(wf).map((s) => s.run ?? '').join('\n'));
        expect(named.length).toBeGreaterThan(0);
        for (const name of named) expect(scripts, `npm run ${name}`).toContain(name);
      });
    });
  }

  it('pr.yml validates, tests, builds, runs the browser tests and uploads the screenshots', () => {
    const wf = yaml.load(read('.github/workflows/pr.yml')) as Workflow;
    expect(wf.on).toHaveProperty('pull_request');
    const runs = steps(wf).map((s) => s.run ?? s.uses);
    const order = ['npm ci', 'npm run validate', 'npm test', 'npm run build', 'npm run test:e2e', 'actions/upload-artifact@v4'];
    const positions = order.map((cmd) => runs.findIndex((r) => r?.includes(cmd)));
    expect(positions.every((p) => p >= 0), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(runs.some((r) => r?.includes('apt-get install') && r.includes('chromium'))).toBe(true);
    const upload = steps(wf).find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with?.path).toBe('test-results/screenshots');
    const node = steps(wf).find((s) => s.uses?.startsWith('actions/setup-node'))!;
    expect(node.with).toMatchObject({ 'node-version': 20, cache: 'npm' });
  });

  it('deploy.yml builds with the Pages base path and deploys with the Pages actions', () => {
    const wf = yaml.load(read('.github/workflows/deploy.yml')) as Workflow & { concurrency?: unknown };
    expect(wf.on).toMatchObject({ push: { branches: ['main'] } });
    expect(wf.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(wf.concurrency).toBeTruthy();
    const build = steps(wf).find((s) => s.run?.includes('npm run build'))!;
    expect(build.run).toContain('SITE_URL="https://${owner}.github.io"');
    expect(build.run).toContain('BASE_PATH="/${repo}/"');
    const uses = steps(wf).map((s) => s.uses);
    for (const action of ['actions/configure-pages@v5', 'actions/upload-pages-artifact@v3', 'actions/deploy-pages@v4']) expect(uses).toContain(action);
  });
});

describe('.github issue forms and pull-request template', () => {
  it('has the three forms', () => {
    expect(forms.map((f) => path.basename(f)).sort()).toEqual(['add-paper.yml', 'fix-entry.yml', 'suggest-category.yml']);
    expect(yaml.load(read('.github/ISSUE_TEMPLATE/config.yml'))).toHaveProperty('blank_issues_enabled');
  });

  for (const file of forms) {
    it(`${path.basename(file)} is a valid issue form`, () => {
      const form = yaml.load(read(file)) as { name: string; description: string; body: Array<{ type: string; id?: string; attributes: { label?: string } }> };
      expect(form.name).toBeTruthy();
      expect(form.description).toBeTruthy();
      const ids = form.body.flatMap((field) => (field.id ? [field.id] : []));
      expect(new Set(ids).size).toBe(ids.length);
      for (const field of form.body) {
        expect(FORM_FIELD_TYPES).toContain(field.type);
        if (field.type !== 'markdown') expect(field.attributes.label, `${field.id} needs a label`).toBeTruthy();
      }
    });
  }

  it('the pull-request template and CONTRIBUTING.md name only npm scripts that exist', () => {
    for (const file of ['.github/pull_request_template.md', 'CONTRIBUTING.md']) {
      const named = npmCommands(read(file));
      expect(named.length, file).toBeGreaterThan(0);
      for (const name of named) expect(scripts, `${file}: npm run ${name}`).toContain(name);
    }
  });
});
