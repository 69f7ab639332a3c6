// The interface texts of one language, read from the Fluent catalogues the server embeds
// (crates/mgi-i18n/locales/<lang>/*.ftl), for the few checks that read a sentence of a page
// rather than a selector. Only single-line messages are understood (`key = text`, with
// `{ $name }` placeables filled from `args`); a key that is not one of those is an error, so that
// a check never compares with a text the page cannot show.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '..', 'crates', 'mgi-i18n', 'locales');

export function catalogue(lang) {
  const dir = join(LOCALES, lang);
  const messages = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (m && !m[2].includes('->')) messages.set(m[1], m[2]);
    }
  }
  return (key, args = {}) => {
    const text = messages.get(key);
    if (text === undefined) throw new Error(`no single-line message ${key} in locales/${lang}`);
    return text.replace(/\{ \$([a-z_]+) \}/g, (_, name) => {
      if (!(name in args)) throw new Error(`message ${key} needs $${name}`);
      return String(args[name]);
    });
  };
}
