/**
 * Seeded SVG snapshots of the sociogram (in the style of Observable Plot's tests): the picture for a few
 * fixture classes is written to __snapshots__/*.svg and reviewed as a diff — or opened as an image — when it
 * changes. Names are measured by the estimate (no canvas in jsdom), so the files are the same on every machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { analyseSurvey, importSurvey, type Survey } from '@sociogram/core';
import { Locale } from '../../lib/i18n/locale.svelte.ts';
import { appContext } from '../../lib/state/context.ts';
import Sociogram from './Sociogram.svelte';

const FIXTURES = join(process.cwd(), '..', '..', 'fixtures');
const read = (path: string) => new Uint8Array(readFileSync(join(FIXTURES, path)));
const demo = importSurvey(read('demo/klasse-7b.csv'), { roster: read('demo/klasse-7b-roster.csv') }).survey;
const moreno = importSurvey(read('moreno-1934/grade3/edges.csv'), { roster: read('moreno-1934/grade3/roster.csv') }).survey;

/** The drawn SVG, numbers to one decimal, one element a line. */
function snapshot(survey: Survey, layout: 'force' | 'target', options: { splitByGender?: boolean; question?: string } = {}): string {
  const names = new Map(survey.pupils.map((p) => [p.id, p.name]));
  const questionIds = options.question ? [options.question] : survey.questions.filter((q) => q.kind === 'positive').map((q) => q.id);
  const { container, unmount } = render(Sociogram, {
    props: { survey, analysis: analyseSurvey(survey), className: 'Test', questionIds, layout, splitByGender: options.splitByGender ?? false, name: (id: string) => names.get(id) ?? id, onopen: () => {} },
    context: appContext(null, new Locale('nb')),
  });
  const markup = container.querySelector('svg.sociogram')!.outerHTML
    .replace(/<!--[^>]*-->/g, '')
    .replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, '>\n<');
  unmount();
  return `${markup}\n`;
}

describe('Sociogram snapshots', () => {
  it('demo 7B, force layout', async () => {
    await expect(snapshot(demo, 'force')).toMatchFileSnapshot('__snapshots__/demo-force.svg');
  });
  it('demo 7B, target layout with girls and boys in their own halves', async () => {
    await expect(snapshot(demo, 'target', { splitByGender: true })).toMatchFileSnapshot('__snapshots__/demo-target-split.svg');
  });
  it('demo 7B, the negative question', async () => {
    const negative = demo.questions.find((q) => q.kind === 'negative')!.id;
    await expect(snapshot(demo, 'force', { question: negative })).toMatchFileSnapshot('__snapshots__/demo-negative.svg');
  });
  it('Moreno grade 3, target layout', async () => {
    await expect(snapshot(moreno, 'target')).toMatchFileSnapshot('__snapshots__/moreno-grade3-target.svg');
  });
});
