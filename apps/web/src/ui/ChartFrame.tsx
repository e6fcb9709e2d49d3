import './chart.css';
import type { ChartBox } from '@veerkracht/core';
import type { ComponentChildren } from 'preact';

/** A chart's size in SVG units and the margins around the plot for the axis labels; the SVG scales to the screen. */
export type ChartSize = { width: number; height: number; left: number; right: number; top: number; bottom: number };

/**
 * The plot area of a chart with values from 0 to `yMax`: the box the core's
 * point functions place values in, and `yOf`, a value's height in the SVG.
 */
export function plotArea(size: ChartSize, yMax: number): { box: ChartBox; yOf: (value: number) => number } {
  const box: ChartBox = {
    width: size.width - size.left - size.right,
    height: size.height - size.top - size.bottom,
    yMax,
  };
  return { box, yOf: (value) => size.top + box.height - (value / yMax) * box.height };
}

/** One label under the plot, e.g. the first and the last day. */
export type XLabel = { x: number; text: string; anchor: 'start' | 'middle' | 'end' };

/**
 * The frame every chart shares: the SVG (hidden from screen readers: each
 * chart has a text or table alternative), horizontal grid lines with their
 * values on the left, labels under the plot, and the plot itself (`children`,
 * drawn in plot coordinates).
 */
export function ChartFrame(props: {
  size: ChartSize;
  yMax: number;
  ticks: readonly number[];
  tickLabel?: (tick: number) => string;
  xLabels: readonly XLabel[];
  /** The SVG's class, and the prefix of its parts' classes when the chart has its own look. */
  svgClass: string;
  gridClass?: string;
  lineClass?: string;
  labelClass?: string;
  /** How far under the plot the x labels sit. */
  xLabelInset?: number;
  children: ComponentChildren;
}) {
  const { size } = props;
  const { yOf } = plotArea(size, props.yMax);
  const label = props.tickLabel ?? String;
  return (
    <svg class={props.svgClass} viewBox={`0 0 ${size.width} ${size.height}`} aria-hidden="true" focusable="false">
      <g class={props.gridClass ?? 'chart-grid'}>
        {props.ticks.map((tick) => (
          <g key={tick}>
            <line class={props.lineClass} x1={size.left} x2={size.width - size.right} y1={yOf(tick)} y2={yOf(tick)} />
            <text class={props.labelClass} x={size.left - 6} y={yOf(tick) + 4} text-anchor="end">
              {label(tick)}
            </text>
          </g>
        ))}
        {props.xLabels.map((item) => (
          <text
            key={`${item.x}-${item.text}`}
            class={props.labelClass}
            x={item.x}
            y={size.height - (props.xLabelInset ?? 6)}
            text-anchor={item.anchor}
          >
            {item.text}
          </text>
        ))}
      </g>
      <g transform={`translate(${size.left} ${size.top})`}>{props.children}</g>
    </svg>
  );
}
