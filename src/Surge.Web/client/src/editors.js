// Editors shared by the Session and Program pages: the athlete panel, the exercise rows and the exercise picker.
import { h, uid, replace } from './dom.js';
import { fmtEntered } from './format.js';
import { numberSlider, numberField, selectField, textField } from './widgets.js';
import { athleteDefaults, defaultRow, convertLoad, limits, tabulatedReps, trainingStatuses } from './model.js';
import { exerciseInfo, primaryMuscles, searchExercises } from './catalogue.js';
import { debounce, latestWins } from './debounce.js';

/**
 * Athlete fields bound to getAthlete() (the object is replaced when a preset loads: call refresh()).
 * `tp` prefixes the data-testids.
 */
export function athletePanel({ getAthlete, onChange, tp = '', extra = [] }) {
  const a = () => getAthlete();
  const { age_years: age, body_mass_kg: bodyMass, body_fat_pct: bodyFat, testosterone_nmol_per_l: testosterone } = limits();
  const defaultMass = (sex) => athleteDefaults(sex).body_mass_kg;
  const defaultFat = (sex) => fmtEntered(athleteDefaults(sex).body_fat_pct);
  /** @type {Array<{el: HTMLElement, refresh: () => void}>} */
  const fields = [
    selectField({
      label: 'Sex', options: [['male', 'male'], ['female', 'female']], testid: `${tp}athlete-sex`, field: 'athlete.sex',
      get: () => a().sex,
      set: (v) => {
        // Keep the body mass at the sex's default when it was the other sex's default.
        const athlete = a();
        const other = v === 'female' ? 'male' : 'female';
        if (athlete.body_mass === defaultMass(other)) athlete.body_mass = defaultMass(v);
        athlete.sex = v;
        mass.refresh();
      },
      onChange,
    }),
    numberSlider({
      label: 'Age', unit: 'years', min: age.min, max: age.max, get: () => a().age, set: (v) => { a().age = v; }, onChange,
      testid: `${tp}athlete-age`, sliderTestid: `${tp}athlete-age-slider`, field: 'athlete.age',
    }),
  ];
  const mass = numberSlider({
    label: 'Body mass', unit: 'kg', min: bodyMass.min, max: bodyMass.max, step: 0.5, sliderMin: 40, sliderMax: 150,
    get: () => a().body_mass, set: (v) => { a().body_mass = v; }, onChange,
    testid: `${tp}athlete-mass`, sliderTestid: `${tp}athlete-mass-slider`, field: 'athlete.body_mass',
  });
  fields.push(mass);
  fields.push(selectField({
    label: 'Training status', options: trainingStatuses().map((t) => [t, t]),
    get: () => a().training_status, set: (v) => { a().training_status = v; }, onChange,
    testid: `${tp}athlete-status`, field: 'athlete.training_status',
  }));
  fields.push(numberField({
    label: 'Body fat', unit: '%', min: bodyFat.min, max: bodyFat.max, step: 0.5, optional: true, placeholder: 'default',
    get: () => a().body_fat, set: (v) => { a().body_fat = v; }, onChange,
    testid: `${tp}athlete-fat`, field: 'athlete.body_fat', hint: `empty: ${defaultFat('male')} % (men), ${defaultFat('female')} % (women)`,
  }));
  fields.push(numberField({
    label: 'Resting testosterone', unit: 'nmol/L', min: testosterone.min, max: testosterone.max, step: 0.1, optional: true, placeholder: 'default',
    get: () => a().resting_testosterone, set: (v) => { a().resting_testosterone = v; }, onChange,
    testid: `${tp}athlete-testosterone`, field: 'athlete.resting_testosterone', hint: 'habitual 08:00 level; empty: from sex and age',
  }));
  const all = [...fields, ...extra];
  const el = h('fieldset', { class: 'panel athlete' }, h('legend', null, 'Athlete'), h('div', { class: 'grid2' }, all.map((f) => f.el)));
  return { el, refresh: () => all.forEach((f) => f.refresh()) };
}

const SIDES = [['both', 'both'], ['left', 'left'], ['right', 'right']];

/**
 * The exercise rows of one session (or one training day): getRows() returns the live array.
 * onChange() after a value changes; the list re-renders itself on add/remove/reorder.
 * `tp` prefixes data-testids (rest-0 is the first row's rest slider with tp = '').
 */
