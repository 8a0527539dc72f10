/** @jsxImportSource hono/jsx */

/**
 * Charts as server-rendered SVG: a title and a description for screen readers (role="img"), no
 * script, printable; every chart stands beside a table with the same numbers.
 */
export interface BarGroup {
  label: string;
  bars: { label: string; value: number }[];
}

const COLOURS = ['#0b4f6c', '#5b8fa8', '#1d6b34', '#8a5a00'];
const WIDTH = 720;

/** Grouped horizontal bars: one group per category (e.g. a funder side), one bar per measure. */
export function BarChart(props: {
  id: string;
  title: string;
  description: string;
  groups: BarGroup[];
  format: (n: number) => string;
}) {
  const max = Math.max(1, ...props.groups.flatMap((g) => g.bars.map((b) => b.value)));
  const barHeight = 18;
  const gap = 4;
  const labelWidth = 230;
  const plot = WIDTH - labelWidth - 150;
  const groupHeight = (g: BarGroup) => 26 + g.bars.length * (barHeight + gap) + 14;
  const height = props.groups.reduce((sum, g) => sum + groupHeight(g), 10);
  let y = 10;
  return (
    <svg
      class="im-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.description}</desc>
      {props.groups.map((group) => {
        const top = y;
        y += groupHeight(group);
        return (
          <g>
            <text x="0" y={top + 16} font-weight="700" font-size="15" fill="#1b1b1b">
              {group.label}
            </text>
            {group.bars.map((bar, i) => {
              const by = top + 26 + i * (barHeight + gap);
              const w = Math.max(1, Math.round((bar.value / max) * plot));
              return (
                <g>
                  <text x="0" y={by + 14} font-size="14" fill="#1b1b1b">
                    {bar.label}
                  </text>
                  <rect
                    x={labelWidth}
                    y={by}
                    width={w}
                    height={barHeight}
                    fill={COLOURS[i % COLOURS.length]}
                  />
                  <text x={labelWidth + w + 6} y={by + 14} font-size="14" fill="#1b1b1b">
                    {props.format(bar.value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** A funnel: each stage a centred bar as wide as its share of the first stage. */
export function FunnelChart(props: {
  id: string;
  title: string;
  description: string;
  stages: { label: string; value: number }[];
}) {
  const first = Math.max(1, props.stages[0]?.value ?? 1);
  const stageHeight = 44;
  const height = props.stages.length * (stageHeight + 8) + 10;
  return (
    <svg
      class="im-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.description}</desc>
      {props.stages.map((stage, i) => {
        // Label on the left, the stage's bar centred in the plot, its number to the right.
        const plotLeft = 240;
        const plotWidth = WIDTH - plotLeft - 70;
        const w = Math.max(4, Math.round((stage.value / first) * plotWidth));
        const y = 5 + i * (stageHeight + 8);
        return (
          <g>
            <text x="0" y={y + 27} font-size="15" font-weight="700" fill="#1b1b1b">
              {stage.label}
            </text>
            <rect
              x={plotLeft + (plotWidth - w) / 2}
              y={y}
              width={w}
              height={stageHeight}
              fill={COLOURS[i % COLOURS.length]}
              rx="4"
            />
            <text x={plotLeft + plotWidth + 10} y={y + 27} font-size="15" fill="#1b1b1b">
              {String(stage.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
