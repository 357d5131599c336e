import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/lang';
import { DataTable } from '../../ui/DataTable';
import { afterPaint } from './afterPaint';
import { decimal } from './numbers';

echarts.use([BarChart, PieChart, GridComponent, MarkLineComponent, AriaComponent, SVGRenderer]);

// The colours of the Finnish public sector's design system, as in the report's charts
const COLOURS = ['#2a6ebb', '#00a3a1', '#e97025', '#7c3b8c', '#6a9a1f', '#c13832'];

export type ChartRow = { key: string; label: string; value: number };

type Props = {
  title: string;
  rows: ChartRow[];
  kind?: 'bar' | 'pie';
  /** A line at 1: "as in all of Finland" for location quotients. */
  markAtOne?: boolean;
  valueLabel: string;
  digits?: number;
};

function option(
  rows: ChartRow[],
  kind: 'bar' | 'pie',
  markAtOne: boolean,
  format: (v: number) => string,
  axis: (v: number) => string,
) {
  if (kind === 'pie') {
    return {
      series: [
        {
          type: 'pie' as const,
          radius: ['35%', '65%'],
          data: rows.map((r) => ({ name: r.label, value: r.value })),
          label: { formatter: (p: { name: string; value: number }) => `${p.name}: ${format(p.value)}` },
        },
      ],
    };
  }
  return {
    grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
    // The axis's figures in the page's language too (0,2 in Finnish, not 0.2).
    xAxis: { type: 'value' as const, axisLabel: { formatter: axis } },
    yAxis: {
      type: 'category' as const,
      data: rows.map((r) => r.label).reverse(),
      axisLabel: { width: 220, overflow: 'truncate' as const },
    },
    series: [
      {
        type: 'bar' as const,
        data: rows.map((r) => r.value).reverse(),
        label: {
          show: true,
          position: 'right' as const,
          formatter: (p: { value: number }) => format(p.value),
        },
        ...(markAtOne ? { markLine: { silent: true, symbol: 'none', data: [{ xAxis: 1 }] } } : {}),
      },
    ],
  };
}

/**
 * A chart drawn with ECharts' SVG renderer, read out as one image whose label lists its figures, with
 * the same figures as a table beside it for those who cannot see the chart or want the exact values.
 */
export function Chart({ title, rows, kind = 'bar', markAtOne = false, valueLabel, digits = 0 }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const box = useRef<HTMLDivElement>(null);
  const format = (v: number) => decimal(v, lang, digits);
  const axis = (v: number) => decimal(v, lang, 2);
  const height = kind === 'pie' ? 300 : 40 + 28 * Math.max(1, rows.length);

  useEffect(() => {
    const container = box.current;
    if (!container) return;
    // Drawn after the page's figures are painted: the charts' first drawing is the page's heaviest work.
    let chart: echarts.ECharts | undefined;
    const resize = () => chart?.resize();
    const cancel = afterPaint(() => {
      chart = echarts.init(container, null, { renderer: 'svg', height });
      chart.setOption({
        animation: false,
        color: COLOURS,
        textStyle: { fontFamily: "'Source Sans 3', Arial, sans-serif", color: '#1f1f1f' },
        ...option(rows, kind, markAtOne, format, axis),
      });
      window.addEventListener('resize', resize);
    });
    return () => {
      cancel();
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
    // `format` follows `lang`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, kind, markAtOne, height, lang]);

  const description = `${title}. ${rows.map((r) => `${r.label}: ${format(r.value)}`).join('; ')}.`;
  return (
    <figure className="picture-chart">
      {rows.length > 0 && (
        // Its height is kept before the chart is drawn, so nothing below it moves then.
        <div ref={box} role="img" aria-label={description} className="chart-box" style={{ height }} />
      )}
      <DataTable
        caption={title}
        columns={[
          { key: 'label', label: t('picture.chartItem'), render: (r) => r.label },
          { key: 'value', label: valueLabel, render: (r) => format(r.value) },
        ]}
        rows={rows}
        rowKey={(r) => r.key}
      />
    </figure>
  );
}
