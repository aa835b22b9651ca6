/**
 * The drafted sections as the official will read them: headings, paragraphs, and every figure as a small link whose
 * hover text names its cell («Ô D20, trang II.06a») and whose click selects that cell in Excel. Flagged sentences
 * carry «[cần kiểm tra: số liệu chưa khớp]» and the checker's reason.
 */
import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Copy16Regular } from '@fluentui/react-icons';
import { memo, useCallback, useMemo, useRef, type ReactElement } from 'react';
import {
  NEEDS_CHECK_MARK,
  sectionHeading,
  type CellSource,
  type DraftParagraph,
  type DraftReport,
  type DraftSection,
  type Figure,
} from '../../domain/narrative';
import { useT } from '../i18n';
import { stepEnds, useStepsShown } from '../use-steps';
import { figureTarget, figureTitle, type FigureLabels } from './model';
import { blockStack } from '../view-styles';

const useStyles = makeStyles({
  root: blockStack(tokens.spacingVerticalM),
  section: blockStack(tokens.spacingVerticalXS),
  headingRow: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalXS,
  },
  heading1: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightBold },
  heading2: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  copy: { minWidth: 'auto', flexShrink: 0 },
  paragraph: {
    margin: 0,
    fontFamily: '"Times New Roman", "Liberation Serif", serif',
    fontSize: '15px',
    lineHeight: '1.45',
    textAlign: 'justify',
    hyphens: 'auto',
  },
  placeholder: { display: 'block', color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  // A plain button drawn as Fluent's inline link: a draft has hundreds of figures, and Fluent's Link costs each one
  // its own style insertion and focus hooks (issue 14: the whole draft must not make one long task).
  figure: {
    fontFamily: 'inherit',
    fontSize: 'inherit',
    lineHeight: 'inherit',
    textAlign: 'inherit',
    color: tokens.colorBrandForegroundLink,
    backgroundColor: 'transparent',
    border: 'none',
    margin: 0,
    padding: 0,
    cursor: 'pointer',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: 'underline',
    textDecorationStyle: 'dotted',
    textUnderlineOffset: '2px',
  },
  figurePlain: { fontWeight: tokens.fontWeightSemibold },
  selected: { backgroundColor: tokens.colorBrandBackground2, borderRadius: tokens.borderRadiusSmall },
  flagged: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  mark: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  reason: {
    display: 'block',
    color: tokens.colorPaletteRedForeground1,
    paddingLeft: tokens.spacingHorizontalM,
  },
});

export function cellKey(cell: CellSource): string {
  return `${cell.sheet}!${cell.cell}`;
}

/**
 * About this many segments (a figure, or the text between two) are added to the page per task (see use-steps.ts).
 * Steps are counted in segments, not paragraphs: one sentence can list a thousand figures (the fields with overdue
 * files of a 2.000-row II.06b: ~93% of that draft's layout objects), and a paragraph longer than this comes in runs
 * of this many segments, each in a task of its own.
 */
const SEGMENTS_PER_STEP = 150;

/** How many runs of SEGMENTS_PER_STEP segments a paragraph is shown in (at least one, for an empty one). */
function runCount(paragraph: DraftParagraph): number {
  return Math.max(1, Math.ceil(paragraph.segments.length / SEGMENTS_PER_STEP));
}

/** A section's pieces, each a step's unit: its heading, then each run of each paragraph; their weights in segments. */
function pieceWeights(section: DraftSection): number[] {
  const weights = [1];
  if (section.placeholder) return weights;
  for (const paragraph of section.paragraphs) {
    const segments = paragraph.segments.length;
    for (let run = 0; run < runCount(paragraph); run++)
      weights.push(Math.max(1, Math.min(SEGMENTS_PER_STEP, segments - run * SEGMENTS_PER_STEP)));
  }
  return weights;
}

/**
 * `narrate-preview` marks the whole draft on the page: it comes SEGMENTS_PER_STEP segments per task, and until the
 * last are there the list is `aria-busy` and carries `narrate-preview-partial` instead.
 */
export function DraftPreview(props: {
  report: DraftReport;
  selected: string | null;
  onSelect(cell: CellSource): void;
  onCopySection(section: DraftSection): void;
}) {
  const styles = useStyles();
  const t = useT();
  // One object per language, so the sections already shown are not rendered again at each step (memo).
  const labels = useMemo<FigureLabels>(
    () => ({
      cell: t('narrate.figure.cell'),
      derived: t('narrate.figure.derived'),
      previous: t('narrate.figure.previous'),
      target: t('narrate.figure.target'),
    }),
    [t],
  );
  // The view passes new callbacks at each of its renders (busy, result, …); the sections call the latest through
  // these stable ones, so memo keeps the sections already on the page from rendering again (a whole draft: ~0,1 s
  // of script and a relayout of all its text on a slow PC, issue 14).
  const latest = useRef(props);
  latest.current = props;
  const onSelect = useCallback((cell: CellSource) => latest.current.onSelect(cell), []);
  const onCopySection = useCallback((section: DraftSection) => latest.current.onCopySection(section), []);
  const { report, selected } = props;
  const { sections } = report;
  const { pieces, ends } = useMemo(() => {
    const weights = sections.map(pieceWeights);
    return { pieces: weights.map((w) => w.length), ends: stepEnds(weights.flat(), SEGMENTS_PER_STEP) };
  }, [sections]);
  let piecesLeft = ends[useStepsShown(ends.length) - 1];
  const complete = piecesLeft === ends[ends.length - 1];
  const shown: ReactElement[] = [];
  sections.forEach((section, i) => {
    if (piecesLeft <= 0) return;
    // A section shown whole gets no `pieces`, so memo keeps it from rendering again at the next steps.
    const partly = piecesLeft < pieces[i] ? piecesLeft : undefined;
    piecesLeft -= pieces[i];
    shown.push(
      <SectionView
        key={section.id}
        section={section}
        pieces={partly}
        styles={styles}
        labels={labels}
        selected={selected}
        onSelect={onSelect}
        onCopySection={onCopySection}
      />,
    );
  });
  return (
    <div
      className={styles.root}
      data-testid={complete ? 'narrate-preview' : 'narrate-preview-partial'}
      aria-busy={complete ? undefined : true}
    >
      {shown}
    </div>
  );
}

