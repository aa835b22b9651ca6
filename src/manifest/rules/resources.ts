/* Rules on VersionOverrides/Resources: every resid resolves to a resource of the right kind, ids are short enough
 * and unique, strings fit Office's length limits. The converter's parser accepts all of these mistakes; Office then
 * shows an empty ribbon or refuses the add-in with a message that does not say why. */
import { error, warning, type ManifestProblem } from '../types';
import { allElements, attr, childrenNamed, type XmlElement } from '../xml-tree';
import { LIMITS, RESOURCE_KIND_BY_ELEMENT, RESOURCE_KIND_NAME, type ResourceKind } from '../schema';
import { checkOverrideLocale } from './structure';

interface Resource {
  id: string;
  kind: ResourceKind;
  element: XmlElement;
}

const KINDS: ResourceKind[] = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];

/** All resources declared in any <Resources> block (a manifest may nest VersionOverrides 1.1 in 1.0). */
export function collectResources(root: XmlElement): Resource[] {
  const resources: Resource[] = [];
  for (const block of allElements(root).filter((e) => e.name === 'Resources')) {
    for (const kind of KINDS) {
      for (const collection of childrenNamed(block, kind)) {
        for (const element of collection.children) {
          resources.push({ id: attr(element, 'id') ?? '', kind, element });
        }
      }
    }
  }
  return resources;
}

export function checkResources(root: XmlElement, problems: ManifestProblem[]): void {
  const resources = collectResources(root);
  const byId = new Map<string, Resource[]>();
  for (const resource of resources) {
    byId.set(resource.id, [...(byId.get(resource.id) ?? []), resource]);
    checkResourceDeclaration(resource, problems);
  }
  for (const [id, declared] of byId) {
    if (id && declared.length > 1) {
      problems.push(
        error(`Mã tài nguyên "${id}" được khai báo ${declared.length} lần.`, `Resource id "${id}" is declared ${declared.length} times.`, declared[1].element.path),
      );
    }
  }
  const referenced = new Set<string>();
  for (const element of allElements(root)) {
    const resid = attr(element, 'resid');
    if (resid === undefined) continue;
    referenced.add(resid);
    checkReference(element, resid, byId.get(resid) ?? [], problems);
  }
  for (const resource of resources) {
    if (resource.id && !referenced.has(resource.id)) {
      problems.push(
        warning(`Tài nguyên "${resource.id}" được khai báo nhưng không dùng ở đâu.`, `Resource "${resource.id}" is never referenced.`, resource.element.path),
      );
    }
  }
}

function checkResourceDeclaration(resource: Resource, problems: ManifestProblem[]): void {
  const { id, kind, element } = resource;
  if (!id) {
    problems.push(error(`Một tài nguyên trong <${RESOURCE_KIND_NAME[kind]}> thiếu thuộc tính id.`, `A resource in <${RESOURCE_KIND_NAME[kind]}> has no id.`, element.path));
  } else if (id.length > LIMITS.resourceId) {
    problems.push(
      error(
        `Mã tài nguyên "${id}" dài ${id.length} ký tự, vượt giới hạn ${LIMITS.resourceId}.`,
        `Resource id "${id}" is ${id.length} characters long, over the limit of ${LIMITS.resourceId}.`,
        element.path,
      ),
    );
  }
  if (attr(element, 'DefaultValue') === undefined) {
    problems.push(error(`Tài nguyên "${id}" thiếu DefaultValue.`, `Resource "${id}" has no DefaultValue.`, element.path));
  }
  const overrides = childrenNamed(element, 'Override');
  overrides.forEach((override) => checkOverrideLocale(override, problems));
  const limit = kind === 'ShortStrings' ? LIMITS.shortString : kind === 'LongStrings' ? LIMITS.longString : LIMITS.url;
  const values = [attr(element, 'DefaultValue'), ...overrides.map((o) => attr(o, 'Value'))];
  for (const value of values) {
    if (value !== undefined && value.length > limit) {
      problems.push(
        error(
          `Chuỗi "${id}" dài ${value.length} ký tự, vượt giới hạn ${limit} của <${RESOURCE_KIND_NAME[kind]}>: "${value.slice(0, 40)}…".`,
          `String "${id}" is ${value.length} characters long, over the ${limit} limit of <${RESOURCE_KIND_NAME[kind]}>.`,
          element.path,
        ),
      );
    }
  }
}

function checkReference(element: XmlElement, resid: string, declared: Resource[], problems: ManifestProblem[]): void {
  if (resid.length > LIMITS.resourceId) {
    problems.push(
      error(
        `resid "${resid}" dài ${resid.length} ký tự, vượt giới hạn ${LIMITS.resourceId}.`,
        `resid "${resid}" is ${resid.length} characters long, over the limit of ${LIMITS.resourceId}.`,
        element.path,
      ),
    );
  }
  if (declared.length === 0) {
    problems.push(
      error(
        `resid "${resid}" của <${element.qname}> chưa được khai báo trong <Resources>.`,
        `resid "${resid}" used by <${element.qname}> is not defined in <Resources>.`,
        element.path,
      ),
    );
    return;
  }
  const expected = RESOURCE_KIND_BY_ELEMENT[element.name];
  if (expected && !declared.some((resource) => resource.kind === expected)) {
    problems.push(
      error(
        `<${element.qname}> cần tài nguyên trong <${RESOURCE_KIND_NAME[expected]}>, nhưng "${resid}" nằm trong <${RESOURCE_KIND_NAME[declared[0].kind]}>.`,
        `<${element.qname}> needs a resource in <${RESOURCE_KIND_NAME[expected]}>, but "${resid}" is in <${RESOURCE_KIND_NAME[declared[0].kind]}>.`,
        element.path,
      ),
    );
  }
}
