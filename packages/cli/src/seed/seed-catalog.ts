// The catalogue seed moved to @flatrender/server (the server seeds on start); one copy.
export { seedTemplateCatalog, type SeedCatalogResult } from '@flatrender/server';