export function exerciseRows({ getRows, onChange, tp = '', emptyText = 'No exercises: a rest-control day (circadian baselines only).' }) {
  const list = h('ol', { class: 'rows', 'data-testid': `${tp}exercise-rows` });
  const rowEls = [];

  const render = () => {
    rowEls.length = 0;
    const rows = getRows();
    replace(list, rows.length === 0 ? h('li', { class: 'empty-rows' }, emptyText) : rows.map((row, i) => {
      const el = rowEditor(row, i, rows.length);
      rowEls.push(el);
      return el;
    }));
    list.dataset.count = String(rows.length);
  };

  const move = (i, by) => {
    const rows = getRows();
    const j = i + by;
    if (j < 0 || j >= rows.length) return;
    [rows[i], rows[j]] = [rows[j], rows[i]];
    render();
    list.querySelector(`[data-testid="${tp}row-${by < 0 ? 'up' : 'down'}-${j}"]`)?.focus();
    onChange();
  };

  const remove = (i) => {
    getRows().splice(i, 1);
    render();
    onChange();
  };

  function rowEditor(row, i, count) {
    const info = exerciseInfo(row.exercise);
    const change = () => onChange();
    const f = (key) => `exercises[${i}].${key}`;
    const sets = numberField({ label: 'Sets', min: 1, max: 50, get: () => row.sets, set: (v) => { row.sets = Math.round(v); }, onChange: change, testid: `${tp}sets-${i}`, field: f('sets') });
    const reps = numberField({ label: 'Reps', min: 1, max: 100, get: () => row.reps, set: (v) => { row.reps = Math.round(v); }, onChange: change, testid: `${tp}reps-${i}`, field: f('reps') });

    // Load: a number + unit (%1RM or NRM) + slider; switching the unit keeps the intensity.
    const loadId = uid('load');
    const loadNumber = h('input', { id: loadId, type: 'number', step: 1, 'data-testid': `${tp}load-${i}`, 'data-field': f('load') });
    const loadUnit = h('select', { 'aria-label': `Load unit, exercise ${i + 1}`, 'data-testid': `${tp}load-unit-${i}` },
      h('option', { value: '%1RM' }, '%1RM'), h('option', { value: 'RM', title: 'N-rep maximum: the heaviest load for N reps' }, 'RM'));
    const loadSlider = h('input', { type: 'range', 'aria-label': `Load slider, exercise ${i + 1}`, 'data-testid': `${tp}load-slider-${i}` });
    const loadLimits = () => (row.loadUnit === 'RM' ? { min: 1, max: tabulatedReps(), step: 1 } : { min: 30, max: 100, step: 1 });
    const loadRefresh = () => {
      const lim = loadLimits();
      loadNumber.min = 1;
      loadNumber.max = 100;
      loadSlider.min = lim.min;
      loadSlider.max = lim.max;
      loadSlider.step = lim.step;
      loadNumber.value = String(row.loadValue);
      loadUnit.value = row.loadUnit;
      loadSlider.value = String(row.loadValue);
    };
    loadNumber.addEventListener('input', () => {
      const v = Number(loadNumber.value);
      if (loadNumber.value === '' || !Number.isFinite(v)) return;
      row.loadValue = v;
      loadSlider.value = String(v);
      change();
    });
    loadSlider.addEventListener('input', () => {
      row.loadValue = Number(loadSlider.value);
      loadNumber.value = loadSlider.value;
      change();
    });
    loadUnit.addEventListener('change', () => {
      row.loadValue = convertLoad(row.loadValue, row.loadUnit, loadUnit.value);
      row.loadUnit = loadUnit.value;
      loadRefresh();
      change();
    });
    loadRefresh();
    const load = h('div', { class: 'field numslider load' },
      h('label', { for: loadId }, 'Load'),
      h('div', { class: 'numslider-controls' }, h('span', { class: 'load-value' }, loadNumber, loadUnit), loadSlider));

    const rest = numberSlider({
      label: 'Rest', unit: 's', min: 0, max: 3600, step: 5, sliderMin: 30, sliderMax: 300, sliderStep: 5,
      get: () => row.rest, set: (v) => { row.rest = v; }, onChange: change,
      testid: `${tp}rest-input-${i}`, sliderTestid: `${tp}rest-${i}`, field: f('rest'),
    });
    const tempo = textField({
      label: 'Tempo (e.g. 3-0-1-0)', get: () => row.tempo, set: (v) => { row.tempo = v; }, onChange: change, placeholder: 'auto',
      testid: `${tp}tempo-${i}`, field: f('tempo'), pattern: '^$|^[0-9xX](-?[0-9xX]){3}$', title: 'seconds eccentric-pause-concentric-pause, e.g. 3-0-1-0', size: 9,
    });
    const unilateral = info ? info.unilateral : true;
    const side = selectField({
      label: 'Side', options: SIDES, get: () => row.side, set: (v) => { row.side = v; }, onChange: change, testid: `${tp}side-${i}`, field: f('side'),
    });
    if (!unilateral && row.side === 'both') {
      side.select.disabled = true;
      side.select.title = 'this exercise is done with both sides at once';
    }
    const rir = numberField({
      label: 'Reps in reserve', min: 0, max: 10, optional: true, placeholder: 'auto', get: () => row.rir, set: (v) => { row.rir = v == null ? null : Math.round(v); },
      onChange: change, testid: `${tp}rir-${i}`, field: f('rir'),
    });
    rir.input.title = 'reps in reserve (0–10); empty: estimated from reps and load';
    const failId = uid('fail');
    const failure = h('input', { id: failId, type: 'checkbox', checked: row.to_failure, 'data-testid': `${tp}failure-${i}`, 'data-field': f('to_failure') });
    rir.input.disabled = row.to_failure;
    failure.addEventListener('change', () => {
      row.to_failure = failure.checked;
      rir.input.disabled = failure.checked;
      change();
    });

    const n = i + 1;
    return h('li', { class: 'row', 'data-testid': `${tp}row-${i}`, 'data-exercise': row.exercise },
      h('div', { class: 'row-head' },
        h('span', { class: 'row-num', 'aria-hidden': 'true' }, String(n)),
        h('span', { class: 'row-title' },
          h('strong', { 'data-field': f('exercise') }, row.exercise),
          info ? h('span', { class: 'muscles' }, primaryMuscles(info)) : null),
        h('span', { class: 'row-tools' },
          h('button', { type: 'button', class: 'icon', 'aria-label': `Move ${row.exercise} up`, disabled: i === 0, 'data-testid': `${tp}row-up-${i}`, onclick: () => move(i, -1) }, '↑'),
          h('button', { type: 'button', class: 'icon', 'aria-label': `Move ${row.exercise} down`, disabled: i === count - 1, 'data-testid': `${tp}row-down-${i}`, onclick: () => move(i, 1) }, '↓'),
          h('button', { type: 'button', class: 'icon remove', 'aria-label': `Remove ${row.exercise}`, 'data-testid': `${tp}row-remove-${i}`, onclick: () => remove(i) }, '×'))),
      h('div', { class: 'row-grid' },
        h('div', { class: 'row-line' }, sets.el, reps.el, rir.el, h('div', { class: 'field check' }, failure, h('label', { for: failId }, 'to failure'))),
        load, rest.el,
        h('div', { class: 'row-line' }, tempo.el, side.el)));
  }

  render();
  return {
    el: list,
    render,
    add(name) {
      const rows = getRows();
      const last = rows[rows.length - 1];
      const row = last ? { ...defaultRow(name), sets: last.sets, rest: last.rest } : defaultRow(name);
      rows.push(row);
      render();
      onChange();
    },
  };
}

