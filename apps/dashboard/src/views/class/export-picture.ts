/** Saves the sociogram as SVG or PNG, made in the browser from the drawn picture (nothing is uploaded). */
import { downloadBlob as download } from './download.ts';

function serialise(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', '1280');
  copy.setAttribute('height', '1280');
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, name: string): void {
  download(new Blob([serialise(svg)], { type: 'image/svg+xml' }), `${name}.svg`);
}

export function downloadPng(svg: SVGSVGElement, name: string): void {
  const url = URL.createObjectURL(new Blob([serialise(svg)], { type: 'image/svg+xml' }));
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = 1280;
    canvas.height = 1280;
    canvas.getContext('2d')!.drawImage(image, 0, 0, 1280, 1280);
    URL.revokeObjectURL(url);
    canvas.toBlob((blob) => blob && download(blob, `${name}.png`), 'image/png');
  };
  image.src = url;
}
