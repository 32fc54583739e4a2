import { createBridge } from './lib/bridge.js';

createBridge({ chrome: globalThis.chrome, userAgent: navigator.userAgent }).start();