/**
 * Search-as-you-type exercise picker (a combobox): GET /api/exercises?search=TEXT, arrow keys + Enter or a click adds.
 */
export function exercisePicker({ onPick, tp = '', label = 'Add an exercise' }) {
  const id = uid('pick');
  const listId = `${id}-list`;
  const input = h('input', {
    id, type: 'search', role: 'combobox', autocomplete: 'off', placeholder: 'search: squat, curl, chest…',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, 'data-testid': `${tp}exercise-search`,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'picker-list', hidden: true, 'aria-label': 'Exercises', 'data-testid': `${tp}exercise-options` });
  const status = h('div', { class: 'picker-status', 'aria-live': 'polite' });
  let results = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, k) => li.setAttribute('aria-selected', String(k === i)));
    const li = list.children[i];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (entry) => {
    onPick(entry.name);
    input.value = '';
    results = [];
    close();
    status.textContent = `${entry.name} added`;
    input.focus();
  };
  const show = (items, text) => {
    results = items.slice(0, 30);
    replace(list, results.map((e, i) => h('li', {
      id: `${id}-opt-${i}`, role: 'option', 'aria-selected': 'false', 'data-testid': `${tp}exercise-option`, 'data-name': e.name,
      onmousedown: (ev) => ev.preventDefault(), onclick: () => pick(e),
    }, h('span', { class: 'opt-name' }, e.name), h('span', { class: 'opt-muscles' }, primaryMuscles(e)))));
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(results.length > 0));
    status.textContent = results.length === 0 ? `no exercise matches '${text}'` : `${items.length} exercise${items.length === 1 ? '' : 's'}`;
    if (results.length) highlight(0);
  };
  const search = latestWins((signal, text) => searchExercises(text, signal), {
    onResult: (items) => show(items, input.value.trim()),
    onError: (e) => { status.textContent = `search failed: ${e.message}`; },
  });
  const searchSoon = debounce((text) => search(text), 100);
  input.addEventListener('input', () => {
    const text = input.value.trim();
    if (!text) {
      searchSoon.cancel();
      search.abort();
      close();
      status.textContent = '';
      return;
    }
    searchSoon(text);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && results.length) {
      ev.preventDefault();
      if (list.hidden) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
      highlight(Math.min(results.length - 1, active + 1));
    } else if (ev.key === 'ArrowUp' && results.length) {
      ev.preventDefault();
      highlight(Math.max(0, active - 1));
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (!list.hidden && results[active]) pick(results[active]);
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  const el = h('div', { class: 'picker' }, h('label', { for: id }, label), input, list, status);
  return { el, input };
}
