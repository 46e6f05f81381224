// graphql-js refuses values of the wrong type before any resolver runs, in English ("Variable "$x" got invalid
// value 5 at "x.name"; String cannot represent a non string value: 5"). Clients get these in Chinese with the field,
// like every other input error: the gateway translates its own, and the subgraphs theirs (a custom scalar such as
// Date refuses in the subgraph, whose Chinese reason is kept).
import type { GraphQLFormattedError } from 'graphql';
import { labelOf } from '@anze/domain';

const CJK = /[\u3400-\u9FFF]/u;

const INVALID_VALUE = /^Variable "\$([^"]+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/;
const MISSING_VARIABLE =
  /^Variable "\$([^"]+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/;
const MISSING_FIELD = /^Field "([^"]+)" of required type "[^"]+" was not provided\.$/;
const UNKNOWN_FIELD = /^Field "([^"]+)" is not defined by type "[^"]+"/;
const LITERAL = /^Expected value of type "[^"]+", found [\s\S]*?(?:; ([\s\S]*))?$/;

export interface InputErrorTranslation {
  message: string;
  field?: string;
}

/** `v.profile.uscc` for variable `v` → `profile.uscc`; an input object variable's own name is left out. */
function fieldOf(variable: string, path: string | undefined): string {
  if (!path) return variable;
  const rest = path.startsWith(`${variable}.`) ? path.slice(variable.length + 1) : path;
  return rest.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/** The Chinese message and field of a graphql-js coercion error, or null when the message is not one. */
export function translateInputError(message: string): InputErrorTranslation | null {
  let m = INVALID_VALUE.exec(message);
  if (m) {
    const [, variable, path, reason] = m as unknown as [string, string, string | undefined, string];
    let field = fieldOf(variable, path);
    if (CJK.test(reason)) return { message: reason, field };
    const missing = MISSING_FIELD.exec(reason);
    if (missing) {
      field = field === variable ? missing[1]! : `${field}.${missing[1]}`;
      return { message: `请填写${labelOf(field)}`, field };
    }
    const unknown = UNKNOWN_FIELD.exec(reason);
    if (unknown) return { message: `${labelOf(field)} 含有未定义的输入项 ${unknown[1]}`, field };
    return { message: `${labelOf(field)} 的值类型不正确`, field };
  }
  m = MISSING_VARIABLE.exec(message);
  if (m) return { message: `缺少必填的变量 ${m[1]}`, field: m[1]! };
  m = LITERAL.exec(message);
  if (m) return { message: m[1] && CJK.test(m[1]) ? m[1] : '输入值的类型不正确' };
  return null;
}

/** A formatted error with its coercion message translated (code BAD_USER_INPUT, the field), or unchanged. */
export function translateFormattedInputError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const translated = translateInputError(formatted.message);
  if (!translated) return formatted;
  return {
    ...formatted,
    message: translated.message,
    extensions: {
      ...formatted.extensions,
      code: 'BAD_USER_INPUT',
      ...(translated.field ? { field: translated.field } : {}),
    },
  };
}
