// The GET /api/model answer as the tests' model data: test/fixtures/model.json, which the C# test
// ModelApiTests.The_client_fixture_is_what_the_api_answers keeps byte for byte equal to the server's answer.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { setModel } from '../src/model.js';

export const MODEL = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'model.json'), 'utf8'));

/** Sets the fixture as the model data (each test file runs in its own process). */
export function useFixtureModel() {
  setModel(structuredClone(MODEL));
}
