// The model data the pages use (muscle groups, athlete defaults, the reps-to-%1RM relation, unit factors): GET
// /api/model once at startup, handed to model.js (setModel) before any page is built.
import { call } from './api.js';
import { setModel } from './model.js';

let loading = null;

/** Loads /api/model once and sets it in model.js; rejects (and may be retried) when the server does not answer it. */
export function loadModel() {
  loading ??= call('/api/model')
    .then((json) => {
      setModel(json);
      return json;
    })
    .catch((error) => {
      loading = null;
      throw error;
    });
  return loading;
}
