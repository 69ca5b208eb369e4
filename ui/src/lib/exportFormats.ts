/**
 * Paths of File > Export. The formats and layouts themselves are the core's
 * (`backend.exportChoices()`): the UI keeps no list of its own.
 */

/** `path` ending in `.extension`, added when the user typed a name without it. */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension}`) ? path : `${path}.${extension}`;
}
