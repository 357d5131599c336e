/**
 * Zod without its just-in-time compiler. The page's Content-Security-Policy allows no eval, and zod's
 * probe for it (`new Function`) is reported as a violation on every page even though zod catches the
 * error. Zod decides when an object schema is made, so main.tsx imports this module first, before any
 * module that makes one.
 */
import { z } from 'zod';

z.config({ jitless: true });
