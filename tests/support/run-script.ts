/** Runs one of the project's CLIs (scripts/*.ts) the way npm does, through tsx. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A non-zero exit is a result to assert on, not an exception. `env` replaces the inherited environment when given. */
export async function runScript(script: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ScriptRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts', script), ...args], { cwd: options.cwd ?? ROOT, env: options.env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as ScriptRun;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
