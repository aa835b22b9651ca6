/**
 * Catches a crash in one part of the pane so the rest (navigation, language switch) keeps working, and tells the
 * official in plain Vietnamese that the workbook was not changed. «Thử lại» re-mounts the failed part.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './i18n';

interface ErrorBoundaryProps {
  children?: ReactNode;
  /** Called after «Thử lại», e.g. to reload data; the children are re-mounted either way. */
  onRetry?: () => void;
}

interface ErrorBoundaryState {
  error: Error | null;
  /** Bumped on retry so the children mount afresh instead of reusing broken state. */
  attempt: number;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // React already reports the error to the console; nothing leaves the machine (no telemetry by design).
  }

  private readonly retry = () => {
    this.setState((state) => ({ error: null, attempt: state.attempt + 1 }));
    this.props.onRetry?.();
  };

  override render() {
    if (this.state.error) return <ErrorFallback error={this.state.error} onRetry={this.retry} />;
    return <ErrorBoundaryAttempt key={this.state.attempt}>{this.props.children}</ErrorBoundaryAttempt>;
  }
}

function ErrorBoundaryAttempt(props: { children?: ReactNode }) {
  return <>{props.children}</>;
}

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  details: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  summary: { cursor: 'pointer' },
  pre: {
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-word',
    // The base font: the monospace fallbacks on many machines misplace Vietnamese combining marks.
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase100,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: '200px',
    overflow: 'auto',
  },
  retry: { alignSelf: 'flex-start' },
});

export function ErrorFallback(props: { error: Error; onRetry: () => void }) {
  const t = useT();
  const styles = useStyles();
  const detail = technicalDetail(props.error);
  return (
    <div className={styles.root} role="alert" data-testid="error-boundary">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('error.title')}</MessageBarTitle>
          {t('error.body')}
        </MessageBarBody>
      </MessageBar>
      <details className={styles.details}>
        <summary className={styles.summary}>{t('error.details')}</summary>
        <pre className={styles.pre}>{detail}</pre>
      </details>
      <Button className={styles.retry} appearance="primary" onClick={props.onRetry}>
        {t('error.retry')}
      </Button>
    </div>
  );
}

/** Name, message and stack once each (V8's stack already starts with «Name: message»). */
export function technicalDetail(error: Error): string {
  const head = `${error.name}: ${error.message}`;
  const stack = error.stack ?? '';
  return stack.startsWith(head) ? stack : [head, stack].filter(Boolean).join('\n');
}
