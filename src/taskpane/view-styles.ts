/** Style rules every task-pane view shares (spread into each view's makeStyles), so the views look alike. */
import { tokens } from '@fluentui/react-components';

export const VIEW_STYLE_RULES = {
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXL}`,
  },
  // Headings keep no browser margins: the container's gap spaces them.
  title: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  buttons: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Fluent buttons keep their label on one line; in a 320 px pane the labels must wrap instead of overflowing.
  wide: { minWidth: 0, whiteSpace: 'normal', height: 'auto', minHeight: '32px' },
  muted: { color: tokens.colorNeutralForeground3 },
  line: { display: 'block', marginTop: tokens.spacingVerticalXXS },
  // Two controls side by side, each half the pane.
  pair: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalS,
  },
  // Fluent inputs and selects have a minimum width; in a grid cell they must shrink to the cell.
  fill: { minWidth: 0, width: '100%' },
} as const;

/**
 * Blocks one under the other, `gap` apart: the draft's columns are plain block layout, not column flexboxes. A column
 * flexbox lays out a child whose content changed more than once (to measure it, then to place it), and again at each
 * flex level around it: each step that grew a long sentence laid it out several times over (issue 14: at 4× CPU a
 * relayout of the 1.000-figure sentence took ~145 ms inside the flex columns, ~60 ms with these three as blocks).
 */
export function blockStack(gap: string) {
  return { display: 'block', '& > * + *': { marginTop: gap } } as const;
}