/** What every part of the preview that shows figures needs: their hover texts, the cell selected, the click. */
interface FigureProps {
  /** DraftPreview's classes: looked up once, as each useStyles() call re-inserts its rules (Griffel). */
  styles: ReturnType<typeof useStyles>;
  labels: FigureLabels;
  selected: string | null;
  onSelect(cell: CellSource): void;
}

const SectionView = memo(function SectionView(
  props: FigureProps & {
    section: DraftSection;
    /** How many of its pieces (pieceWeights) are shown yet; undefined: all of them. */
    pieces?: number;
    onCopySection(section: DraftSection): void;
  },
) {
  const { styles } = props;
  const t = useT();
  const { section } = props;
  // The heading is the first piece; then each paragraph shows as many of its runs as the pieces left allow.
  let runsLeft = props.pieces === undefined ? Infinity : props.pieces - 1;
  const paragraphs: ReactElement[] = [];
  for (const [i, paragraph] of section.paragraphs.entries()) {
    if (runsLeft <= 0) break;
    const runs = runCount(paragraph);
    paragraphs.push(
      <Paragraph
        key={i}
        paragraph={paragraph}
        runs={runsLeft < runs ? runsLeft : undefined}
        styles={styles}
        labels={props.labels}
        selected={props.selected}
        onSelect={props.onSelect}
      />,
    );
    runsLeft -= runs;
  }
  return (
    <section className={styles.section} data-testid="narrate-section" data-section={section.id}>
      <div className={styles.headingRow}>
        <h3 className={section.level === 1 ? styles.heading1 : styles.heading2}>{sectionHeading(section)}</h3>
        {section.paragraphs.length > 0 && !section.placeholder && (
          <Button
            className={styles.copy}
            size="small"
            appearance="subtle"
            icon={<Copy16Regular />}
            title={`${t('narrate.action.copySection')} ${section.number}`}
            aria-label={`${t('narrate.action.copySection')} ${sectionHeading(section)}`}
            onClick={() => props.onCopySection(section)}
            data-testid="narrate-copy-section"
          />
        )}
      </div>
      {section.placeholder ? (
        <Caption1 className={styles.placeholder}>{t('narrate.placeholder')}</Caption1>
      ) : (
        paragraphs
      )}
    </section>
  );
});

const Paragraph = memo(function Paragraph(
  props: FigureProps & {
    paragraph: DraftParagraph;
    /** How many of its runs of segments are shown yet; undefined: all of them (and the flags after them). */
    runs?: number;
  },
) {
  const { styles } = props;
  const t = useT();
  const { paragraph } = props;
  const flagged = paragraph.flags.length > 0;
  const runs: ReactElement[] = [];
  for (let run = 0; run < (props.runs ?? runCount(paragraph)); run++)
    runs.push(
      <SegmentRun
        key={run}
        paragraph={paragraph}
        from={run * SEGMENTS_PER_STEP}
        styles={styles}
        labels={props.labels}
        selected={props.selected}
        onSelect={props.onSelect}
      />,
    );
  return (
    <p
      className={mergeClasses(styles.paragraph, flagged && styles.flagged)}
      data-testid="narrate-paragraph"
      data-flagged={flagged}
    >
      {paragraph.bullet ? '- ' : null}
      {runs}
      {flagged && props.runs === undefined && (
        <>
          {' '}
          <span className={styles.mark} data-testid="narrate-flag">
            {NEEDS_CHECK_MARK}
          </span>
          {paragraph.flags.map((flag, i) => (
            <Caption1 key={i} className={styles.reason} data-testid="narrate-reason">
              {t('narrate.reason')}: {flag.reason}
            </Caption1>
          ))}
        </>
      )}
    </p>
  );
});

/**
 * SEGMENTS_PER_STEP segments of a paragraph from `from` on, without an element of their own: the runs of a long
 * paragraph already shown are not rendered again (memo) when the next one is added.
 */
const SegmentRun = memo(function SegmentRun(props: FigureProps & { paragraph: DraftParagraph; from: number }) {
  const segments = props.paragraph.segments.slice(props.from, props.from + SEGMENTS_PER_STEP);
  return (
    <>
      {segments.map((segment, i) =>
        segment.kind === 'figure' ? (
          <FigureLink key={i} figure={segment} {...props} />
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
});

function FigureLink(props: FigureProps & { figure: Figure }) {
  const { styles } = props;
  const title = figureTitle(props.figure, props.labels);
  const target = figureTarget(props.figure);
  if (!target)
    return (
      <span className={styles.figurePlain} title={title} data-testid="narrate-figure">
        {props.figure.text}
      </span>
    );
  const key = cellKey(target);
  return (
    <button
      type="button"
      className={mergeClasses(styles.figure, props.selected === key && styles.selected)}
      title={title}
      onClick={() => props.onSelect(target)}
      data-testid="narrate-figure"
      data-sheet={target.sheet}
      data-cell={target.cell}
      data-selected={props.selected === key}
    >
      {props.figure.text}
    </button>
  );
}
