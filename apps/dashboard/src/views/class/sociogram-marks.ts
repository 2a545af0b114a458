/**
 * How the sociogram draws pupils and ties, shared by the picture, its legend and the exported file.
 * Gender by shape (Læringsmiljøsenteret: girls circles, boys triangles; another or unknown gender a square);
 * a pupil's state by colour *and* a ring *and* a letter badge, never colour alone. Colours are Okabe & Ito's
 * (2008) colour-blind-safe palette.
 */
import type { PupilGender, QuestionKind } from '@sociogram/core';

export const COLOURS = Object.freeze({
  isolated: '#D55E00',
  noMutual: '#E69F00',
  other: '#0072B2',
  mutual: '#009E73',
  oneWay: '#56606b',
  negative: '#CC79A7',
  report: '#000000',
  ring: '#8a8f96',
  /** Okabe–Ito yellow: the halo of a highlighted pupil. */
  highlight: '#F0E442',
});

export type PupilState = 'isolated' | 'noMutual' | 'other';

/** The mark's outline centred on (x, y), fitting a circle of radius r. */
export function markPath(gender: PupilGender, x: number, y: number, r: number): string {
  const f = (v: number) => Math.round(v * 100) / 100;
  if (gender === 'girl') return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  if (gender === 'boy') {
    const R = r * 1.3;
    const c = Math.cos(Math.PI / 6) * R;
    return `M${f(x)},${f(y - R)}L${f(x + c)},${f(y + R / 2)}L${f(x - c)},${f(y + R / 2)}Z`;
  }
  const s = r * 0.9;
  return `M${f(x - s)},${f(y - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}Z`;
}

/** How ties of a question kind are drawn: positive choices green/grey, rejections purple and dashed. */
export type TieKind = 'positive' | 'negative' | 'report';

export function tieKind(kinds: readonly QuestionKind[]): TieKind {
  if (kinds.length > 0 && kinds.every((k) => k === 'negative')) return 'negative';
  if (kinds.some((k) => k === 'victim' || k === 'bully')) return 'report';
  return 'positive';
}

export interface TieStyle {
  readonly stroke: string;
  readonly width: number;
  readonly dash: string | null;
}

export function tieStyle(kind: TieKind, mutual: boolean): TieStyle {
  if (kind === 'negative') return { stroke: COLOURS.negative, width: mutual ? 3.5 : 2, dash: mutual ? '9 4' : '6 4' };
  if (kind === 'report') return { stroke: COLOURS.report, width: mutual ? 2.5 : 1.4, dash: '2 3' };
  return mutual ? { stroke: COLOURS.mutual, width: 4, dash: null } : { stroke: COLOURS.oneWay, width: 1.4, dash: null };
}

/** One line of the legend: a mark, a state (ring and badge) or a tie. */
export type LegendEntry =
  | { readonly type: 'mark'; readonly gender: PupilGender; readonly text: string }
  | {
      readonly type: 'state';
      readonly state: Exclude<PupilState, 'other'>;
      readonly badge: string;
      /** A second badge on the mark's other shoulder (an isolated pupil has no mutual friend either). */
      readonly also?: string;
      readonly text: string;
    }
  | { readonly type: 'tie'; readonly style: TieStyle; readonly arrow: boolean; readonly text: string }
  | { readonly type: 'note'; readonly text: string };

/** Where a pupil's letter badge sits, from the mark's centre; a second badge sits at −dx. */
export const BADGE = Object.freeze({ dx: 12, dy: -12, r: 7 });

const ESCAPE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPE[c]!);

/** A legend entry's small picture, 28×24 user units at (x, y), as SVG markup (no user-supplied text). */
export function glyphMarkup(entry: LegendEntry, x = 0, y = 0): string {
  const cx = x + 12, cy = y + 13;
  if (entry.type === 'mark') return `<path d="${markPath(entry.gender, cx, cy, 8)}" fill="#ffffff" stroke="#1a1a1a" stroke-width="1.5"/>`;
  if (entry.type === 'state') {
    const colour = COLOURS[entry.state];
    return (
      `<circle cx="${cx}" cy="${cy}" r="9" fill="none" stroke="${colour}" stroke-width="2.5"${entry.state === 'noMutual' ? ' stroke-dasharray="4 2.5"' : ''}/>` +
      `<circle cx="${cx}" cy="${cy}" r="5.5" fill="${colour}"/>` +
      `<circle cx="${cx + 9}" cy="${cy - 8}" r="5.5" fill="#ffffff" stroke="${colour}" stroke-width="1.5"/>` +
      `<text x="${cx + 9}" y="${cy - 5}" text-anchor="middle" font-size="8" font-weight="700" font-family="system-ui, sans-serif" fill="#000">${esc(entry.badge)}</text>` +
      (entry.also
        ? `<circle cx="${cx - 9}" cy="${cy - 8}" r="5.5" fill="#ffffff" stroke="${COLOURS.noMutual}" stroke-width="1.5"/>` +
          `<text x="${cx - 9}" y="${cy - 5}" text-anchor="middle" font-size="8" font-weight="700" font-family="system-ui, sans-serif" fill="#000">${esc(entry.also)}</text>`
        : '')
    );
  }
  if (entry.type === 'tie') {
    const s = entry.style;
    const head = entry.arrow ? `<path d="M${x + 26},${cy} l-7,-4 v8 z" fill="${s.stroke}"/>` : '';
    return `<line x1="${x}" y1="${cy}" x2="${x + (entry.arrow ? 20 : 26)}" y2="${cy}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>${head}`;
  }
  return '';
}

/** What the picture can highlight on demand (core's classPatterns). */
export const HIGHLIGHTS = ['none', 'stars', 'isolated', 'specialPower', 'subgroups', 'chains', 'genders'] as const;
export type Highlight = (typeof HIGHLIGHTS)[number];
