/**
 * Imported by main.tsx right after jitless.ts, before the modules of the whole app run (a few hundred
 * milliseconds on a slow machine): a picture page's picture is asked for meanwhile, and the server
 * computes it while the app starts; likewise a network page's map.
 */
import { prefetchPictureOf } from './features/pictures/prefetch';
import { prefetchNetworkGraphOf } from './shared/network-map/payload';

prefetchPictureOf(window.location.pathname);
prefetchNetworkGraphOf(window.location.pathname);
