/**
 * The pieces every view is built from, so the views look and behave alike and keep only what is theirs:
 * - ViewFrame: the view's section (data-testid `view-<id>`, aria-busy while an action runs), its title and intro;
 * - ViewSection: a titled group inside it;
 * - ActionButton: a button whose icon turns into a spinner while its action runs (see use-action.ts);
 * - ResultBar, ResultLine, BulletList: what an action came to, as one MessageBar.
 */
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
  type ButtonProps,
  type MessageBarProps,
} from '@fluentui/react-components';
import { Suspense, lazy, type ReactElement, type ReactNode } from 'react';
import { VIEW_STYLE_RULES } from '../view-styles';

const useStyles = makeStyles({
  root: VIEW_STYLE_RULES.root,
  title: VIEW_STYLE_RULES.title,
  intro: VIEW_STYLE_RULES.intro,
  section: VIEW_STYLE_RULES.section,
  sectionTitle: VIEW_STYLE_RULES.sectionTitle,
  wide: VIEW_STYLE_RULES.wide,
  line: { display: 'block', marginTop: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  list: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface ViewFrameProps {
  /** The view's id: `data-testid="view-<id>"`, the title's element id `<id>-title`. */
  id: string;
  title: string;
  intro: string;
  /** An action is running (aria-busy; tests and assistive technology wait on it). */
  busy: boolean;
  onPointerEnter?: () => void;
  children?: ReactNode;
}

export function ViewFrame(props: ViewFrameProps) {
  const styles = useStyles();
  const titleId = `${props.id}-title`;
  return (
    <section
      className={styles.root}
      data-testid={`view-${props.id}`}
      aria-labelledby={titleId}
      aria-busy={props.busy}
      onPointerEnter={props.onPointerEnter}
    >
      <Subtitle2 as="h2" id={titleId} className={styles.title}>
        {props.title}
      </Subtitle2>
      <Body1 className={styles.intro}>{props.intro}</Body1>
      {props.children}
    </section>
  );
}

export function ViewSection(props: { title: string; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.section} role="group" aria-label={props.title}>
      <Subtitle2 as="h3" className={styles.sectionTitle}>
        {props.title}
      </Subtitle2>
      {props.children}
    </div>
  );
}

/**
 * The spinner shows only while an action runs: its code (~2 KB gzip) loads after the view, in its own chunk, so every
 * view's first load is lighter (issue 14). Until it is there, the button keeps its icon.
 */
const Spinner = lazy(() =>
  import(/* webpackChunkName: "spinner" */ '@fluentui/react-components').then((m) => ({
    default: m.Spinner,
  })),
);

export type ActionButtonProps<Kind extends string> = ButtonProps & {
  /** The view's actions (use-action.ts): while any of them runs, every ActionButton of the view is disabled. */
  action: { busy: Kind | null };
  /** The action this button starts: while it runs, a spinner replaces the icon and `busyLabel` the label. */
  kind?: Kind;
  busyLabel?: string;
  icon: ReactElement;
  /** A label that may wrap in a 320 px pane (Fluent keeps labels on one line). */
  wide?: boolean;
};

/** A button of a view; `disabled` adds the button's own reasons to «another action is running». */
export function ActionButton<Kind extends string>(props: ActionButtonProps<Kind>) {
  const { action, kind, busyLabel, icon, wide, className, disabled, children, ...rest } = props;
  const styles = useStyles();
  const busy = kind !== undefined && action.busy === kind;
  return (
    <Button
      {...rest}
      className={mergeClasses(wide && styles.wide, className)}
      disabled={action.busy !== null || disabled}
      icon={
        busy ? (
          <Suspense fallback={icon}>
            <Spinner size="tiny" />
          </Suspense>
        ) : (
          icon
        )
      }
    >
      {busy && busyLabel !== undefined ? busyLabel : children}
    </Button>
  );
}

export interface ResultBarProps {
  intent: NonNullable<MessageBarProps['intent']>;
  testId: string;
  /** `data-kind`, where one test id shows several kinds of result. */
  kind?: string;
  /** Default «multiline»: results are sentences, not one-liners. */
  layout?: MessageBarProps['layout'];
  title?: ReactNode;
  /** Buttons at the bar's end («Đóng», «Thay thế»). */
  actions?: ReactNode;
  children?: ReactNode;
}

export function ResultBar(props: ResultBarProps) {
  return (
    <MessageBar
      intent={props.intent}
      layout={props.layout ?? 'multiline'}
      data-testid={props.testId}
      data-kind={props.kind}
    >
      <MessageBarBody>
        {props.title !== undefined && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {props.children}
      </MessageBarBody>
      {props.actions && <MessageBarActions>{props.actions}</MessageBarActions>}
    </MessageBar>
  );
}

/** A sentence on its own line inside a ResultBar (long cell lists and codes wrap anywhere). */
export function ResultLine(props: { testId?: string; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <span className={styles.line} data-testid={props.testId}>
      {props.children}
    </span>
  );
}

/** The items of a result (sheets created, errors to fix, charts drawn), one bullet each. */
export function BulletList(props: { items: readonly string[]; itemTestId?: string; className?: string }) {
  const styles = useStyles();
  return (
    <ul className={mergeClasses(styles.list, props.className)}>
      {props.items.map((item) => (
        <li key={item} data-testid={props.itemTestId}>
          {item}
        </li>
      ))}
    </ul>
  );
}
