import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compositionId, type Aspect } from '../contract/aspects';
import { AeProjectNotFoundError, AerenderNotConfiguredError } from './errors';

export const AERENDER_ENV = 'FLATRENDER_AERENDER';
export const AE_PROJECTS_ENV = 'FLATRENDER_AE_PROJECTS';

const AERENDER_EXAMPLES =
  'e.g. "C:\\Program Files\\Adobe\\Adobe After Effects 2025\\Support Files\\aerender.exe" on Windows or "/Applications/Adobe After Effects 2025/aerender" on macOS';

/** The aerender executable: the option, else `FLATRENDER_AERENDER`; checked to exist and be runnable. */
export function resolveAerender(aerenderPath: string | undefined, env: NodeJS.ProcessEnv): string {
  const configured = aerenderPath ?? env[AERENDER_ENV];
  if (!configured) {
    throw new AerenderNotConfiguredError(
      AERENDER_ENV,
      `${AERENDER_ENV} is not set: the After Effects engine runs Adobe's aerender, which ships with After Effects. Set ${AERENDER_ENV} to its path (${AERENDER_EXAMPLES}) on a machine with After Effects installed, or render with the Remotion engine`,
    );
  }
  const path = resolve(configured);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new AerenderNotConfiguredError(AERENDER_ENV, `${AERENDER_ENV} points at ${path}, which is not a file; set it to aerender's path (${AERENDER_EXAMPLES})`);
  }
  if (process.platform !== 'win32') {
    try {
      accessSync(path, constants.X_OK);
    } catch {
      throw new AerenderNotConfiguredError(AERENDER_ENV, `${AERENDER_ENV} points at ${path}, which is not executable (chmod +x it or fix the path)`);
    }
  }
  return path;
}

/** The directory of `<Template>.aep` files: the option, else `FLATRENDER_AE_PROJECTS`. */
export function resolveProjectsDir(projectsDir: string | undefined, env: NodeJS.ProcessEnv): string {
  const configured = projectsDir ?? env[AE_PROJECTS_ENV];
  if (!configured) {
    throw new AerenderNotConfiguredError(
      AE_PROJECTS_ENV,
      `${AE_PROJECTS_ENV} is not set: point it at the directory holding one After Effects project per template (<Template>.aep, e.g. LogoMotion.aep)`,
    );
  }
  const path = resolve(configured);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw new AerenderNotConfiguredError(AE_PROJECTS_ENV, `${AE_PROJECTS_ENV} points at ${path}, which is not a directory`);
  }
  return path;
}

/** `<projectsDir>/<Template>.aep`, or the XML `.aepx` when that is what the designer saved. */
export function projectFileFor(projectsDir: string, template: string): string {
  const tried = ['.aep', '.aepx'].map((extension) => join(projectsDir, `${template}${extension}`));
  const found = tried.find((path) => existsSync(path));
  if (!found) throw new AeProjectNotFoundError(template, tried);
  return found;
}

/** The comp inside the project: named like the Remotion composition, `LogoMotion-16x9`. */
export function aeCompName(template: string, aspect: Aspect): string {
  return compositionId(template, aspect);
}
