/**
 * The task pane shell: header with the language switch, the views as tabs (views/registry.tsx), an error boundary
 * and a loading placeholder around the active view, whose chunk loads on demand. Navigation is plain React state —
 * office.js replaces history.pushState, so no URL router; the starting view comes from `?view=` (the ribbon
 * buttons).
 */
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Tab,
  TabList,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { LocalLanguage20Regular } from '@fluentui/react-icons';
import { Suspense, useEffect, useState } from 'react';
import type { HostStatus } from '../excel/host';
import { ErrorBoundary } from './ErrorBoundary';
import { I18nProvider, useLanguage, useT, type Language } from './i18n';
import { previewHooks } from './preview-hooks';
import { paneTheme } from './theme';
import { announceViewShown } from './view-shown';
import { VIEWS, viewComponent, viewLabel } from './views/registry';
import { VIEW_IDS, isViewId, type ViewId } from './views/view-ids';

const useStyles = makeStyles({
  provider: {
    minHeight: '100%',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  subtitle: { color: tokens.colorNeutralForeground3 },
  language: { flexShrink: 0, minWidth: 'auto' },
  tabs: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  // Four labels do not fit side by side in a 320–360 px pane: each tab is a quarter wide with its icon above a
  // label that may wrap. The icon goes inside the content (not Fluent's icon slot, which sits beside the label).
  tab: {
    flex: '1 1 0',
    minWidth: 0,
    justifyContent: 'center',
    alignItems: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXS}`,
  },
  tabStack: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: tokens.spacingVerticalXXS,
  },
  tabIcon: { display: 'flex', fontSize: '20px', color: tokens.colorNeutralForeground2 },
  tabIconSelected: { color: tokens.colorBrandForeground1 },
  tabLabel: {
    whiteSpace: 'normal',
    textAlign: 'center',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  main: { flexGrow: 1, overflowY: 'auto' },
  loading: { margin: 0, padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
  notice: { margin: tokens.spacingHorizontalL },
});

export interface AppProps {
  initialView: ViewId;
  host: HostStatus;
  initialLanguage?: Language;
}

export function App(props: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={paneTheme} className={styles.provider}>
      <I18nProvider initialLanguage={props.initialLanguage}>
        <Shell {...props} />
      </I18nProvider>
    </FluentProvider>
  );
}

function Shell(props: AppProps) {
  const styles = useStyles();
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const [view, setView] = useState<ViewId>(props.initialView);

  // After the first render's commit: the page may now download the other views (view-shown.ts).
  useEffect(announceViewShown, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

  return (
    <>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <Subtitle1 as="h1">{t('app.title')}</Subtitle1>
          <Button
            className={styles.language}
            appearance="subtle"
            size="small"
            icon={<LocalLanguage20Regular />}
            aria-label={t('app.languageSwitchLabel')}
            title={t('app.languageSwitchLabel')}
            lang={language === 'vi' ? 'en' : 'vi'}
            onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}
            data-testid="language-switch"
          >
            {t('app.languageSwitch')}
          </Button>
        </div>
        <Caption1 className={styles.subtitle}>{t('app.subtitle')}</Caption1>
      </header>
      {props.host.available ? (
        <>
          <TabList
            className={styles.tabs}
            selectedValue={view}
            onTabSelect={(_event, data) => {
              if (isViewId(data.value)) setView(data.value);
            }}
            aria-label={t('app.navLabel')}
          >
            {VIEW_IDS.map((id) => (
              <Tab key={id} value={id} className={styles.tab} data-testid={`tab-${id}`}>
                <span className={styles.tabStack}>
                  <span
                    className={mergeClasses(styles.tabIcon, id === view && styles.tabIconSelected)}
                    aria-hidden
                  >
                    {VIEWS[id].icon}
                  </span>
                  <span className={styles.tabLabel} data-tab-label>
                    {viewLabel(id, language, t)}
                  </span>
                </span>
              </Tab>
            ))}
          </TabList>
          <main className={styles.main} role="tabpanel" aria-label={viewLabel(view, language, t)}>
            {/* keyed by view: switching tabs also clears a crashed view */}
            <ErrorBoundary key={view}>
              <Suspense fallback={<ViewLoading />}>
                <ActiveView view={view} />
              </Suspense>
            </ErrorBoundary>
          </main>
        </>
      ) : (
        <MessageBar intent="warning" className={styles.notice} data-testid="host-unavailable">
          <MessageBarBody>
            {t(props.host.problem === 'old-excel' ? 'host.oldExcel' : 'host.unavailable')}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** Shown while the view's chunk loads (a blink on a fast machine, longer on a cold, slow one). */
function ViewLoading() {
  const styles = useStyles();
  const t = useT();
  return (
    <p className={styles.loading} role="status" data-testid="view-loading">
      {t('app.loadingView')}
    </p>
  );
}

function ActiveView(props: { view: ViewId }) {
  previewHooks()?.beforeViewRender?.(props.view);
  // Chosen once per mount (the boundary is keyed by view): switching from the lazy wrapper to the loaded component
  // on a later render (e.g. the language switch) would remount the view and lose what the user typed.
  const [View] = useState(() => viewComponent(props.view));
  return <View />;
}
