// The exercise catalogue: GET /api/exercises (all, once, for muscles and one-side info) and ?search=TEXT.
import { call } from './api.js';

const byName = new Map();
let loading = null;

function remember(exercises) {
  for (const e of exercises) {
    byName.set(e.name.toLowerCase(), e);
    for (const alias of e.aliases ?? []) {
      if (!byName.has(alias.toLowerCase())) byName.set(alias.toLowerCase(), e);
    }
  }
}

/** Loads the whole catalogue once (103 exercises); resolves to the list (empty on failure). */
export function loadCatalogue() {
  loading ??= call('/api/exercises')
    .then((json) => {
      remember(json.exercises ?? []);
      return json.exercises ?? [];
    })
    .catch(() => {
      loading = null;
      return [];
    });
  return loading;
}

/** The catalogue entry for a name or alias, if loaded. */
export const exerciseInfo = (name) => byName.get(String(name ?? '').toLowerCase()) ?? null;

/** Exercises matching the text (server-side search: names, aliases, muscles). */
export async function searchExercises(text, signal) {
  const json = await call(`/api/exercises?search=${encodeURIComponent(text)}`, { signal });
  remember(json.exercises ?? []);
  return json.exercises ?? [];
}

/** "quadriceps, glutes" from an entry's primary muscles, strongest first. */
export function primaryMuscles(entry) {
  if (!entry?.primary) return '';
  return Object.entries(entry.primary)
    .sort((a, b) => b[1] - a[1])
    .map(([m]) => m.replace(/_/g, ' '))
    .join(', ');
}
