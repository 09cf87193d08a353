import { registerRoot } from 'remotion';
import { RemotionRoot } from './Root';

// The bundle entry point handed to @remotion/bundler.
registerRoot(RemotionRoot);
