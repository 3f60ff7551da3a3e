// Program page: a weekly template over N weeks -> per-muscle size, 1RM per exercise, resting testosterone.
import { h, replace, download, slug, pageHead, toolbarGroup } from '../dom.js';
import { plural } from '../format.js';
import { call, problemBox, ProblemError, plainDetail, retryWhenRateLimited } from '../api.js';
import { dayKeys, dayName, limits, programDocument, programFromDocument, locateField, clone, restoreProgram } from '../model.js';
import { debounce, latestWins } from '../debounce.js';
import { athletePanel, exerciseRows, exercisePicker } from '../editors.js';
import { numberSlider, numberField, timeOfDay, markInvalid } from '../widgets.js';
import { loadCatalogue } from '../catalogue.js';
import { programPresets } from '../presets.js';
import { readLink, trackState } from '../page-state.js';
import { setEditedProgram } from '../shared-program.js';
import { EDITED, programResults } from './program-results.js';


export function programPage() {
  // A program week's days, Monday first, as the model serves them.
  const days = dayKeys();
  const presets = programPresets();
  const load = (id) => {
    const preset = presets.find((p) => p.id === id) ?? presets[0];
    return programFromDocument(clone(preset.doc), preset.title);
  };
  // The link's state (#/program?p=…) when it holds one, else the first example.
  const fromLink = (value) => {
    const state = value?.v === 1 ? restoreProgram(value.program) : null;
    return state ? { program: state, preset: presets.some((p) => p.id === value.preset) ? value.preset : presets[0]?.id } : null;
  };
  const linked = fromLink(readLink('p'));
  let presetId = linked?.preset ?? presets[0]?.id;
  let program = linked?.program ?? load(presetId).state;
  let activeDay = days.find((d) => program.days[d].exercises.length > 0) ?? days[0];
  let last = null;
  // The program compared with this one: an example (simulated as it is), or a second program edited here
  // (compareId EDITED, its editor state in otherProgram; `editing` says which of the two the editor shows).
  // other: {id, title, result} of the compared program, or null.
  const linkedOther = readLink('p')?.compare === EDITED && linked ? restoreProgram(readLink('p').other) : null;
  let compareId = linkedOther ? EDITED : presets.some((p) => p.id === readLink('p')?.compare) ? readLink('p').compare : '';
  let otherProgram = linkedOther;
  let editing = 'a'; // not in the link nor an undo step: a link opens on this program, the tabs switch
  let other = null;
  const edited = () => (editing === 'b' && otherProgram ? otherProgram : program);
  const otherTitle = () => {
    const name = otherProgram?.name || 'Program B';
    return name === (program.name || '') ? `${name} (B)` : name;
  };

  const root = h('section', { class: 'page program-page', 'data-testid': 'program-page', 'data-state': 'busy', 'aria-labelledby': 'program-h' });
  const problemSlot = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const notesSlot = h('div', { class: 'notes-slot', 'aria-live': 'polite' });
  const editorSlot = h('div', { class: 'editor-slot' });
  const status = h('span', { class: 'status', role: 'status', 'data-testid': 'train-status' }, 'simulating…');
  const results = programResults();
  const { compareTable } = results;

  const compareSelect = h('select', { id: 'program-compare', 'data-testid': 'program-compare-select' },
    h('option', { value: '' }, 'nothing'),
    h('option', { value: EDITED, title: 'A second program you edit here, starting as a copy of this one', selected: compareId === EDITED }, 'a second program (edit it)'),
    presets.map((p) => h('option', { value: p.id, title: p.comment, selected: p.id === compareId }, p.title)));
  compareSelect.addEventListener('change', () => {
    compareId = compareSelect.value;
    if (compareId === EDITED) {
      if (!otherProgram) otherProgram = { ...clone(program), name: `${program.name || 'Program'} (copy)` };
      editing = 'b';
    } else {
      editing = 'a';
    }
    build();
    loadOther();
    tracker.changed();
  });
  // Which of the two programs the editor shows, when the compared one is edited here.
  const editingTabs = h('div', { class: 'tabs editing-tabs', role: 'tablist', 'aria-label': 'Program being edited', 'data-testid': 'program-editing-tabs' });
  function renderEditingTabs() {
    editingTabs.hidden = compareId !== EDITED;
    if (compareId !== EDITED) return;
    replace(editingTabs, [['a', program.name || 'This program'], ['b', otherTitle()]].map(([which, title]) => h('button', {
      type: 'button', role: 'tab', 'aria-selected': String(editing === which), tabindex: editing === which ? '0' : '-1',
      'data-testid': `program-editing-${which}`,
      onclick: () => { if (editing !== which) { editing = which; build(); } },
      onkeydown: (e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          editing = editing === 'a' ? 'b' : 'a';
          build();
          editingTabs.querySelector('[aria-selected=true]')?.focus();
        }
      },
    }, `Editing: ${title}`)));
  }

  const presetSelect = h('select', { id: 'program-preset', 'data-testid': 'program-preset-select' },
    h('option', { value: '' }, 'Start from an example…'),
    presets.map((p) => h('option', { value: p.id, title: p.comment }, p.title)));
  presetSelect.addEventListener('change', () => {
    if (!presetSelect.value) return;
    const preset = presets.find((p) => p.id === presetSelect.value);
    const { state, notes } = load(presetSelect.value);
    if (editing === 'b' && otherProgram) {
      otherProgram = state;
    } else {
      program = state;
      presetId = presetSelect.value;
    }
    activeDay = days.find((d) => edited().days[d].exercises.length > 0) ?? days[0];
    presetSelect.value = '';
    replace(notesSlot, h('div', { class: 'note' }, `Loaded “${preset.title}”${editing === 'b' ? ' as the compared program' : ''}: ${preset.comment}`,
      notes.length ? h('ul', null, notes.map((n) => h('li', null, n))) : null));
    build();
    changed();
  });

  const tracker = trackState({
    route: 'program', key: 'p', root, testid: 'program',
    snapshot: () => ({
      v: 1, preset: presetId, program, compare: compareId || undefined,
      ...(compareId === EDITED ? { other: otherProgram } : {}),
    }),
    restore: (value) => {
      const state = fromLink(value);
      if (!state) return false;
      const restoredOther = value.compare === EDITED ? restoreProgram(value.other) : null;
      const wanted = restoredOther ? EDITED : presets.some((p) => p.id === value.compare) ? value.compare : '';
      const otherChanged = wanted !== compareId || (restoredOther && JSON.stringify(restoredOther) !== JSON.stringify(otherProgram));
      compareId = wanted;
      compareSelect.value = wanted;
      if (restoredOther) otherProgram = restoredOther;
      if (!restoredOther) editing = 'a';
      program = state.program;
      presetId = state.preset;
      if (edited().days[activeDay].exercises.length === 0) activeDay = days.find((d) => edited().days[d].exercises.length > 0) ?? days[0];
      build();
      if (otherChanged) loadOther();
      tracker.changed();
      simulateThis();
      return true;
    },
    reset: () => {
      const preset = presets.find((p) => p.id === presetId);
      program = load(presetId).state;
      editing = 'a';
      activeDay = days.find((d) => program.days[d].exercises.length > 0) ?? days[0];
      replace(notesSlot, h('div', { class: 'note' }, `Back to the example “${preset?.title ?? program.name}” (Undo brings your changes back).`));
      build();
      changed();
    },
  });

  root.append(
    pageHead('program', 'Program', 'A weekly template repeated for some weeks: where does each muscle and each lift go, and how much of it is the hormone surge?'),
    h('div', { class: 'toolbar' },
      toolbarGroup('program-preset', 'Example', presetSelect),
      toolbarGroup('program-compare', 'Compare with', compareSelect),
      tracker.el,
      h('div', { class: 'toolbar-group' }, h('span', { class: 'toolbar-label', id: 'pdl-label' }, 'Download'),
        h('button', { type: 'button', 'data-testid': 'program-download-yaml', 'aria-describedby': 'pdl-label', onclick: downloadYaml }, 'YAML'))),
    h('div', { class: 'layout' },
      h('div', { class: 'editor-col' }, notesSlot, editingTabs, editorSlot),
      h('div', { class: 'results-col' },
        h('div', { class: 'results-head' }, results.share, status),
        problemSlot,
        results.el)));

  // ------------------------------------------------------------ editor
  let dayEditors = {};
  let dayTabs = null;
  function build() {
    renderEditingTabs();
    const p = edited;
    const athlete = athletePanel({ getAthlete: () => p().athlete, onChange: changed, tp: 'program-' });
    const weeks = numberSlider({
      label: 'Weeks', min: 1, max: 104, get: () => p().weeks, set: (v) => { p().weeks = Math.round(v); }, onChange: changed,
      testid: 'program-weeks', sliderTestid: 'program-weeks-slider', field: 'weeks',
    });
    const protein = numberSlider({
      label: 'Protein', unit: 'g/kg/day', min: 0, max: limits().protein_g_per_kg_per_day.max, step: 0.1, sliderMin: 0.4, sliderMax: 3, sliderStep: 0.1,
      get: () => p().nutrition.protein, set: (v) => { p().nutrition.protein = v; }, onChange: changed,
      testid: 'program-protein', sliderTestid: 'program-protein-slider', field: 'nutrition.protein',
    });
    const energy = numberSlider({
      label: 'Energy balance', unit: 'kcal/day', min: -limits().energy_balance_kcal_per_day.max, max: limits().energy_balance_kcal_per_day.max, step: 50, sliderMin: -1000, sliderMax: 1000, sliderStep: 50,
      get: () => p().nutrition.energy_balance, set: (v) => { p().nutrition.energy_balance = v; }, onChange: changed,
      testid: 'program-energy', sliderTestid: 'program-energy-slider', field: 'nutrition.energy_balance', hint: '+ surplus, − deficit',
    });
    const held = numberField({
      label: 'Testosterone held at', unit: 'nmol/L', min: limits().testosterone_nmol_per_l.min, max: limits().testosterone_nmol_per_l.max, step: 0.1, optional: true, placeholder: 'own level',
      get: () => p().testosterone, set: (v) => { p().testosterone = v; }, onChange: changed,
      testid: 'program-testosterone', field: 'testosterone', hint: 'suppression, replacement or anabolic use; empty: the person’s own level',
    });

    dayEditors = {};
    const panels = days.map((d) => {
      const day = () => p().days[d];
      const start = timeOfDay({ label: 'Start', get: () => day().start, set: (v) => { day().start = v; }, onChange: changed, testid: `program-${d}-start`, field: `week.${d}.start` });
      const rows = exerciseRows({
        getRows: () => day().exercises, tp: `program-${d}-`, emptyText: 'Rest day: add exercises to train on this day.',
        onChange: () => { renderDayTabs(); changed(); },
      });
      const picker = exercisePicker({ onPick: (name) => rows.add(name), tp: `program-${d}-`, label: `Add an exercise on ${dayName(d)}` });
      const el = h('div', { class: 'day-panel', role: 'tabpanel', id: `day-panel-${d}`, 'aria-labelledby': `day-tab-${d}`, 'data-day': d },
        start.el, rows.el, picker.el);
      dayEditors[d] = { el, rows };
      return el;
    });
    dayTabs = h('div', { class: 'tabs day-tabs', role: 'tablist', 'aria-label': 'Days of the week' });
    replace(editorSlot,
      athlete.el,
      h('fieldset', { class: 'panel' }, h('legend', null, 'Program'), weeks.el, h('div', { class: 'grid2' }, protein.el, energy.el), held.el),
      h('fieldset', { class: 'panel week' }, h('legend', null, 'Weekly template'), dayTabs, panels));
    renderDayTabs();
  }

  function renderDayTabs() {
    replace(dayTabs, days.map((d) => {
      const sets = edited().days[d].exercises.reduce((n, r) => n + (Number(r.sets) || 0), 0);
      return h('button', {
        type: 'button', role: 'tab', id: `day-tab-${d}`, 'aria-selected': String(d === activeDay), 'aria-controls': `day-panel-${d}`,
        tabindex: d === activeDay ? '0' : '-1', class: sets ? 'trains' : 'rest', 'data-testid': `day-tab-${d}`,
        title: sets ? `${dayName(d)}: ${plural(sets, 'set')}` : `${dayName(d)}: rest day`,
        onclick: () => { activeDay = d; renderDayTabs(); },
        onkeydown: (e) => {
          const i = days.indexOf(activeDay);
          if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
            activeDay = days[(i + (e.key === 'ArrowRight' ? 1 : days.length - 1)) % days.length];
            renderDayTabs();
            dayTabs.querySelector(`#day-tab-${activeDay}`)?.focus();
          }
        },
      }, h('span', { class: 'day-name' }, d[0].toUpperCase() + d.slice(1)), h('span', { class: 'day-sets' }, sets ? plural(sets, 'set') : 'rest'));
    }));
    for (const d of days) dayEditors[d].el.hidden = d !== activeDay;
  }

  // ------------------------------------------------------------ train (debounced, latest wins)
  const train = latestWins(async (signal) => {
    const doc = programDocument(program);
    const started = performance.now();
    const result = await call('/api/train', { method: 'POST', json: doc, signal });
    return { result, ms: performance.now() - started };
  }, { onResult: show, onError: fail });
  const trainSoon = debounce(() => train(), 120);

  /** A change in the editor: simulates the program it shows (this one, or the compared one edited here). */
  function changed() {
    tracker.changed();
    if (editing === 'b' && compareId === EDITED) {
      renderEditingTabs();
      otherSoon();
      return;
    }
    simulateThis();
  }

  function simulateThis() {
    setEditedProgram(programDocument(program), program.name);
    root.dataset.state = 'busy';
    status.textContent = 'simulating…';
    trainSoon();
  }

  function fail(error) {
    // Rate limited: keep the last curves, try again shortly (the newest state wins as always).
    if (retryWhenRateLimited(error, status, changed)) return;
    root.dataset.state = 'error';
    status.textContent = 'not simulated: see the message';
    const p = error instanceof ProblemError ? error.problem : {};
    const where = locateField(p.field);
    for (const d of days) markInvalid(dayEditors[d].el, []);
    markInvalid(editorSlot, []);
    if (where.day && dayEditors[where.day]) {
      activeDay = where.day;
      renderDayTabs();
      markInvalid(dayEditors[where.day].el, [where.row != null ? `exercises[${where.row}].${where.key ?? 'exercise'}` : `week.${where.day}.${where.key}`], plainDetail(p.detail));
    } else if (p.field) {
      markInvalid(editorSlot, [p.field], plainDetail(p.detail));
    }
    replace(problemSlot, problemBox(error, { testid: 'program-problem' }),
      where.day ? h('div', { class: 'problem-where' }, `On ${dayName(where.day)}`) : null);
  }

  function show({ result, ms }) {
    last = result;
    replace(problemSlot);
    markInvalid(editorSlot, []);
    results.draw(result, other, program.name);
    status.textContent = `simulated in ${Math.round(ms)} ms`;
    tracker.settled();
    // An answer to an older state can land while a newer change waits for its debounce: the page stays busy until that one is answered.
    if (!trainSoon.pending()) root.dataset.state = 'idle';
  }

  // The compared program edited here: simulated on each change of it (debounced, latest wins), like this one.
  const trainOther = latestWins(async (signal) => {
    const result = await call('/api/train', { method: 'POST', json: programDocument(otherProgram), signal });
    return result;
  }, {
    onResult: (result) => {
      if (compareId !== EDITED) return;
      other = { id: EDITED, title: otherTitle(), result };
      root.dataset.compare = 'idle';
      markInvalid(editorSlot, []);
      if (last) show({ result: last, ms: 0 });
    },
    onError: (e) => {
      if (retryWhenRateLimited(e, status, () => trainOther())) return;
      root.dataset.compare = 'error';
      other = null;
      if (last) show({ result: last, ms: 0 });
      replace(compareTable, problemBox(e, { testid: 'program-compare-problem' }));
      const p = e instanceof ProblemError ? e.problem : {};
      if (editing === 'b' && p.field) markInvalid(editorSlot, [p.field], plainDetail(p.detail));
    },
  });
  const otherSoon = debounce(() => { root.dataset.compare = 'busy'; trainOther(); }, 120);

  /** Simulates the compared program — an example as it is (its own weeks and athlete), or the one edited here — and redraws. */
  async function loadOther() {
    if (compareId === EDITED && otherProgram) {
      otherSoon();
      return;
    }
    trainOther.abort();
    const preset = presets.find((p) => p.id === compareId);
    if (!preset) {
      other = null;
      if (last) show({ result: last, ms: 0 });
      replace(compareTable);
      return;
    }
    try {
      const result = await call('/api/train', { method: 'POST', json: clone(preset.doc) });
      if (compareId !== preset.id) return;
      other = { id: preset.id, title: preset.title, result };
      if (last) show({ result: last, ms: 0 });
    } catch (e) {
      replace(compareTable, problemBox(e, { testid: 'program-compare-problem' }));
    }
  }

  async function downloadYaml() {
    const { toYaml } = await import('../yaml-out.js');
    const text = toYaml(programDocument(program), `${program.name || 'Program'} (made with the Surge web page; run: surge train FILE.yaml)`);
    download(new Blob([text], { type: 'application/yaml' }), `${slug(program.name || 'program')}.yaml`);
  }

  build();
  setEditedProgram(programDocument(program), program.name);
  if (linked) replace(notesSlot, h('div', { class: 'note' }, 'The program of the link you opened (Reset: back to the example).'));
  loadCatalogue().then(() => days.forEach((d) => dayEditors[d].rows.render()));
  tracker.changed();
  simulateThis();
  if (compareId) loadOther();
  return {
    el: root,
    onShow: () => {
      tracker.onShow();
      if (last) show({ result: last, ms: 0 });
    },
    onHash: tracker.onHash,
  };
}
