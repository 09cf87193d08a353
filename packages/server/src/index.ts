export const SERVER_PACKAGE = '@flatrender/server';
