/* Rules on the ribbon part of VersionOverrides: element order inside it, control ids, icon sizes, and the
 * ShowTaskpane actions sharing one pane. */
import { error, warning, type ManifestProblem } from '../types';
import { allElements, attr, child, childrenNamed, type XmlElement } from '../xml-tree';
import { LIMITS, NESTED_ORDER, RIBBON_ICON_SIZES } from '../schema';

/** Order inside VersionOverrides: only known children are compared; unknown ones are not judged here. */
export function checkNestedOrder(root: XmlElement, problems: ManifestProblem[]): void {
  const overrides = allElements(root).filter((e) => e.name === 'VersionOverrides');
  for (const element of overrides.flatMap(allElements)) {
    const order = NESTED_ORDER[element.name];
    if (!order) continue;
    let lastIndex = -1;
    let lastName = '';
    for (const c of element.children) {
      const index = order.indexOf(c.name);
      if (index < 0) continue;
      if (index < lastIndex) {
        problems.push(
          error(
            `Sai thứ tự trong <${element.qname}>: <${c.qname}> phải đứng trước <${lastName}> (theo lược đồ XSD).`,
            `Wrong order in <${element.qname}>: <${c.qname}> must come before <${lastName}> (per the XSD).`,
            c.path,
          ),
        );
      } else {
        lastIndex = index;
        lastName = c.qname;
      }
    }
  }
}

export function checkControls(root: XmlElement, problems: ManifestProblem[]): void {
  const withIds = allElements(root).filter((e) => ['CustomTab', 'Group', 'Control'].includes(e.name));
  const seen = new Set<string>();
  for (const element of withIds) {
    const id = attr(element, 'id');
    if (!id) {
      problems.push(error(`<${element.qname}> thiếu thuộc tính id.`, `<${element.qname}> has no id.`, element.path));
      continue;
    }
    if (id.length > LIMITS.controlId) {
      problems.push(
        error(`id "${id.slice(0, 40)}…" dài hơn ${LIMITS.controlId} ký tự.`, `id is longer than ${LIMITS.controlId} characters.`, element.path),
      );
    }
    if (seen.has(id)) {
      problems.push(error(`id "${id}" bị trùng: mỗi thẻ, nhóm và nút cần id riêng.`, `Duplicate id "${id}".`, element.path));
    }
    seen.add(id);
  }
  for (const element of withIds.filter((e) => e.name !== 'CustomTab')) {
    if (!child(element, 'Label')) {
      problems.push(error(`<${element.qname} id="${attr(element, 'id') ?? ''}"> thiếu <Label>.`, `<${element.qname}> has no <Label>.`, element.path));
    }
    checkIconSizes(element, problems);
  }
  checkTaskpaneActions(root, problems);
}

function checkIconSizes(element: XmlElement, problems: ManifestProblem[]): void {
  const icon = child(element, 'Icon');
  if (!icon) {
    problems.push(
      error(`<${element.qname} id="${attr(element, 'id') ?? ''}"> thiếu <Icon>.`, `<${element.qname}> has no <Icon>.`, element.path),
    );
    return;
  }
  const sizes = childrenNamed(icon, 'Image').map((image) => attr(image, 'size'));
  const missing = RIBBON_ICON_SIZES.filter((size) => !sizes.includes(size));
  if (missing.length > 0) {
    problems.push(
      error(
        `<Icon> của "${attr(element, 'id') ?? ''}" thiếu ảnh cỡ ${missing.join(', ')} px (cần 16, 32 và 80 px).`,
        `<Icon> of "${attr(element, 'id') ?? ''}" lacks the ${missing.join(', ')} px image(s) (16, 32 and 80 px are required).`,
        icon.path,
      ),
    );
  }
}

/** Buttons of one add-in should reuse one pane (same TaskpaneId); different ids open several panes side by side. */
function checkTaskpaneActions(root: XmlElement, problems: ManifestProblem[]): void {
  const actions = allElements(root).filter((e) => e.name === 'Action' && attr(e, 'type') === 'ShowTaskpane');
  const ids = new Set<string>();
  for (const action of actions) {
    if (!child(action, 'SourceLocation')) {
      problems.push(error('<Action xsi:type="ShowTaskpane"> thiếu <SourceLocation>.', 'ShowTaskpane action has no <SourceLocation>.', action.path));
    }
    ids.add(child(action, 'TaskpaneId')?.text ?? '');
  }
  if (ids.size > 1) {
    problems.push(
      warning(
        `Các nút mở ngăn tác vụ dùng ${ids.size} TaskpaneId khác nhau: Excel sẽ mở nhiều ngăn thay vì chuyển màn hình trong một ngăn.`,
        `ShowTaskpane buttons use ${ids.size} different TaskpaneIds: Excel would open several panes.`,
        actions[0]?.path,
      ),
    );
  }
}
