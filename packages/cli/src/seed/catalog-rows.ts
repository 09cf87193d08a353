// The catalogue seed moved to @flatrender/server (the server seeds on start); one copy.
export { PLATFORM_TENANT } from '@flatrender/server';
