/** «Chèn biểu mẫu»: inserts the standard forms as new worksheets. Empty state until the form engine is wired. */
import { TableAdd20Regular } from '@fluentui/react-icons';
import { EmptyState } from './EmptyState';

export function InsertView() {
  return (
    <EmptyState
      testId="view-insert"
      icon={<TableAdd20Regular />}
      title="empty.insert.title"
      body="empty.insert.body"
      points={['empty.insert.point1', 'empty.insert.point2']}
    />
  );
}
