// Whether a script module was started by `node path/to/script.mjs`, not imported: compares real file paths, not
// `file://${process.argv[1]}` (which differs from import.meta.url as soon as the path holds a space, an accent or a
// symlink, so the script silently did nothing).
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** True when the module whose `import.meta.url` is `url` is the script node was started with. */
export function isMain(url) {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(url));
  } catch {
    return false;
  }
}
