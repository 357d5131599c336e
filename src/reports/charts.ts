/**
 * Charts of a picture as SVG, drawn on the server with Apache ECharts' server-side renderer (no browser,
 * no canvas), so the Word report, the HTML print view and the web page show the same figures.
 * Each SVG is an image with an aria-label that reads out the chart's figures, for screen readers.
 */
import { createRequire } from 'node:module';
import type { EChartsOption, init as initChart } from 'echarts/types/dist/echarts';
import type { Picture } from '../analysis/picture.schema.js';
import { formatNumber, industryName, kindName, pillarName, word, type Language } from './labels.js';

export interface Chart {
  readonly id: 'kinds' | 'tripleHelix' | 'specialisation' | 'centralActors';
  readonly title: string;
  /** The chart's figures read out in words: the SVG's aria-label and the Word image's alt text. */
  readonly description: string;
  readonly width: number;
  readonly height: number;
  readonly svg: string;
}

// ECharts' ESM entry re-exports through an `export =` declaration that TypeScript's NodeNext resolution
// refuses to import by name; its CommonJS build with the self-contained type file gives the same API.
const echarts = createRequire(import.meta.url)('echarts') as { init: typeof initChart };

const WIDTH = 640;
// Colours of the Finnish public sector's design system (suomifi): brand blue and its companions
const COLOURS = ['#2a6ebb', '#00a3a1', '#e97025', '#7c3b8c', '#6a9a1f', '#c13832'];

function render(id: Chart['id'], option: EChartsOption, height: number, description: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  chart.setOption({
    animation: false,
    color: COLOURS,
    textStyle: { fontFamily: 'Arial, sans-serif' },
    ...option,
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  // zrender numbers ids and style classes with process-wide counters ("zr3-c0", "zr0-cls-11"); numbering
  // them per chart keeps the output the same on every run and unique when charts share one HTML page
  const classes = new Map<string, string>();
  return (
    svg
      .replace(/\bzr\d+-cls-\d+/g, (name) => {
        if (!classes.has(name)) classes.set(name, `${id}-cls-${classes.size}`);
        return classes.get(name)!;
      })
      .replace(/\bzr\d+-/g, `${id}-`)
      // ECharts' aria option labels the browser's container, not the SVG: label the image itself
      .replace(/^<svg /, `<svg role="img" aria-label="${escapeXml(description)}" `)
  );
}

/** A chart with its title, its figures in words and its SVG. */
function chart(
  id: Chart['id'],
  title: string,
  option: EChartsOption,
  height: number,
  description: string,
): Chart {
  return { id, title, description, width: WIDTH, height, svg: render(id, option, height, description) };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A horizontal bar chart, largest bar on top, for labelled values. */
function bars(labels: string[], values: number[], language: Language, markAtOne = false) {
  const height = 60 + 28 * Math.max(1, labels.length);
  const option: EChartsOption = {
    grid: { left: 8, right: 48, top: 16, bottom: 24, containLabel: true },
    // The axis's figures in the report's language too (0,2 in Finnish, not 0.2).
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v, language) } },
    yAxis: { type: 'category', data: [...labels].reverse(), axisLabel: { width: 300, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        data: [...values].reverse(),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value?: unknown }) => formatNumber(Number(p.value), language),
        },
        ...(markAtOne ? { markLine: { silent: true, symbol: 'none', data: [{ xAxis: 1 }] } } : {}),
      },
    ],
  };
  return { option, height };
}

function describe(title: string, labels: string[], values: number[], language: Language): string {
  const items = labels.map((label, i) => `${label}: ${formatNumber(values[i]!, language)}`);
  return `${title}. ${items.join('; ')}.`;
}

export function kindsChart(picture: Picture, language: Language): Chart {
  const rows = picture.composition.byKind;
  const labels = rows.map((r) => kindName(r.code, language));
  const values = rows.map((r) => r.count);
  const title = word('kinds', language);
  const { option, height } = bars(labels, values, language);
  return chart('kinds', title, option, height, describe(title, labels, values, language));
}

export function tripleHelixChart(picture: Picture, language: Language): Chart {
  const pillars = picture.composition.tripleHelix.pillars;
  const data = pillars.map((p) => ({ name: pillarName(p.pillar, language), value: p.count }));
  const title = word('tripleHelix', language);
  const height = 320;
  const option: EChartsOption = {
    series: [{ type: 'pie', radius: ['35%', '65%'], data, label: { formatter: '{b}: {c} ({d} %)' } }],
  };
  const description = describe(
    title,
    data.map((d) => d.name),
    data.map((d) => d.value),
    language,
  );
  return chart('tripleHelix', title, option, height, description);
}

/** The ten most specialised divisions (ranked rows only), with a line at LQ 1 = as in Finland. */
export function specialisationChart(picture: Picture, language: Language): Chart {
  const rows = picture.specialisation.organisations.divisions.filter((r) => r.rank !== null).slice(0, 10);
  const labels = rows.map((r) => industryName(r.code, language));
  const values = rows.map((r) => r.lq!);
  const title = word('lq', language);
  const { option, height } = bars(labels, values, language, true);
  return chart('specialisation', title, option, height, describe(title, labels, values, language));
}

export function centralActorsChart(picture: Picture, language: Language): Chart {
  const actors = picture.network.actors.slice(0, 10);
  const labels = actors.map((a) => a.name);
  const values = actors.map((a) => a.pagerank);
  const title = `${word('centralActors', language)} (PageRank)`;
  const { option, height } = bars(labels, values, language);
  return chart('centralActors', title, option, height, describe(title, labels, values, language));
}

/** Every chart of the picture, in report order. */
export function pictureCharts(picture: Picture, language: Language = 'fi'): Chart[] {
  return [
    kindsChart(picture, language),
    tripleHelixChart(picture, language),
    centralActorsChart(picture, language),
    specialisationChart(picture, language),
  ];
}
