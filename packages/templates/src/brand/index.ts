export * from './colors';
export * from './digits';
export * from './fonts';
export * from './layout';
export * from './motion';
export * from './FitText';
export * from './Canvas';
