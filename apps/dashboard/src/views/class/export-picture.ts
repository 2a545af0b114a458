/**
 * Saves the sociogram as SVG or PNG, made in the browser from the drawn picture (nothing is uploaded).
 * The file is a document of its own: a title block (class, wave, date, question), the picture always
 * unfocused, unzoomed and without highlights, and the legend. Names are as drawn, so pseudonyms stay pseudonyms.
 */
import { downloadBlob as download } from './download.ts';
import { glyphMarkup, type LegendEntry } from './sociogram-marks.ts';

export interface PictureInfo {
  /** "Demo 7B · Høst 2026 · 15.09.2026" */
  readonly title: string;
  /** "Spørsmål: …" */
  readonly question: string;
  /** Printed under the question, e.g. that names are pseudonyms. */
  readonly note: string | null;
  readonly legendTitle: string;
  readonly legend: readonly LegendEntry[];
}

const NS = 'http://www.w3.org/2000/svg';
const PICTURE_WIDTH = 1000;
const LEGEND_WIDTH = 340;
const HEADER = 86;
const FONT = 'system-ui, sans-serif';

/** Splits text into lines of at most `chars` characters, at spaces. */
export function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function text(parent: Element, x: number, y: number, content: string, size: number, weight = 400): void {
  const node = document.createElementNS(NS, 'text');
  for (const [k, v] of Object.entries({ x, y, 'font-size': size, 'font-weight': weight, 'font-family': FONT, fill: '#1a1a1a' })) node.setAttribute(k, String(v));
  node.textContent = content;
  parent.appendChild(node);
}

/** The exported document: title block, unfocused picture, legend. */
export function composePicture(svg: SVGSVGElement, info: PictureInfo): { markup: string; width: number; height: number } {
  const picture = svg.cloneNode(true) as SVGSVGElement;
  picture.querySelector('.viewport')?.removeAttribute('transform');
  for (const faded of picture.querySelectorAll('.faded, .dimmed')) faded.classList.remove('faded', 'dimmed');
  // A highlight goes with its sentence on screen; the file shows the class as it is.
  for (const halo of picture.querySelectorAll('.halo')) halo.remove();
  for (const el of picture.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  const [, , vw = 1, vh = 1] = (picture.getAttribute('viewBox') ?? '0 0 1 1').split(/\s+/).map(Number);
  const pictureHeight = Math.round((PICTURE_WIDTH * vh) / vw);
  picture.setAttribute('x', '0');
  picture.setAttribute('y', String(HEADER));
  picture.setAttribute('width', String(PICTURE_WIDTH));
  picture.setAttribute('height', String(pictureHeight));
  picture.removeAttribute('class');

  const legend = document.createElementNS(NS, 'g');
  legend.setAttribute('transform', `translate(${PICTURE_WIDTH + 24}, ${HEADER})`);
  text(legend, 0, 20, info.legendTitle, 17, 700);
  let y = 36;
  for (const entry of info.legend) {
    const lines = wrap(entry.text, entry.type === 'note' ? 44 : 36);
    const x = entry.type === 'note' ? 0 : 38;
    if (entry.type !== 'note') {
      const glyph = document.createElementNS(NS, 'g');
      glyph.setAttribute('transform', `translate(0, ${y})`);
      glyph.innerHTML = glyphMarkup(entry);
      legend.appendChild(glyph);
    }
    lines.forEach((line, i) => text(legend, x, y + 18 + i * 18, line, 14));
    y += Math.max(30, lines.length * 18 + 12);
  }

  const width = PICTURE_WIDTH + 24 + LEGEND_WIDTH;
  const height = Math.max(HEADER + pictureHeight, HEADER + y) + 16;
  const page = document.createElementNS(NS, 'svg');
  page.setAttribute('xmlns', NS);
  page.setAttribute('width', String(width));
  page.setAttribute('height', String(height));
  page.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS(NS, 'rect');
  for (const [k, v] of Object.entries({ width, height, fill: '#ffffff' })) background.setAttribute(k, String(v));
  page.appendChild(background);
  text(page, 16, 32, info.title, 22, 700);
  text(page, 16, 56, info.question, 15);
  if (info.note) text(page, 16, 76, info.note, 13);
  page.appendChild(picture);
  page.appendChild(legend);
  return { markup: new XMLSerializer().serializeToString(page), width, height };
}

export function downloadSvg(svg: SVGSVGElement, info: PictureInfo, name: string): void {
  download(new Blob([composePicture(svg, info).markup], { type: 'image/svg+xml' }), `${name}.svg`);
}

export function downloadPng(svg: SVGSVGElement, info: PictureInfo, name: string): void {
  const { markup, width, height } = composePicture(svg, info);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  const image = new Image();
  const scale = 1.5;
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(url);
    canvas.toBlob((blob) => blob && download(blob, `${name}.png`), 'image/png');
  };
  image.src = url;
}
