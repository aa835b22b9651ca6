/** II.6 Triển khai cơ chế một cửa, một cửa liên thông — from Biểu II.07b (TTHC and internal procedures by level). */
import {
  addsUp,
  atMost,
  ifStated,
  list,
  total,
  type CheckSpec,
  type RateSpec,
  type SectionSpec,
} from '../section';

const LEVELS = [
  ['Province', 'cấp tỉnh'],
  ['District', 'cấp huyện'],
  ['Commune', 'cấp xã'],
] as const;

/**
 * «{label}: 420 TTHC (cấp tỉnh 12 TTHC; cấp xã 399 TTHC).» — a figure stated in total and by level (levels with
 * none left out), its levels adding up to it.
 */
function byLevel(
  prefix: string,
  label: string,
  noun: string,
  names: [whole: string, levels: string],
  more: { rate?: RateSpec; checks?: CheckSpec[] } = {},
) {
  const whole = total(`${prefix}Total`);
  const levels = LEVELS.map(([suffix]) => total(`${prefix}${suffix}`));
  return ifStated(label, whole, noun, {
    parts: list(
      ' (',
      LEVELS.map(([, name], i) => [name, levels[i]!] as const),
      { close: ')', zeros: 'never', evenWhenZero: true },
    ),
    rate: more.rate,
    checks: [addsUp(whole, names[0], levels, names[1]), ...(more.checks ?? [])],
  });
}

export const oneStopSection: SectionSpec = {
  id: 'II.6',
  form: { codes: ['II.07b'] },
  sentences: [
    byLevel('auth', 'Tổng số TTHC thuộc thẩm quyền giải quyết', 'TTHC', [
      'tổng số TTHC thuộc thẩm quyền',
      'số TTHC các cấp',
    ]),
    byLevel(
      'oneStop',
      'Số lượng TTHC thực hiện theo cơ chế một cửa, một cửa liên thông',
      'TTHC',
      ['số TTHC theo cơ chế một cửa, một cửa liên thông', 'số TTHC các cấp'],
      {
        rate: { over: total('authTotal'), suffix: ' tổng số TTHC thuộc thẩm quyền', positive: 'part' },
        checks: LEVELS.map(([suffix, name]) =>
          atMost(
            total(`oneStop${suffix}`),
            `số TTHC theo cơ chế một cửa ${name}`,
            total(`auth${suffix}`),
            `số TTHC thuộc thẩm quyền ${name}`,
          ),
        ),
      },
    ),
    byLevel(
      'proc',
      'Số quy trình nội bộ giải quyết TTHC theo cơ chế một cửa, một cửa liên thông được ban hành',
      'quy trình',
      ['tổng số quy trình nội bộ', 'số quy trình các cấp'],
    ),
  ],
};
