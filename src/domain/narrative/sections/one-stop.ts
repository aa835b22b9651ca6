/** II.6 Triển khai cơ chế một cửa, một cửa liên thông — from Biểu II.07b (TTHC and internal procedures by level). */
import { total, type CheckSpec, type FigureSentence, type PartList, type SectionSpec } from '../section';

const LEVELS = [
  ['Province', 'cấp tỉnh'],
  ['District', 'cấp huyện'],
  ['Commune', 'cấp xã'],
] as const;

/** « (cấp tỉnh 12 TTHC; cấp xã 399 TTHC)» — levels with none are left out. */
function byLevel(prefix: string): PartList {
  return {
    intro: ' (',
    items: LEVELS.map(([suffix, name]) => ({ label: name, figure: total(`${prefix}${suffix}`) })),
    close: ')',
    zeros: 'never',
    evenWhenZero: true,
  };
}

/** A figure stated in total and by level, its levels adding up to it. */
function levelled(
  prefix: string,
  label: string,
  noun: string,
  name: string,
  partsName: string,
): FigureSentence & { checks: CheckSpec[] } {
  const levels = LEVELS.map(([suffix]) => total(`${prefix}${suffix}`));
  return {
    kind: 'figure',
    label,
    figure: total(`${prefix}Total`),
    noun,
    blank: 'omit',
    parts: byLevel(prefix),
    checks: [{ sum: total(`${prefix}Total`), name, parts: levels, partsName }],
  };
}

const oneStop = levelled(
  'oneStop',
  'Số lượng TTHC thực hiện theo cơ chế một cửa, một cửa liên thông',
  'TTHC',
  'số TTHC theo cơ chế một cửa, một cửa liên thông',
  'số TTHC các cấp',
);

export const oneStopSection: SectionSpec = {
  id: 'II.6',
  form: { codes: ['II.07b'] },
  sentences: [
    levelled(
      'auth',
      'Tổng số TTHC thuộc thẩm quyền giải quyết',
      'TTHC',
      'tổng số TTHC thuộc thẩm quyền',
      'số TTHC các cấp',
    ),
    {
      ...oneStop,
      rate: { over: total('authTotal'), suffix: ' tổng số TTHC thuộc thẩm quyền', positive: 'part' },
      checks: [
        ...oneStop.checks,
        ...LEVELS.map(([suffix, name]) => ({
          part: total(`oneStop${suffix}`),
          name: `số TTHC theo cơ chế một cửa ${name}`,
          atMost: total(`auth${suffix}`),
          wholeName: `số TTHC thuộc thẩm quyền ${name}`,
        })),
      ],
    },
    levelled(
      'proc',
      'Số quy trình nội bộ giải quyết TTHC theo cơ chế một cửa, một cửa liên thông được ban hành',
      'quy trình',
      'tổng số quy trình nội bộ',
      'số quy trình các cấp',
    ),
  ],
};
