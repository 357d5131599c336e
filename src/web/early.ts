/**
 * Imported by main.tsx right after jitless.ts, before the modules of the whole app run (a few hundred
 * milliseconds on a slow machine): a picture page's picture is asked for meanwhile, and the server
 * computes it while the app starts; likewise a network page's map.
 */
import { prefetchPictureOf } from './features/pictures/prefetch';
import { prefetchNetworkOf } from './shared/network-map/data';

prefetchPictureOf(window.location.pathname);
prefetchNetworkOf(window.location.pathname);
