// 管辖范围: division codes are hierarchical, so a subtree is a code prefix.

/** The prefix shared by a division and everything under it: 530100 → 5301, 530102 → 530102. */
export function divisionPrefix(code: string): string {
  return code.length === 6 && code.endsWith('00') ? code.slice(0, 4) : code
}

/** Whether `code` lies in the subtree of `root` (itself included). */
export function inSubtree(code: string | null | undefined, root: string): boolean {
  return !!code && code.startsWith(divisionPrefix(root))
}

/** A LIKE pattern selecting a subtree. */
export function subtreeLike(root: string): string {
  return divisionPrefix(root) + '%'
}
