// The audit types identity writes, read from its source: every `type` of an appendAudit / appendAuditNow entry, and
// where the entry takes its type from a parameter (changeUser(a, id, 'account.unlocked', …)), the strings its callers
// pass. identity declares no list of them; this is the list (web/test/audit.test.ts keeps the labels complete).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const IDENTITY_SRC = fileURLToPath(new URL('../../../subgraphs/identity/src/', import.meta.url));
const AUDIT_CALLS = new Set(['appendAudit', 'appendAuditNow']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' || e.name === 'migrations' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

function calleeName(call: ts.CallExpression): string | null {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return null;
}

/** The string values an expression can take: literals, either side of a conditional. */
function strings(e: ts.Expression): string[] | null {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text];
  if (ts.isParenthesizedExpression(e)) return strings(e.expression);
  if (ts.isConditionalExpression(e)) {
    const a = strings(e.whenTrue);
    const b = strings(e.whenFalse);
    return a && b ? [...a, ...b] : null;
  }
  return null;
}

function enclosingFunction(node: ts.Node): ts.FunctionDeclaration | null {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) if (ts.isFunctionDeclaration(n)) return n;
  return null;
}

function calls(root: ts.Node, name: string): ts.CallExpression[] {
  const found: ts.CallExpression[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && calleeName(n) === name) found.push(n);
    ts.forEachChild(n, visit);
  };
  visit(root);
  return found;
}

/** A variable's object-literal initializer in the file (for `{ ...record, subject }`). */
function objectOf(name: string, source: ts.SourceFile): ts.ObjectLiteralExpression | null {
  let found: ts.ObjectLiteralExpression | null = null;
  const visit = (n: ts.Node) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name) {
      if (n.initializer && ts.isObjectLiteralExpression(n.initializer)) found = n.initializer;
    }
    if (!found) ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

/** The entry's `type` property, also through a spread of an object literal. */
function typeProperty(
  entry: ts.ObjectLiteralExpression,
  source: ts.SourceFile,
): ts.ObjectLiteralElementLike | undefined {
  for (const p of entry.properties) {
    if (p.name && ts.isIdentifier(p.name) && p.name.text === 'type') return p;
    if (ts.isSpreadAssignment(p) && ts.isIdentifier(p.expression)) {
      const spread = objectOf(p.expression.text, source);
      const inner = spread && typeProperty(spread, source);
      if (inner) return inner;
    }
  }
  return undefined;
}

export function auditTypes(): { types: string[]; unresolved: string[] } {
  const types = new Set<string>();
  const unresolved: string[] = [];
  for (const file of sourceFiles(IDENTITY_SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node) =>
      `${file.slice(IDENTITY_SRC.length)}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    for (const call of [...AUDIT_CALLS].flatMap((name) => calls(source, name))) {
      const fn = enclosingFunction(call);
      // appendAuditNow hands its entry on to appendAudit: nothing of its own.
      if (fn?.name && AUDIT_CALLS.has(fn.name.text)) continue;
      const entry = call.arguments[1];
      if (!entry || !ts.isObjectLiteralExpression(entry)) {
        unresolved.push(where(call));
        continue;
      }
      const prop = typeProperty(entry, source);
      const value = prop && ts.isPropertyAssignment(prop) ? prop.initializer : prop ? prop.name : undefined;
      const literal = value && ts.isExpression(value) ? strings(value) : null;
      if (literal) {
        literal.forEach((t) => types.add(t));
        continue;
      }
      // `type` is a parameter of the enclosing function: collect what its callers pass.
      const index =
        value && ts.isIdentifier(value)
          ? (fn?.parameters.findIndex((p) => p.name.getText() === value.text) ?? -1)
          : -1;
      if (!fn?.name || index < 0) {
        unresolved.push(where(call));
        continue;
      }
      for (const caller of calls(source, fn.name.text)) {
        const arg = caller.arguments[index];
        const passed = arg ? strings(arg) : null;
        if (passed) passed.forEach((t) => types.add(t));
        else unresolved.push(where(caller));
      }
    }
  }
  return { types: [...types].sort(), unresolved };
}
