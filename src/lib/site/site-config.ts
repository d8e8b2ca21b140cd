/**
 * Site-wide settings in one place. The repository URL is the only thing a
 * fork has to change (or set REPO_URL at build time): edit links, issue links
 * and the contributing guide all derive from it.
 */
const DEFAULT_REPO_URL = 'https://github.com/iad-atlas/iad-atlas';

function readRepoUrl(): string {
  const value = (globalThis.process?.env?.REPO_URL ?? DEFAULT_REPO_URL).trim().replace(/\/+$/, '');
  if (!/^https:\/\/[^/\s]+\/[^\s]+$/.test(value)) {
    throw new Error(`REPO_URL must be an https:// repository URL such as ${DEFAULT_REPO_URL}; got "${value}"`);
  }
  return value;
}

export const siteName = 'IAD Atlas';
export const siteDescription =
  'A community-curated catalog of industrial image anomaly detection research: papers, datasets and the taxonomy of methods.';
export const repoUrl = readRepoUrl();
export const codeLicense = 'MIT';
export const dataLicense = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export const repoLinks = {
  home: repoUrl,
  contributing: `${repoUrl}/blob/main/CONTRIBUTING.md`,
  /** GitHub's web editor for a data file; it offers a fork and pull request to outsiders. */
  edit: (file: string) => `${repoUrl}/edit/main/${file}`,
  newIssue: (title: string, body?: string) =>
    `${repoUrl}/issues/new?title=${encodeURIComponent(title)}${body ? `&body=${encodeURIComponent(body)}` : ''}`,
};
